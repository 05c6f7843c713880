package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.geokg.SharedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's path with the real extractor: build the examples, query, validate, dump. */
class EndToEndTest {
  @TempDir
  static Path dir;
  private static Path store;


  private static CliRun geokg(String... args) {
    return CliRun.of(SharedExtractor.get(), args);
  }

  private static long quads() {
    CliRun r = geokg("query", "--store", store.toString(), "--format", "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().trim());
  }

  @BeforeAll
  static void build() {
    store = dir.resolve("store");
    CliRun r = geokg("build", "--no-progress", "--store", store.toString(), "examples/");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("stored 1 document");
  }

  @Test
  void savedQueriesAnswerTheAnalystsQuestions() {
    CliRun allies = geokg("query", "--store", store.toString(), "--format", "csv", "allies-of-state");
    assertThat(allies.out()).contains("state/KOR", "state/JPN");
    CliRun officials = geokg("query", "--store", store.toString(), "--format", "csv",
        "--param", "state=state:RUS", "officials-by-state");
    assertThat(officials.out()).contains("person/sergey-lavrov");
    CliRun producers = geokg("query", "--store", store.toString(), "--format", "csv", "energy-producers");
    assertThat(producers.out()).contains("state/ARE", "state/KWT", "state/SAU", "state/USA");
  }

  @Test
  void impliedStancesAreWrittenToTheInferredGraphWithTheirOrigin() {
    CliRun r = geokg("query", "--store", store.toString(), "--format", "csv", """
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?d ?c WHERE { GRAPH graph:inferred { ?d gk:subject state:GBR ; gk:predicate gk:supports ;
          gk:object state:UKR ; prov:wasDerivedFrom ?c . state:GBR gk:supports state:UKR } }""");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isGreaterThan(1);
  }

  @Test
  void buildingTheSameInputAgainChangesNothing() {
    long before = quads();
    CliRun again = geokg("build", "--no-progress", "--store", store.toString(), "--force", "examples/");
    assertThat(again.code()).isZero();
    assertThat(quads()).isEqualTo(before);
  }

  @Test
  void theStoreConformsToTheShapes() {
    CliRun r = geokg("validate", "--store", store.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("violations: 0");
  }

  @Test
  void everyDumpFormatParsesBackToTheSameCount() {
    long quads = quads();
    for (String format : new String[] {"nquads", "trig", "jsonld"}) {
      Path f = dir.resolve("dump." + format);
      assertThat(geokg("dump", "--store", store.toString(), "--format", format, "-o", f.toString()).code()).isZero();
      Lang lang = format.equals("jsonld") ? Lang.JSONLD : RDFLanguages.nameToLang(format);
      Dataset ds = RDFDataMgr.loadDataset(f.toString(), lang);
      long n = 0;
      for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
        n++;
      }
      assertThat(n).as(format).isEqualTo(quads);
    }
    for (String format : new String[] {"turtle", "ntriples"}) {
      Path f = dir.resolve("dump." + format);
      assertThat(geokg("dump", "--store", store.toString(), "--format", format, "-o", f.toString()).code()).isZero();
      CliRun union = geokg("query", "--store", store.toString(), "--format", "csv",
          "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
      long triples = Long.parseLong(union.out().lines().skip(1).findFirst().orElseThrow().trim());
      assertThat(RDFDataMgr.loadGraph(f.toString(), RDFLanguages.nameToLang(format)).size()).as(format).isEqualTo(triples);
    }
  }
}
