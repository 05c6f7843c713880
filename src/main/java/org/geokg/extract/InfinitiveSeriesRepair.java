package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Locale;
import org.geokg.link.LinkedDocument;

/**
 * Undoes a misparse of a series of infinitives on a noun of work: in "discussed regional issues,
 * including our joint efforts to support Ukraine, bolster engagement with X, enhance cooperation with Y"
 * the parser hangs the later bare verbs on the noun the work is listed under ("issues", as a clause on
 * it or a conjunct of it), so they have no subject and sit in the topic verb's complement. A bare verb
 * (tag VB, no subject, auxiliary or "to" of its own) after a comma or a coordinator, hung so on the word
 * that governs a noun of {@code effort_nouns} with a possessive owner, whose "to"-infinitive comes before
 * it, is that infinitive's conjunct: it shares the "to" and the noun, as the enhanced++ graph gives a
 * well-parsed conjunct its head's edge, and the owner is its subject, as a controller is. Runs on the
 * linked document, after parsing; a graph already read right is left as it is.
 */
final class InfinitiveSeriesRepair {

  private InfinitiveSeriesRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of verbs rehung. */
  static int apply(LinkedDocument d, Lexicons lex) {
    return GraphRepairs.eachGraph(d, g -> apply(g, lex));
  }

  /** Repairs one graph in place; returns the number of verbs rehung. */
  static int apply(SemanticGraph g, Lexicons lex) {
    int repaired = 0;
    for (IndexedWord work : new ArrayList<>(g.vertexListSorted())) {
      if (work.tag() == null || !work.tag().startsWith("NN") || work.tag().startsWith("NNP") || work.lemma() == null
          || !lex.contains("effort_nouns", work.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      SemanticGraphEdge first = infinitive(g, work);
      SemanticGraphEdge head = Clauses.governingEdge(g, work);
      IndexedWord owner = owner(g, work);
      if (first == null || head == null || owner == null) {
        continue;
      }
      IndexedWord v1 = first.getDependent();
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(head.getGovernor()))) {
        String rel = e.getRelation().toString();
        IndexedWord v = e.getDependent();
        if (!(rel.equals("acl") || rel.equals("conj") || rel.startsWith("conj:")) || !"VB".equals(v.tag())
            || v.index() <= v1.index() || !bare(g, v) || !seriesMark(g, v)) {
          continue;
        }
        g.removeEdge(e);
        g.addEdge(v1, v, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
        g.addEdge(work, v, first.getRelation(), Double.NEGATIVE_INFINITY, true);
        // The owner does the listed act, as a controller does its infinitive's ("our efforts to V": we V).
        g.addEdge(v, owner, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
            Double.NEGATIVE_INFINITY, true);
        repaired++;
      }
    }
    return repaired;
  }

  // The work's possessive owner ("our", "Peru's"): work of no named owner is left as parsed.
  private static IndexedWord owner(SemanticGraph g, IndexedWord work) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(work)) {
      if (e.getRelation().toString().equals("nmod:poss")) {
        return e.getDependent();
      }
    }
    return null;
  }

  // The noun's own "to"-infinitive: "efforts to support".
  private static SemanticGraphEdge infinitive(SemanticGraph g, IndexedWord work) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(work)) {
      IndexedWord v = e.getDependent();
      if (e.getRelation().toString().startsWith("acl") && !e.getRelation().toString().startsWith("acl:relcl")
          && "VB".equals(v.tag()) && v.index() > work.index() && hasTo(g, v)) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasTo(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      if (e.getRelation().toString().equals("mark") && "TO".equals(e.getDependent().tag())) {
        return true;
      }
    }
    return false;
  }

  // No subject, auxiliary or mark of its own.
  private static boolean bare(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      String r = e.getRelation().toString();
      if (r.startsWith("nsubj") || r.startsWith("aux") || r.equals("mark") || r.startsWith("csubj")) {
        return false;
      }
    }
    return true;
  }

  // A list item: right after a comma, or after a coordinator (", and restore …").
  private static boolean seriesMark(SemanticGraph g, IndexedWord v) {
    IndexedWord before = g.getNodeByIndexSafe(v.index() - 1);
    if (before == null || before.tag() == null) {
      return false;
    }
    return before.tag().equals(",") || before.tag().equals("CC");
  }
}
