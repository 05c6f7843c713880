package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.geokg.DocumentGraph;
import org.geokg.store.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg load}: part files into a store, idempotent per document graph, queryable. */
class LoadCommandTest {
  @TempDir Path dir;


  private static CliRun geokg(String... args) {
    FakeExtractor fake = new FakeExtractor();
    return CliRun.of(fake, args);
  }

  private static void write(OutputStream out, List<DocumentGraph> graphs) {
    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
    w.start();
    for (DocumentGraph g : graphs) {
      g.graph().find().forEachRemaining(t -> w.quad(Quad.create(NodeFactory.createURI(g.graphIri()), t)));
    }
    w.finish();
  }

  /** Part files as the Spark job writes them: a folder with part-0000N, _SUCCESS and the summary. */
  private Path parts(String folder, List<DocumentGraph> a, List<DocumentGraph> b) throws IOException {
    Path p = dir.resolve(folder);
    Files.createDirectories(p);
    try (OutputStream o = Files.newOutputStream(p.resolve("part-00000"))) {
      write(o, a);
    }
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p.resolve("part-00001.gz")))) {
      write(o, b);
    }
    Files.writeString(p.resolve("_SUCCESS"), "");
    Files.writeString(p.resolve("_geokg-summary.json"), "{ \"documents\" : 3 }");
    Files.writeString(p.resolve(".part-00000.crc"), "not rdf");
    return p;
  }

  private static long quads(Path store) {
    CliRun r = geokg("query", "--store", store.toString(), "--format", "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    assertThat(r.code()).as(r.err()).isZero();
    return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().trim());
  }

  @Test
  void loadingTwiceGivesTheSameStoreAndQueriesWork() throws IOException {
    DocumentGraph usKor = TestGraphs.alliance(TestGraphs.document("a.txt", "The US and South Korea are allies."), "USA", "KOR");
    DocumentGraph usJpn = TestGraphs.alliance(TestGraphs.document("b.txt", "The US and Japan are allies."), "USA", "JPN");
    DocumentGraph fraDeu = TestGraphs.alliance(TestGraphs.document("c.txt", "France and Germany are allies."), "FRA", "DEU");
    Path parts = parts("out", List.of(usKor, usJpn), List.of(fraDeu));
    Path store = dir.resolve("store");

    CliRun first = geokg("load", "--store", store.toString(), parts.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("in 3 graphs from 2 files", "bulk loader");
    long once = quads(store);

    CliRun second = geokg("load", "--store", store.toString(), parts.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("in 3 graphs from 2 files", "replacing graphs");
    assertThat(quads(store)).isEqualTo(once);

    long documentQuads = usKor.graph().size() + usJpn.graph().size() + fraDeu.graph().size();
    assertThat(first.out()).contains(String.format("loaded %,d quads", documentQuads));
    // graph:reference, graph:ontology and graph:inferred are there too, as after build.
    CliRun graphs = geokg("query", "--store", store.toString(), "--format", "csv",
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
    assertThat(graphs.out()).contains("graph/reference", "graph/ontology", "graph/inferred",
        usKor.graphIri(), usJpn.graphIri(), fraDeu.graphIri());
    CliRun allies = geokg("query", "--store", store.toString(), "--format", "csv", "allies-of-state");
    assertThat(allies.code()).as(allies.err()).isZero();
    assertThat(allies.out()).contains("state/KOR", "state/JPN");
  }

  @Test
  void aGraphInTheInputReplacesTheStoredOneAndBothPathsAgree() throws IOException {
    DocumentGraph usKor = TestGraphs.alliance(TestGraphs.document("a.txt", "The US and South Korea are allies."), "USA", "KOR");
    DocumentGraph usJpn = TestGraphs.alliance(TestGraphs.document("b.txt", "The US and Japan are allies."), "USA", "JPN");
    Path bulkStore = dir.resolve("bulk");
    Path txnStore = dir.resolve("txn");
    Path parts = parts("out", List.of(usKor), List.of(usJpn));
    assertThat(geokg("load", "--store", bulkStore.toString(), parts.toString()).code()).isZero();
    // --batch 5: each graph's quads are spread over several transactions.
    CliRun txn = geokg("load", "--no-bulk", "--batch", "5", "--store", txnStore.toString(), parts.toString());
    assertThat(txn.code()).as(txn.err()).isZero();
    assertThat(quads(txnStore)).isEqualTo(quads(bulkStore));

    // Same document IRI, other content (as after a change of rules): the old triples go.
    DocumentGraph changed = new DocumentGraph(usKor.document(), usKor.graphIri(),
        TestGraphs.alliance(usKor.document(), "USA", "GBR").graph(), usKor.stats());
    Path again = dir.resolve("again.nq");
    try (OutputStream o = Files.newOutputStream(again)) {
      write(o, List.of(changed));
    }
    assertThat(geokg("load", "--store", txnStore.toString(), again.toString()).code()).isZero();
    CliRun kor = geokg("query", "--store", txnStore.toString(), "--format", "csv",
        "SELECT ?o WHERE { GRAPH <" + usKor.graphIri() + "> { ?s <https://w3id.org/geokg/ontology#alliedWith> ?o } }");
    assertThat(kor.out()).contains("state/GBR").doesNotContain("state/KOR");
  }

  @Test
  void aBadFileIsAnErrorNamingIt() throws IOException {
    Path bad = dir.resolve("bad.nq");
    Files.writeString(bad, "<http://a> <http://b> \"unterminated .\n");
    CliRun r = geokg("load", "--store", dir.resolve("s").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.nq");
    CliRun missing = geokg("load", "--store", dir.resolve("s").toString(), dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file or folder");
  }
}
