package org.geokg.cli;

import java.io.PrintStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.Extractor;
import org.geokg.rdf.GK;
import org.geokg.rdf.Inference;
import org.geokg.store.GeoStore;

/**
 * The graphs a store holds besides the documents' ({@code graph:reference}, {@code graph:ontology},
 * {@code graph:inferred}), written the same way by every command that fills a store: {@code build}
 * and {@code load}.
 */
final class StandardGraphs {
  private StandardGraphs() {}

  /** (Re)writes {@code graph:reference} from the extractor's gazetteer and {@code graph:ontology}. */
  static void writeReferenceAndOntology(GeoStore store, Extractor extractor, PrintStream err) {
    store.putGraph(GK.REFERENCE_GRAPH, extractor.referenceGraph());
    Resources.rdf("ontology/geokg.ttl").ifPresentOrElse(
        o -> store.putGraph(GK.ONTOLOGY_GRAPH, o.graph()),
        () -> err.println("warning: ontology/geokg.ttl not found; graph:ontology not written"));
  }

  /**
   * Recomputes {@code graph:inferred}: what the stored facts (every graph but the ontology and the
   * inferred one itself) imply, by {@link Inference#infer}.
   */
  static void recomputeInferred(GeoStore store) {
    store.putGraph(GK.INFERRED_GRAPH, store.read(ds -> {
      MultiUnion data = new MultiUnion();
      ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
        if (!n.getURI().equals(GK.INFERRED_GRAPH) && !n.getURI().equals(GK.ONTOLOGY_GRAPH)) {
          data.addGraph(ds.asDatasetGraph().getGraph(n));
        }
      });
      // The rule engine walks its input many times: give it an in-memory copy, not the store.
      return Inference.infer(copy(data));
    }));
  }

  private static Graph copy(Graph g) {
    Graph m = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(m::add);
    return m;
  }
}
