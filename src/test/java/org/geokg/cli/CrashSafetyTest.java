package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.rdf.GK;
import org.geokg.rdf.Summaries;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.batch.LineClaimsExtractor;
import org.geokg.doc.Document;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of a batch leaves every document whole or absent, with
 * graph:inferred and graph:summary exactly those of the documents stored, and running the same
 * command again finishes the rest without duplicates. Also: a second build on a
 * store in use fails clearly and leaves the store intact.
 */
// A guard against a hung child process, not a speed check: each test starts a child JVM that loads
// CoreNLP, which took over 90 s on a 2-core machine with a load of 16 (session 16), so the limit is wide.
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CrashSafetyTest {
  private static final int DOCS = 150;

  @TempDir Path dir;
  private Path inputs;
  /** Graph IRI → claims it must have, from the input texts. */
  private final Map<String, Integer> expected = new HashMap<>();

  @BeforeEach
  void writeInputs() throws Exception {
    inputs = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < DOCS; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k <= i % 9; k++) {
        text.append("Sentence ").append(k).append(" of article ").append(i)
            .append(": the United States and South Korea reaffirmed their alliance.\n");
      }
      String name = String.format("article-%03d.txt", i);
      Files.writeString(inputs.resolve(name), text);
      Document d = Document.plain(name, text.toString(), null);
      expected.put(Iris.document(d.id()), LineClaimsExtractor.expectedClaims(d.text()));
    }
  }

  @Test
  void aKilledBuildLeavesWholeDocumentsAndTheRerunFinishesWithoutDuplicates() throws Exception {
    Path store = dir.resolve("store");
    Process child = startBuild(store, 10);
    // Kill once the batch is well under way: a third of the documents extracted.
    waitForExtracted(child, DOCS / 3);
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no commit of what is in flight
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    long storedBeforeKill;
    Graph[] derivedAtKill;
    try (GeoStore s = GeoStore.open(store)) { // the dead process's lock is reclaimed
      storedBeforeKill = LineClaimsExtractor.documentGraphs(s);
      assertThat(incomplete(s)).isEmpty();
      derivedAtKill = derived(s);
    }
    assertThat(storedBeforeKill).as("killed mid-batch").isBetween(1L, DOCS - 1L);
    // What the stored documents imply and their counts are exactly those of the documents stored:
    // computing them anew from the documents changes nothing.
    assertThat(derivedClaims(derivedAtKill[0])).as("one derived claim per stored claim")
        .isEqualTo(storedClaims(store));
    assertThat(factDocuments(derivedAtKill[1])).as("the fact's document count").isEqualTo(storedBeforeKill);
    // The stance of every second line: a row about each end, as many documents as state it.
    assertThat(stanceDocuments(derivedAtKill[1])).as("the stance rows' document counts")
        .containsExactly(stating(store), stating(store)).allMatch(n -> n > 0);
    CliRun infer = run(new LineClaimsExtractor(0, false, true), "infer", "--store", store.toString(), "--all");
    assertThat(infer.code()).as(infer.err()).isZero();
    try (GeoStore s = GeoStore.open(store)) {
      Graph[] full = derived(s);
      assertThat(full[0].isIsomorphicWith(derivedAtKill[0])).as("graph:inferred at the kill").isTrue();
      assertThat(full[1].isIsomorphicWith(derivedAtKill[1])).as("graph:summary at the kill").isTrue();
    }

    // The same command again, in-process: only the rest is extracted.
    LineClaimsExtractor rerunExtractor = new LineClaimsExtractor(0, false, true);
    CliRun rerun = run(rerunExtractor, "build", "--store", store.toString(), "--no-progress", inputs.toString());
    assertThat(rerun.code()).as(rerun.err()).isZero();
    long rest = DOCS - storedBeforeKill;
    assertThat(rerun.out()).contains(String.format("stored %d document%s, skipped %d (already stored",
        rest, rest == 1 ? "" : "s", storedBeforeKill));
    assertThat(rerunExtractor.extracted.get()).isEqualTo((int) rest);

    // A clean single run of the same inputs: the same quads, no more.
    Path clean = dir.resolve("clean");
    assertThat(run(new LineClaimsExtractor(0, false, true), "build", "--store", clean.toString(), "--no-progress",
        inputs.toString()).code()).isZero();
    DatasetGraph afterCrash = copy(store);
    DatasetGraph single = copy(clean);
    try (GeoStore s = GeoStore.open(store)) {
      assertThat(LineClaimsExtractor.documentGraphs(s)).isEqualTo(DOCS);
      assertThat(incomplete(s)).isEmpty();
    }
    assertThat(afterCrash.stream().count()).isEqualTo(single.stream().count());
    // Graph by graph, up to blank node labels (graph:ontology has blank nodes).
    single.listGraphNodes().forEachRemaining(g ->
        assertThat(afterCrash.getGraph(g).isIsomorphicWith(single.getGraph(g))).as(g.getURI()).isTrue());
    System.out.printf("crash test: %d documents; stored before SIGKILL %d, with %d derived claims and a summary"
        + " equal to infer --all's; rerun stored %d, skipped %d (already stored); quads after crash+rerun %d, clean"
        + " single run %d%n", DOCS, storedBeforeKill, derivedClaims(derivedAtKill[0]), rest, storedBeforeKill,
        afterCrash.stream().count(), single.stream().count());
  }

  @Test
  void aSecondBuildOnAStoreInUseFailsClearlyAndTheStoreSurvives() throws Exception {
    Path store = dir.resolve("store");
    Process child = startBuild(store, 200);
    try {
      waitForExtracted(child, 1);
      CliRun second = run(new LineClaimsExtractor(0, false, true), "build", "--store", store.toString(), "--no-progress",
          inputs.toString());
      assertThat(second.code()).isEqualTo(1);
      assertThat(second.err()).contains("is in use by another geokg process").contains(store.toAbsolutePath().toString());
      assertThat(second.err().lines().count()).isEqualTo(1);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    try (GeoStore s = GeoStore.open(store)) {
      assertThat(incomplete(s)).isEmpty();
    }
  }

  private Process startBuild(Path store, long delayMillis) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        SlowBuildMain.class.getName(), Long.toString(delayMillis),
        "build", "--store", store.toString(), "--no-progress", "--threads", "2", inputs.toString()));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void waitForExtracted(Process child, int n) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    int seen = 0;
    String line;
    while (seen < n && (line = r.readLine()) != null) {
      if (line.startsWith("extracted ")) {
        seen++;
      }
    }
    assertThat(seen).as("the child build ran").isEqualTo(n);
  }

  /** Copies of graph:inferred and graph:summary. */
  private static Graph[] derived(GeoStore s) {
    return s.read(ds -> new Graph[] {copyOf(ds, GK.INFERRED_GRAPH), copyOf(ds, GK.SUMMARY_GRAPH)});
  }

  private static Graph copyOf(org.apache.jena.query.Dataset ds, String graph) {
    Graph m = GraphFactory.createDefaultGraph();
    ds.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(m::add);
    return m;
  }

  private static long derivedClaims(Graph inferred) {
    return inferred.find(Node.ANY, GK.subject.asNode(), Node.ANY).toList().size();
  }

  /** Claims in the document graphs. */
  private static long storedClaims(Path store) {
    try (GeoStore s = GeoStore.open(store)) {
      return s.read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY, RDF.type.asNode(), GK.Claim.asNode())
          .filter(q -> q.getGraph().getURI().startsWith(GK.ID + "doc/")).count());
    }
  }

  /** The documents count of the one fact all documents state (USA alliedWith KOR). */
  private static long factDocuments(Graph summary) {
    List<Triple> t = summary.find(Node.ANY, Summaries.FACT_DOCUMENTS, Node.ANY)
        .filterKeep(x -> summary.contains(x.getSubject(), Summaries.FACT_PREDICATE, GK.property("alliedWith").asNode()))
        .toList();
    assertThat(t).hasSize(1);
    return Long.parseLong(t.get(0).getObject().getLiteralLexicalForm());
  }

  /** The documents counts of the stance rows (USA friendlyWith KOR, about each end). */
  private static List<Long> stanceDocuments(Graph summary) {
    return summary.find(Node.ANY, GK.property("stanceDocuments").asNode(), Node.ANY)
        .mapWith(t -> Long.parseLong(t.getObject().getLiteralLexicalForm())).toList();
  }

  /** Stored documents that state the stance (those of two lines or more). */
  private static long stating(Path store) {
    try (GeoStore s = GeoStore.open(store)) {
      return s.read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY, LineClaimsExtractor.STANCE, Node.ANY)
          .filter(q -> q.getGraph().getURI().startsWith(GK.ID + "doc/")).count());
    }
  }

  private Map<String, String> incomplete(GeoStore s) {
    return s.read(ds -> LineClaimsExtractor.incompleteGraphs(ds, expected));
  }

  private static DatasetGraph copy(Path store) {
    try (GeoStore s = GeoStore.open(store)) {
      return s.read(ds -> {
        DatasetGraph c = DatasetGraphFactory.create();
        ds.asDatasetGraph().find().forEachRemaining(c::add);
        return c;
      });
    }
  }


  static CliRun run(org.geokg.Extractor extractor, String... args) {
    return CliRun.of(extractor, args);
  }
}
