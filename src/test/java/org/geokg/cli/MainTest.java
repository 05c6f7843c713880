package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.geokg.store.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private Path store;
  private Path inputs;
  private FakeExtractor extractor;
  private String out;
  private String err;

  private static final String GOOD = "Another main U.S. ally within the Indo-Pacific is South Korea.";

  @BeforeEach
  void inputs() throws Exception {
    store = dir.resolve("store");
    inputs = Files.createDirectories(dir.resolve("in"));
    Files.writeString(inputs.resolve("good.txt"), GOOD);
    Files.writeString(inputs.resolve("empty.txt"), "");
    extractor = new FakeExtractor();
  }

  @Test
  void buildStoresTheGoodDocumentsAndNamesTheBadOnes() throws Exception {
    int code = run("build", "--store", store.toString(), "--no-progress", inputs.toString());

    assertThat(code).as(err).isEqualTo(1);
    assertThat(err).contains("error: ").contains("empty.txt");
    assertThat(out).contains("stored 1 document").contains("failed 1").contains("alliedWith");
    try (GeoStore s = GeoStore.open(store)) {
      assertThat(s.containsDocument(Iris.document(TestGraphs.document("good.txt", GOOD).id()))).isTrue();
      assertThat(s.containsDocument(org.geokg.rdf.GK.REFERENCE_GRAPH)).isTrue();
    }
  }

  @Test
  void aSecondBuildSkipsWhatIsStoredUnlessForced() throws Exception {
    Files.delete(inputs.resolve("empty.txt"));
    assertThat(run("build", "--store", store.toString(), inputs.toString())).as(err).isZero();
    assertThat(run("build", "--store", store.toString(), inputs.toString())).as(err).isZero();
    assertThat(out).contains("stored 0 documents").contains("skipped 1");
    assertThat(extractor.extracted.get()).isEqualTo(1);
    assertThat(run("build", "--store", store.toString(), "--force", inputs.toString())).as(err).isZero();
    assertThat(out).contains("stored 1 document");
    assertThat(extractor.extracted.get()).isEqualTo(2);
  }

  @Test
  void queryCsvPrintsAHeaderRow() throws Exception {
    Files.delete(inputs.resolve("empty.txt"));
    assertThat(run("build", "--store", store.toString(), inputs.toString())).as(err).isZero();

    int code = run("query", "--store", store.toString(), "--format", "csv", "--param", "s=state:USA",
        "SELECT ?o WHERE { ?s gk:alliedWith ?o }");

    assertThat(code).as(err).isZero();
    assertThat(out.lines()).containsExactly("o", TestGraphs.STATE + "KOR");
  }

  @Test
  void queryErrorsAreOneLine() throws Exception {
    assertThat(run("query", "--store", store.toString(), "SELECT * { ?s ?p ?o }")).isEqualTo(1);
    assertThat(err.strip()).startsWith("error: no store at").doesNotContain("\n").doesNotContain("Exception");

    Files.delete(inputs.resolve("empty.txt"));
    run("build", "--store", store.toString(), inputs.toString());
    assertThat(run("query", "--store", store.toString(), "SELECT * {")).isEqualTo(2);
    assertThat(err).contains("SPARQL syntax error").doesNotContain("\tat ");
    assertThat(run("query", "--store", store.toString(), "--param", "nope=1", "SELECT * { ?s ?p ?o }")).isEqualTo(2);
    assertThat(err).contains("?nope");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("build")).isEqualTo(2);
    assertThat(err).contains("INPUT");
    assertThat(run("dump", "--format", "rdfxml")).isEqualTo(2);
    assertThat(run("nonsense")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out).contains("geokg");
    for (String command : new String[] {"build", "extract", "query", "queries", "dump", "validate", "eval"}) {
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out).contains("Usage: geokg " + command);
    }
  }

  @Test
  void dumpWritesEveryGraph() throws Exception {
    Files.delete(inputs.resolve("empty.txt"));
    run("build", "--store", store.toString(), inputs.toString());
    Path file = dir.resolve("dump.nq");
    assertThat(run("dump", "--store", store.toString(), "--format", "nquads", "-o", file.toString())).as(err).isZero();
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(file).lang(Lang.NQUADS).parse(back);
    try (GeoStore s = GeoStore.open(store)) {
      assertThat(back.stream().count()).isEqualTo(s.quadCount());
    }
    assertThat(run("dump", "--store", store.toString(), "--format", "turtle", "--graph", "graph:reference")).as(err).isZero();
    assertThat(out).contains("state:KOR").doesNotContain("alliedWith");
  }

  @Test
  void extractWritesTrigWithoutAStore() throws Exception {
    assertThat(run("extract", inputs.resolve("good.txt").toString())).as(err).isZero();
    assertThat(out).contains("PREFIX gk:").contains("state:USA").containsPattern("doc:[0-9a-f]{16} \\{");
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8))).lang(Lang.TRIG).parse(back);
    assertThat(back.stream().count()).isPositive();
    assertThat(Files.exists(store)).isFalse();
    assertThat(run("extract", inputs.resolve("empty.txt").toString())).isEqualTo(1);
    assertThat(err).contains("empty.txt");
  }

  @Test
  void validateReportsConformanceAndViolations() throws Exception {
    Files.delete(inputs.resolve("empty.txt"));
    run("build", "--store", store.toString(), inputs.toString());
    Path ok = Files.writeString(dir.resolve("ok.ttl"), SHAPES.formatted(1));
    assertThat(run("validate", "--store", store.toString(), "--shapes", ok.toString())).as(out + err).isZero();
    assertThat(out).contains("conforms: yes");

    Path strict = Files.writeString(dir.resolve("strict.ttl"), SHAPES.formatted("0.5"));
    assertThat(run("validate", "--store", store.toString(), "--shapes", strict.toString())).isEqualTo(1);
    assertThat(out).contains("conforms: no").contains("violations: 1").contains("gk:confidence");
  }

  private static final String SHAPES = """
      @prefix sh: <http://www.w3.org/ns/shacl#> .
      @prefix gk: <https://w3id.org/geokg/ontology#> .
      gk:ClaimShape a sh:NodeShape ; sh:targetClass gk:Claim ;
        sh:property [ sh:path gk:confidence ; sh:minCount 1 ; sh:maxInclusive %s ] .
      """;

  private int run(String... args) {
    CliRun r = CliRun.of(extractor, args);
    out = r.out();
    err = r.err();
    return r.code();
  }
}
