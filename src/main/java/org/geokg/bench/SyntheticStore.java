package org.geokg.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.geokg.cli.StandardGraphs;
import org.geokg.link.Gazetteer;
import org.geokg.rdf.ClaimWriter;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;
import org.geokg.rdf.ReferenceGraph;
import org.geokg.store.GeoStore;

/**
 * Fills an empty store with documents from a {@link DocumentSynthesiser} until it holds at least the
 * requested number of distinct triples: each document's graph is made by {@link ClaimWriter}, as
 * {@code build} makes it, and streamed into TDB2's bulk loader under the document's graph name, next
 * to {@code graph:reference} and {@code graph:ontology}; then {@code graph:inferred} is computed as
 * {@code build} computes it. A marker file in the store folder records what was generated, so a later
 * run can tell a generated store it may reuse or replace from anyone else's.
 */
final class SyntheticStore {
  /** The marker file's name, in the store folder. */
  static final String MARKER = "bench-queries.properties";
  /** The marker's {@code derived} value of stores whose graph:inferred and graph:summary are current. */
  static final String DERIVED_VERSION = "5";

  /**
   * What a generation produced.
   *
   * @param documents documents written
   * @param claims claim nodes written (before inference)
   * @param triples distinct triples of the documents, the reference and the ontology (before inference)
   * @param quads quads in the store, {@code graph:inferred} included
   * @param loadSeconds synthesis and bulk load
   * @param inferenceSeconds computing {@code graph:inferred}
   */
  record Figures(int documents, long claims, long triples, long quads, double loadSeconds, double inferenceSeconds) {}

  private SyntheticStore() {}

  /**
   * Fills {@code store}, which must be empty, and writes the marker.
   *
   * @param targetTriples the least number of distinct triples to reach before inference
   */
  static Figures fill(GeoStore store, DocumentSynthesiser synthesiser, Gazetteer gazetteer, long targetTriples) {
    long t0 = System.nanoTime();
    // Triples whose subject is a document, claim or evidence node are minted from the document's id,
    // so they are new in every document; only the others (entities, direct ties) can repeat, and only
    // those need remembering to count distinct triples.
    Set<Triple> shared = new HashSet<>();
    long[] counts = new long[3]; // distinct unshared triples, documents, claims
    Set<String> ids = new HashSet<>();
    store.bulkLoad(stream -> {
      add(stream, GK.REFERENCE_GRAPH, ReferenceGraph.build(gazetteer), shared, counts);
      Optional<Graph> ontology = StandardGraphs.ontology();
      ontology.ifPresent(o -> add(stream, GK.ONTOLOGY_GRAPH, o, shared, counts));
      for (int i = 0; counts[0] + shared.size() < targetTriples; i++) {
        DocumentSynthesiser.Synthetic s = synthesiser.document(i);
        if (!ids.add(s.document().id())) {
          continue; // the same text twice would be one graph, as in build
        }
        Graph g = ClaimWriter.write(s.document(), s.claims(), s.personTitles());
        add(stream, Iris.document(s.document().id()), g, shared, counts);
        counts[1]++;
        counts[2] += s.claims().size();
      }
    });
    double load = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    StandardGraphs.recomputeInferred(store);
    double inference = (System.nanoTime() - t1) / 1e9;
    Figures f = new Figures((int) counts[1], counts[2], counts[0] + shared.size(), store.quadCount(), load, inference);
    writeMarker(store.location(), f);
    return f;
  }

  private static void add(StreamRDF stream, String graphIri, Graph g, Set<Triple> shared, long[] counts) {
    Node name = NodeFactory.createURI(graphIri);
    String doc = GK.ID + "doc/";
    String claim = GK.ID + "claim/";
    String evidence = GK.ID + "evidence/";
    boolean documentGraph = graphIri.startsWith(doc);
    g.find().forEachRemaining(t -> {
      stream.quad(Quad.create(name, t));
      String s = t.getSubject().isURI() ? t.getSubject().getURI() : "";
      if (documentGraph && (s.startsWith(doc) || s.startsWith(claim) || s.startsWith(evidence))) {
        counts[0]++;
      } else {
        shared.add(t);
      }
    });
  }

  /** Records in the marker that the store's graph:inferred and graph:summary are current. */
  static void markDerived(Path dir) {
    Properties p = marker(dir).orElseThrow();
    p.setProperty("derived", DERIVED_VERSION);
    try (Writer out = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
      p.store(out, "written by geokg bench-queries: a store of synthesised documents, safe to delete");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the marker in {@code dir} records, if {@code dir} holds a generated store; else empty. */
  static Optional<Properties> marker(Path dir) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + marker + ": " + e.getMessage(), e);
    }
    return Optional.of(p);
  }

  private static void writeMarker(Path dir, Figures f) {
    Properties p = new Properties();
    p.setProperty("documents", Integer.toString(f.documents()));
    p.setProperty("claims", Long.toString(f.claims()));
    p.setProperty("triples", Long.toString(f.triples()));
    p.setProperty("quads", Long.toString(f.quads()));
    p.setProperty("load_seconds", String.format(java.util.Locale.ROOT, "%.1f", f.loadSeconds()));
    p.setProperty("inference_seconds", String.format(java.util.Locale.ROOT, "%.1f", f.inferenceSeconds()));
    p.setProperty("derived", DERIVED_VERSION);
    try (Writer out = Files.newBufferedWriter(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
      p.store(out, "written by geokg bench-queries: a store of synthesised documents, safe to delete");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
