package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.DocumentGraph;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental inference and summaries (kept up to date in each document's transaction) give the same
 * graphs as computing them anew from every document ({@code geokg infer --all}), after a random
 * sequence of adds ({@code build}), replaces ({@code build --force} with an extractor that now says
 * something else) and reloads ({@code geokg load} of new N-Quads for stored documents, split over
 * transactions).
 */
class IncrementalInferenceTest {
  private static final int STEPS = 30;

  @TempDir Path dir;

  private final ScriptedExtractor extractor = new ScriptedExtractor();
  private final Random random = new Random(14);
  private final List<Path> stored = new ArrayList<>();
  private int files;

  @Test
  void incrementalAndFullRecomputationGiveIsomorphicGraphs() throws Exception {
    Path store = dir.resolve("store");
    int checks = 0;
    long derivedClaims = 0;
    long summaryTriples = 0;
    long stanceRows = 0;
    int[] ops = new int[3];
    for (int step = 0; step < STEPS; step++) {
      int op = stored.size() < 3 ? 0 : random.nextInt(3);
      ops[op]++;
      switch (op) {
        case 0 -> add(store);
        case 1 -> replace(store);
        default -> reload(store);
      }
      if (step % 3 == 2 || step == STEPS - 1) {
        Graph[] incremental = derived(store);
        // As stored, too: no value stored twice in forms that read the same (see store.Quads).
        assertThat(duplicates(store)).isEmpty();
        CliRun r = run("infer", "--store", store.toString(), "--all");
        assertThat(r.code()).as(r.err()).isZero();
        Graph[] full = derived(store);
        assertThat(incremental[0].isIsomorphicWith(full[0])).as("graph:inferred after step %d", step).isTrue();
        assertThat(incremental[1].isIsomorphicWith(full[1])).as("graph:summary after step %d", step).isTrue();
        checks++;
        derivedClaims = full[0].find(null, GK.subject.asNode(), null).toList().size();
        summaryTriples = full[1].size();
        stanceRows = full[1].find(null, GK.property("stanceKey").asNode(), null).toList().size();
      }
    }
    assertThat(derivedClaims).as("the rules derived something").isPositive();
    assertThat(stanceRows).as("the summary has stance rows").isPositive();
    assertThat(ops[1]).isPositive();
    assertThat(ops[2]).isPositive();
    System.out.printf("isomorphism test: %d steps (%d adds, %d --force replaces, %d reloads), %d documents,"
        + " %d comparisons; at the end %d derived claims, %d summary triples (%d stance rows)%n",
        STEPS, ops[0], ops[1], ops[2], stored.size(), checks, derivedClaims, summaryTriples, stanceRows);
  }

  private void add(Path store) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in-" + files));
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      Path f = folder.resolve("doc-" + (files++) + ".txt");
      Files.writeString(f, text());
      stored.add(f);
    }
    extractor.version = random.nextInt(3);
    CliRun r = run("build", "--store", store.toString(), "--no-progress", "--threads", "1", folder.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private void replace(Path store) {
    extractor.version = 1 + random.nextInt(4);
    List<String> args = new ArrayList<>(List.of("build", "--store", store.toString(), "--no-progress", "--force"));
    some().forEach(p -> args.add(p.toString()));
    CliRun r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
  }

  private void reload(Path store) throws Exception {
    extractor.version = 1 + random.nextInt(4);
    List<DocumentGraph> graphs = new ArrayList<>();
    DocumentSource.read(some().stream().map(Path::toString).toList(),
        DocumentSink.of(d -> graphs.add(extractor.extract(d)), e -> { }));
    Path part = dir.resolve("part-" + (files++) + ".nq");
    try (OutputStream out = Files.newOutputStream(part)) {
      StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
      w.start();
      graphs.forEach(g -> g.graph().find().forEachRemaining(t -> w.quad(Quad.create(NodeFactory.createURI(g.graphIri()), t))));
      w.finish();
    }
    // A small batch splits a document's graph over transactions: later parts are added to it.
    CliRun r = run("load", "--store", store.toString(), "--batch", "17", part.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private List<Path> some() {
    List<Path> out = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      Path p = stored.get(random.nextInt(stored.size()));
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private String text() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(7); i < n; i++) {
      String s = pick(ScriptedExtractor.STATES);
      String rel = pick(ScriptedExtractor.RELATIONS);
      String o = rel.equals("supports") && random.nextInt(3) == 0 ? "pipe" : pick(ScriptedExtractor.STATES);
      sb.append(s).append(' ').append(rel).append(' ').append(o).append(' ').append(pick(ScriptedExtractor.MODALITIES));
      if (random.nextInt(4) > 0) {
        sb.append(String.format(" 2021-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        if (random.nextBoolean()) {
          sb.append(' ').append(List.of("0.6", "0.7", "0.85", "0.9").get(random.nextInt(4)));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Copies of graph:inferred and graph:summary. */
  private static Graph[] derived(Path store) {
    try (GeoStore s = GeoStore.open(store)) {
      return s.read(ds -> new Graph[] {
          copy(ds.asDatasetGraph().getGraph(NodeFactory.createURI(GK.INFERRED_GRAPH))),
          copy(ds.asDatasetGraph().getGraph(NodeFactory.createURI(GK.SUMMARY_GRAPH)))});
    }
  }

  /** Quads stored twice: the same quad read back from two stored rows. */
  private static List<Quad> duplicates(Path store) {
    try (GeoStore s = GeoStore.open(store)) {
      return s.read(ds -> {
        java.util.Set<Quad> seen = new java.util.HashSet<>();
        List<Quad> twice = new ArrayList<>();
        ds.asDatasetGraph().find().forEachRemaining(q -> {
          if (!seen.add(q)) {
            twice.add(q);
          }
        });
        return twice;
      });
    }
  }

  private static Graph copy(Graph g) {
    Graph m = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(m::add);
    return m;
  }


  private CliRun run(String... args) {
    return CliRun.of(extractor, args);
  }
}
