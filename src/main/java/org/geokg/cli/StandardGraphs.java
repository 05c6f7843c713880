package org.geokg.cli;

import java.io.PrintStream;
import java.util.Optional;
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
 * {@code load}, and the query benchmark's generator ({@code bench-queries}).
 */
public final class StandardGraphs {
  private StandardGraphs() {}

  /** (Re)writes {@code graph:reference} from the extractor's gazetteer and {@code graph:ontology}. */
  public static void writeReferenceAndOntology(GeoStore store, Extractor extractor, PrintStream err) {
    store.putGraph(GK.REFERENCE_GRAPH, extractor.referenceGraph());
    ontology().ifPresentOrElse(
        o -> store.putGraph(GK.ONTOLOGY_GRAPH, o),
        () -> err.println("warning: ontology/geokg.ttl not found; graph:ontology not written"));
  }

  /** The content of {@code graph:ontology}: {@code ontology/geokg.ttl}, if found. */
  public static Optional<Graph> ontology() {
    return Resources.rdf("ontology/geokg.ttl").map(Resources.Loaded::graph);
  }

  /**
   * Recomputes {@code graph:inferred}: what the stored facts (every graph but the ontology and the
   * inferred one itself) imply, by {@link Inference#infer}.
   */
  public static void recomputeInferred(GeoStore store) {
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
