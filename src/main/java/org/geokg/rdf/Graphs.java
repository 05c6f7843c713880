package org.geokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Small look-ups on Jena graphs that the derived graphs share. */
public final class Graphs {
  private Graphs() {}

  /** An object of {@code s p ?} in {@code g} (the first found when there are several), or null. */
  public static Node object(Graph g, Node s, Node p) {
    ExtendedIterator<org.apache.jena.graph.Triple> it = g.find(s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      it.close();
    }
  }
}
