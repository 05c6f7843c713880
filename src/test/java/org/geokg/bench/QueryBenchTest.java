package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.geokg.ClaimExtractor;
import org.geokg.SharedExtractor;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
import org.geokg.query.SavedQueries;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geokg bench-queries} on a small store (the reference graph, about 190,000 triples, and about
 * 20,000 triples of documents) made from the seed article's
 * real claims: what it generates, not how fast (speed figures come from the command itself).
 */
class QueryBenchTest {
  // The reference graph alone holds ~190,000 triples (office-holders and their terms): documents on top.
  private static final long TRIPLES = 210_000;
  private static final List<Path> INPUTS = List.of(SharedExtractor.SEED);

  @TempDir
  static Path dir;
  private static Path store;
  private static String printed;
  private static Map<String, Object> figures;
  private static List<ClaimedSentence> pool;

  @BeforeAll
  static void generate() {
    store = dir.resolve("store");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    figures = new QueryBench(options(store, false), QueryBenchTest::extractor,
        new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    printed = out.toString(StandardCharsets.UTF_8);
    pool = ClaimedSentence.harvest(extractor(), INPUTS, System.err);
  }

  private static QueryBench.Options options(Path at, boolean regenerate) {
    return new QueryBench.Options(at, TRIPLES, 1, 0, Duration.ofSeconds(30), 12, 42, INPUTS, 100, regenerate);
  }

  private static ClaimExtractor extractor() {
    return (ClaimExtractor) SharedExtractor.get();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> storeFigures() {
    return (Map<String, Object>) figures.get("store");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> queryFigures() {
    return (List<Map<String, Object>>) figures.get("queries");
  }

  @Test
  void theStoreHoldsAtLeastTheRequestedTriplesCountedRight() {
    long distinct;
    try (GeoStore s = GeoStore.open(store)) {
      // Every graph but graph:inferred and graph:summary, each triple once: what the generator counts.
      distinct = s.read(ds -> {
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
            SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o {
              GRAPH ?g { ?s ?p ?o } FILTER (?g NOT IN (<%s>, <%s>)) } }""".formatted(GK.INFERRED_GRAPH,
            GK.SUMMARY_GRAPH)).build()) {
          return qe.execSelect().next().getLiteral("n").getLong();
        }
      });
      assertThat(s.graphNames()).contains(GK.REFERENCE_GRAPH, GK.ONTOLOGY_GRAPH, GK.INFERRED_GRAPH);
      assertThat(s.quadCount()).isEqualTo(((Number) storeFigures().get("quads")).longValue());
    }
    assertThat(distinct).isGreaterThanOrEqualTo(TRIPLES).isEqualTo(((Number) storeFigures().get("triples")).longValue());
    assertThat(printed).contains("generated", "documents", "claims", "generation:");
  }

  @Test
  void everySynthesisedEvidenceIsItsSentenceInTheText() {
    assertThat(pool).isNotEmpty();
    DocumentSynthesiser synth = new DocumentSynthesiser(pool, extractor().gazetteer(), 7, 12, LocalDate.of(2020, 1, 1), 1460);
    java.util.Set<String> originals = new java.util.HashSet<>();
    pool.forEach(p -> originals.add(p.text()));
    int swappedText = 0;
    for (int i = 0; i < 200; i++) {
      DocumentSynthesiser.Synthetic s = synth.document(i);
      String text = s.document().text();
      assertThat(s.claims()).isNotEmpty();
      for (Claim c : s.claims()) {
        assertThat(c.subject()).isNotEqualTo(c.object());
        for (Evidence e : c.evidence()) {
          assertThat(e.documentId()).isEqualTo(s.document().id());
          assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
        }
      }
      if (s.claims().stream().flatMap(c -> c.evidence().stream()).anyMatch(e -> !originals.contains(e.text()))) {
        swappedText++;
      }
      assertThat(s.document().date()).isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
    }
    // Actors are varied in the text as well as in the claims: most documents have a rewritten sentence.
    assertThat(swappedText).isGreaterThan(100);
  }

  @Test
  void theStoredEvidenceIsThatOfTheSynthesisedTexts() {
    // The command synthesised from the same sentences with the same seed: the same documents.
    DocumentSynthesiser synth = new DocumentSynthesiser(pool, extractor().gazetteer(), 42, 12, LocalDate.of(2020, 1, 1), 1460);
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      DocumentSynthesiser.Synthetic s = synth.document(i);
      texts.put(GK.ID + "doc/" + s.document().id(), s.document().text());
    }
    List<String> problems = new ArrayList<>();
    int checked;
    try (GeoStore s = GeoStore.open(store)) {
      checked = s.read(ds -> {
        int n = 0;
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
            PREFIX gk: <https://w3id.org/geokg/ontology#>
            SELECT ?doc ?begin ?end ?text { ?ev gk:document ?doc ; gk:begin ?begin ; gk:end ?end ; gk:text ?text }""")
            .set(TDB2.symUnionDefaultGraph, true).build()) {
          ResultSet rs = qe.execSelect();
          while (rs.hasNext()) {
            QuerySolution row = rs.next();
            String text = texts.get(row.getResource("doc").getURI());
            if (text == null) {
              continue;
            }
            n++;
            String sentence = text.substring(row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
            if (!sentence.equals(row.getLiteral("text").getString())) {
              problems.add(row.toString());
            }
          }
        }
        return n;
      });
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void theStoreConformsToTheShapesAsValidateChecksIt() {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    Graph data = GraphFactory.createDefaultGraph();
    try (GeoStore s = GeoStore.open(store)) {
      // As geokg validate: the document graphs and graph:reference.
      s.read(ds -> {
        ds.asDatasetGraph().find().forEachRemaining(q -> {
          String g = q.getGraph().getURI();
          if (g.startsWith(GK.ID + "doc/") || g.equals(GK.REFERENCE_GRAPH)) {
            data.add(q.asTriple());
          }
        });
        return null;
      });
    }
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(5).toList().toString()).isTrue();
  }

  @Test
  void everySavedQueryIsTimedAndAnswers() {
    List<String> names = SavedQueries.load().list().stream().map(q -> q.name()).toList();
    assertThat(queryFigures()).extracting(r -> r.get("query")).containsExactlyElementsOf(names);
    for (Map<String, Object> row : queryFigures()) {
      assertThat(((Number) row.get("rows")).longValue()).as("rows of %s", row.get("query")).isPositive();
      assertThat(((Number) row.get("runs")).intValue()).isEqualTo(1);
      assertThat(row).containsKeys("median_ms", "p90_ms", "min_ms", "met");
    }
    assertThat(printed).contains("median ms", "p90 ms", "min ms", "saved queries met median");
  }

  @Test
  @SuppressWarnings("unchecked")
  void queriesAreAlsoTimedWithTheExampleValuesTheirParametersDocument() {
    SavedQueries saved = SavedQueries.load();
    assertThat(QueryBench.exampleParameters(saved.find("evidence-for-fact").orElseThrow()))
        .containsEntry("s", "state:USA").containsEntry("p", "gk:alliedWith").containsEntry("o", "state:KOR");
    assertThat(QueryBench.exampleParameters(saved.find("allies-of-state").orElseThrow())).isEmpty();
    List<Map<String, Object>> bound = (List<Map<String, Object>>) figures.get("queries_with_example_parameters");
    assertThat(bound).extracting(r -> r.get("query")).contains("evidence-for-fact", "officials-by-state")
        .doesNotContain("allies-of-state");
    assertThat(bound).allSatisfy(r -> assertThat((Map<?, ?>) r.get("parameters")).isNotEmpty());
  }

  @Test
  void aGeneratedStoreBigEnoughIsReusedWithoutTheExtractor() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> again = new QueryBench(options(store, false), () -> {
      throw new AssertionError("the extractor must not be loaded for a store that is reused");
    }, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("reused");
    assertThat(((Map<?, ?>) again.get("store")).get("reused")).isEqualTo(true);
  }

  @Test
  void aFolderThatItDidNotGenerateIsLeftAlone() throws Exception {
    Path other = dir.resolve("someone-elses");
    Files.createDirectories(other);
    Files.writeString(other.resolve("notes.txt"), "mine");
    QueryBench bench = new QueryBench(options(other, true), () -> {
      throw new AssertionError("not reached");
    }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThatThrownBy(bench::run).isInstanceOf(StoreException.class).hasMessageContaining("did not generate");
    assertThat(other.resolve("notes.txt")).hasContent("mine");
  }
}
