package org.geokg.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.function.ToIntFunction;
import org.geokg.link.LinkedDocument;

/** Runs a repair of one dependency graph over every parsed sentence of a linked document. */
final class GraphRepairs {

  private GraphRepairs() {}

  /**
   * Applies {@code repair} to the enhanced++ graph of every sentence that has a non-empty one, in place;
   * returns the sum of what it returns (the number of words it rehung).
   */
  static int eachGraph(LinkedDocument d, ToIntFunction<SemanticGraph> repair) {
    int repaired = 0;
    for (int s = 0; s < d.sentences().size(); s++) {
      SemanticGraph g = d.graph(s);
      if (g != null && !g.isEmpty()) {
        repaired += repair.applyAsInt(g);
      }
    }
    return repaired;
  }
}
