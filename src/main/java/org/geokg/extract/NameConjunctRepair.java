package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Undoes a misparse of coordinated names whose own head is not their last word: CoreNLP reads "the
 * United States of America and Japan signed …" as "States of (America and Japan)" and "the Republic of
 * Korea and Japan" as "Republic of (Korea and Japan)", so the second party hangs inside the first
 * party's name, is no subject of the verb, and reads as a thing "of" the first. The linker has already
 * found the whole name as one mention, and a name is never split by a coordination, so a conjunct hung on
 * the name's last word from after the name is a conjunct of the name's head: the conjunct is moved there,
 * the enhanced++ edges the parser copied onto it from inside the name are dropped, and those of the head
 * (its verb, its preposition's noun) are copied onto it, as the parser does for any conjunct.
 * Runs on the linked document, after parsing; a graph already read right is left as it is.
 */
final class NameConjunctRepair {

  private NameConjunctRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of conjuncts moved. */
  static int apply(LinkedDocument d) {
    int moved = 0;
    for (Mention m : d.mentions()) {
      if (m.form() != Mention.Form.NAME || m.end() - m.begin() < 3) {
        continue;
      }
      SemanticGraph g = d.graph(m.sentence());
      if (g == null || g.isEmpty()) {
        continue;
      }
      moved += apply(g, m.begin(), m.end());
    }
    return moved;
  }

  /** Repairs one name, tokens {@code [begin, end)} (0-based), of graph {@code g}. */
  static int apply(SemanticGraph g, int begin, int end) {
    IndexedWord last = g.getNodeByIndexSafe(end);
    IndexedWord head = head(g, begin, end);
    if (last == null || head == null || head.equals(last)) {
      return 0;
    }
    List<SemanticGraphEdge> conjuncts = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(last)) {
      if (e.getRelation().toString().startsWith("conj") && e.getDependent().index() > end) {
        conjuncts.add(e);
      }
    }
    for (SemanticGraphEdge conj : conjuncts) {
      IndexedWord x = conj.getDependent();
      for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(x))) {
        int gi = in.getGovernor().index();
        if (gi > begin && gi <= end) {
          g.removeEdge(in);
        }
      }
      g.addEdge(head, x, conj.getRelation(), conj.getWeight(), false);
      for (SemanticGraphEdge in : g.incomingEdgeList(head)) {
        IndexedWord gov = in.getGovernor();
        if (!gov.equals(x) && !in.getRelation().toString().startsWith("conj") && !g.containsEdge(gov, x)) {
          g.addEdge(gov, x, in.getRelation(), in.getWeight(), true);
        }
      }
    }
    return conjuncts.size();
  }

  /** The name's word whose governors are all outside it, when there is exactly one. */
  private static IndexedWord head(SemanticGraph g, int begin, int end) {
    IndexedWord head = null;
    for (int i = begin + 1; i <= end; i++) {
      IndexedWord w = g.getNodeByIndexSafe(i);
      if (w == null) {
        return null;
      }
      boolean inner = false;
      for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
        int gi = in.getGovernor().index();
        if (gi > begin && gi <= end) {
          inner = true;
        }
      }
      if (!inner) {
        if (head != null) {
          return null;
        }
        head = w;
      }
    }
    return head;
  }
}
