package org.geokg.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.Extractor;
import org.geokg.rdf.GK;
import org.geokg.store.Derivations;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreSpace;

/**
 * The graphs a store holds besides the documents' ({@code graph:reference}, {@code graph:ontology},
 * {@code graph:inferred}), written the same way by every command that fills a store: {@code build}
 * {@code load}, and the query benchmark's generator ({@code bench-queries}).
 */
public final class StandardGraphs {
  private StandardGraphs() {}

  /**
   * (Re)writes {@code graph:reference} from the extractor's gazetteer and {@code graph:ontology}. When
   * the reference graph changes (a new store, an edited gazetteer) or the ontology's symmetric
   * properties or stances do, what every document implies may change with them, so {@code graph:inferred} and
   * {@code graph:summary} are computed anew; otherwise writes keep them up to date document by
   * document.
   *
   * @return whether they were computed anew
   */
  public static boolean writeReferenceAndOntology(GeoStore store, Extractor extractor, PrintStream err) {
    boolean changed = replaceIfChanged(store, GK.REFERENCE_GRAPH, extractor.referenceGraph());
    Optional<Graph> ontology = ontology();
    if (ontology.isPresent()) {
      // Of the ontology, only which properties are symmetric and which are stances change what is derived.
      List<Set<Node>> before = derivingTerms(store);
      replaceIfChanged(store, GK.ONTOLOGY_GRAPH, ontology.get());
      changed |= !before.equals(derivingTerms(store));
    } else {
      err.println("warning: ontology/geokg.ttl not found; graph:ontology not written");
    }
    if (changed) {
      store.recomputeDerived();
    }
    return changed;
  }

  /** Says so on {@code err} when more than half the store's disk is dead space (see {@link StoreSpace}). */
  public static void warnOfDeadSpace(GeoStore store, PrintStream err) {
    StoreSpace space = store.space();
    if (space.mostlyDead()) {
      err.printf("warning: the store takes %,d MB on disk, of which about %,d MB is space left behind by"
          + " updates; 'geokg compact' gives it back%n", space.bytes() >> 20, space.deadBytes() >> 20);
    }
  }

  /** The symmetric properties of graph:ontology, and the stances ({@link Derivations#stances}). */
  private static List<Set<Node>> derivingTerms(GeoStore store) {
    return store.read(ds -> List.of(Derivations.symmetric(ds.asDatasetGraph()),
        Derivations.stances(ds.asDatasetGraph())));
  }

  private static boolean replaceIfChanged(GeoStore store, String graphIri, Graph graph) {
    boolean same = store.read(ds -> {
      Graph stored = ds.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri));
      return stored.size() == graph.size() && stored.isIsomorphicWith(graph);
    });
    if (!same) {
      store.putGraph(graphIri, graph);
    }
    return !same;
  }

  /** The content of {@code graph:ontology}: {@code ontology/geokg.ttl}, if found. */
  public static Optional<Graph> ontology() {
    return Resources.rdf("ontology/geokg.ttl").map(Resources.Loaded::graph);
  }

  /**
   * Recomputes {@code graph:inferred} and {@code graph:summary} from every stored document
   * ({@link GeoStore#recomputeDerived}): after a bulk load, which writes no derived data.
   */
  public static void recomputeInferred(GeoStore store) {
    store.recomputeDerived();
  }

}
