package org.geokg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.geokg.doc.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real pipeline on the bundled seed article: the facts the walking skeleton must find. */
class SeedExtractionTest {
  private static Document seed;
  private static Graph graph;
  private static Model model;

  @BeforeAll
  static void extract() {
    seed = SharedExtractor.seed();
    graph = SharedExtractor.get().extract(seed).graph();
    model = ModelFactory.createModelForGraph(graph);
  }

  private List<String> rows(String select) {
    String q = """
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        PREFIX state: <https://w3id.org/geokg/id/state/>
        PREFIX person: <https://w3id.org/geokg/id/person/>
        PREFIX resource: <https://w3id.org/geokg/id/resource/>
        """ + select;
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(q, model)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        List<String> cells = new ArrayList<>();
        rs.getResultVars().forEach(v -> cells.add(s.get(v) == null ? "" : s.get(v).isLiteral()
            ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
        out.add(String.join(" ", cells));
      }
    }
    return out;
  }

  @Test
  void usaIsAlliedWithSouthKoreaAndJapan() {
    List<String> allies = rows("SELECT ?x WHERE { { state:USA gk:alliedWith ?x } UNION { ?x gk:alliedWith state:USA } }");
    assertThat(allies).contains("https://w3id.org/geokg/id/state/KOR", "https://w3id.org/geokg/id/state/JPN");
  }

  @Test
  void gulfStatesAndTheUsAreEnergyProducers() {
    List<String> producers = rows("SELECT ?x WHERE { ?x gk:producesEnergy ?r }");
    assertThat(producers).contains("https://w3id.org/geokg/id/state/ARE", "https://w3id.org/geokg/id/state/KWT",
        "https://w3id.org/geokg/id/state/SAU", "https://w3id.org/geokg/id/state/USA");
  }

  @Test
  void lavrovRepresentsRussia() {
    assertThat(rows("ASK { person:sergey-lavrov gk:represents state:RUS }".replace("ASK", "SELECT * WHERE")))
        .hasSize(1);
  }

  @Test
  void talksInvolvingRussiaAreDatedToTheWeekOfJanuaryTenth() {
    List<String> r = rows("""
        SELECT ?date ?text WHERE {
          ?c a gk:Consult ; gk:source state:USA ; gk:target state:RUS ; gk:date ?date ; gk:evidence/gk:text ?text .
          FILTER(CONTAINS(?text, "talks involving")) }""");
    assertThat(r).anySatisfy(row -> assertThat(row).startsWith("2022-01-10"));
  }

  @Test
  void blinkensTalkWithSouthKoreaIsDatedMidJanuary() {
    List<String> r = rows("""
        SELECT ?date WHERE { ?c a gk:Consult ; gk:source person:antony-blinken ; gk:target state:KOR ; gk:date ?date }""");
    assertThat(r).containsExactly("2022-01");
  }

  @Test
  void everyEvidenceOffsetPointsAtItsSentence() throws Exception {
    String text = Files.readString(SharedExtractor.SEED);
    List<String> ev = rows("SELECT ?b ?e ?t WHERE { ?x a gk:Evidence ; gk:begin ?b ; gk:end ?e ; gk:text ?t }");
    assertThat(ev).isNotEmpty();
    for (String row : ev) {
      String[] p = row.split(" ", 3);
      assertThat(text.substring(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).isEqualTo(p[2]);
    }
  }

  @Test
  void onlyAssertedAndReportedClaimsHaveDirectTriples() {
    assertThat(rows("""
        SELECT ?c WHERE { ?c gk:subject ?s ; gk:predicate ?p ; gk:object ?o ; gk:modality ?m .
          FILTER(?m NOT IN (gk:Asserted, gk:Reported)) FILTER EXISTS { ?s ?p ?o } }""")).isEmpty();
    assertThat(rows("""
        SELECT ?c WHERE { ?c gk:subject ?s ; gk:predicate ?p ; gk:object ?o ; gk:modality ?m .
          FILTER(?m IN (gk:Asserted, gk:Reported)) FILTER NOT EXISTS { ?s ?p ?o } }""")).isEmpty();
  }

  @Test
  void formerOfficeHoldersAreFormer() {
    assertThat(rows("""
        SELECT ?m WHERE { ?c gk:subject person:shinzo-abe ; gk:predicate gk:represents ; gk:modality ?m }"""))
        .containsExactly("https://w3id.org/geokg/ontology#Former");
  }

  @Test
  void theDocumentGraphConformsToTheShapes() {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
  }
}
