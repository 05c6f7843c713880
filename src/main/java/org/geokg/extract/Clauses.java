package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Walking up CoreNLP's enhanced++ dependency graphs from a word to the clauses that govern it. */
final class Clauses {
  private Clauses() {}

  /**
   * The edge from a word's governor in the basic tree, or null at the root. Enhanced dependencies
   * give a word extra parents (conjunct copies, {@code ref}, controlled subjects {@code xsubj}); those
   * are skipped so that the walk follows the sentence's clause structure.
   */
  static SemanticGraphEdge governingEdge(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (!rel.startsWith("conj") && !rel.equals("ref") && !rel.contains("xsubj")) {
        return e;
      }
    }
    return null;
  }
}
