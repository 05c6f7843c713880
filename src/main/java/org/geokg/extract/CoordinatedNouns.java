package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The nouns coordinated after a subject noun ("Deputy Secretary Sherman and her counterparts", "the
 * Secretary and Foreign Minister Kuleba"). Why it is needed: the parser makes every conjunct a subject of
 * the first verb only; a later conjoined verb ("… underscored X and agreed to coordinate") gets the first
 * conjunct alone, and a reciprocal rule, applied once per subject node, and {@link ClauseSubjects}, which
 * takes the first subject that resolves, saw only that node's actors, whose own conjunct step takes only
 * names, never "her counterparts" or a title. A joint act is each subject's, and a reciprocal one pairs
 * every two of them (session 30).
 *
 * <p>Only "and" joins parties ("X or Y", "X but not Y", "neither X nor Y" name alternatives); only nouns
 * and personal pronouns are parties, never a conjoined clause.
 */
final class CoordinatedNouns {
  private static final Set<String> JOINING = Set.of("conj", "conj:and", "conj:as_well_as", "conj:&");

  private CoordinatedNouns() {}

  /** Whether {@code w} is the subject of some clause (an edge nsubj, nsubj:pass or their :xsubj into it). */
  static boolean isClauseSubject(SemanticGraph g, IndexedWord w) {
    return g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
  }

  /** The nouns and personal pronouns joined by "and" to {@code w} after it, in the order of the text. */
  static List<IndexedWord> after(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      IndexedWord d = e.getDependent();
      String tag = d.tag() == null ? "" : d.tag();
      if (JOINING.contains(e.getRelation().toString()) && d.index() > w.index()
          && (tag.startsWith("NN") || tag.equals("PRP")) && !out.contains(d)) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt(IndexedWord::index));
    return out;
  }
}
