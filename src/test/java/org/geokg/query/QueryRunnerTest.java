package org.geokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;
import org.geokg.store.Prefixes;
import org.geokg.store.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
  @TempDir Path dir;
  private GeoStore store;

  private static final String ALLIES = """
      # title: Allies of a state
      # description: Whom the texts call allies of ?state,
      #   in either direction.
      # param: state a state, e.g. state:USA
      SELECT ?ally { ?state gk:alliedWith ?ally }
      """;

  @BeforeEach
  void fill() {
    store = GeoStore.open(dir.resolve("store"));
    store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
    store.putDocument(TestGraphs.alliance(TestGraphs.document("a.txt", "The U.S. is allied with South Korea."), "USA", "KOR"));
    store.putDocument(TestGraphs.alliance(TestGraphs.document("b.txt", "Russia and Belarus are allies."), "RUS", "BLR"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aPrefixedNameParamIsExpandedAndBound() {
    Query q = QueryRunner.bind(QueryRunner.parse(ALLIES), Map.of("state", "state:USA"));
    assertThat(rows(q, QueryRunner.Format.CSV)).containsExactly("ally", TestGraphs.STATE + "KOR");
  }

  @Test
  void aFullIriParamIsBound() {
    Query q = QueryRunner.bind(QueryRunner.parse(ALLIES), Map.of("?state", "<" + TestGraphs.STATE + "RUS>"));
    assertThat(rows(q, QueryRunner.Format.TSV)).containsExactly("?ally", "<" + TestGraphs.STATE + "BLR>");
  }

  @Test
  void aParamValueCannotInjectSparql() {
    Query original = QueryRunner.parse("SELECT ?s { ?s rdfs:label ?name }");
    String evil = "Russia\" } ; DROP ALL ; SELECT * { ?s ?p ?o> } ; DROP ALL #";
    Query bound = QueryRunner.bind(original, Map.of("name", evil));

    // Still one triple pattern, whose object is one literal holding the whole value.
    List<Triple> patterns = triplePatterns(bound);
    assertThat(patterns).hasSize(1);
    Node object = patterns.get(0).getObject();
    assertThat(object.isLiteral()).isTrue();
    assertThat(object.getLiteralLexicalForm()).isEqualTo(evil);
    assertThat(patterns.get(0).getSubject().isVariable()).isTrue();
    assertThat(bound.getProjectVars()).hasSize(1);
    assertThat(bound.isSelectType()).isTrue();

    long before = store.quadCount();
    assertThat(rows(bound, QueryRunner.Format.CSV)).containsExactly("s");
    assertThat(store.quadCount()).isEqualTo(before);
  }

  @Test
  void anIriShapedInjectionIsRejected() {
    Query q = QueryRunner.parse(ALLIES);
    assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("state", "state:USA> } ; DROP ALL #")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an absolute IRI");
    assertThatThrownBy(() -> QueryRunner.bind(q, Map.of("state", "<http://x> } ; DROP ALL ; <http://y>")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownParamIsAnError() {
    assertThatThrownBy(() -> QueryRunner.bind(QueryRunner.parse(ALLIES), Map.of("sate", "state:USA")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?sate");
  }

  @Test
  void valuesAreReadAsRdfTerms() {
    var pm = Prefixes.standard();
    assertThat(QueryRunner.parseValue("state:RUS", pm).asResource().getURI()).isEqualTo(TestGraphs.STATE + "RUS");
    assertThat(QueryRunner.parseValue("https://example.org/x", pm).isURIResource()).isTrue();
    // Terms with a fragment: every gk: property and class (a fixed bug: they were refused as not absolute).
    assertThat(QueryRunner.parseValue("https://w3id.org/geokg/ontology#alliedWith", pm).isURIResource()).isTrue();
    assertThat(QueryRunner.parseValue("gk:alliedWith", QueryRunner.parse("PREFIX gk: <https://w3id.org/geokg/ontology#>"
        + " SELECT * { ?s ?p ?o }").getPrefixMapping()).asResource().getURI())
        .isEqualTo("https://w3id.org/geokg/ontology#alliedWith");
    RDFNode date = QueryRunner.parseValue("\"2022-01-27\"^^xsd:date", pm);
    assertThat(date.asLiteral().getDatatypeURI()).endsWith("#date");
    assertThat(QueryRunner.parseValue("42", pm).asLiteral().getInt()).isEqualTo(42);
    assertThat(QueryRunner.parseValue("\"Kyiv\"@en", pm).asLiteral().getLanguage()).isEqualTo("en");
    assertThat(QueryRunner.parseValue("South Korea", pm).asLiteral().getLexicalForm()).isEqualTo("South Korea");
  }

  @Test
  void projectedParamsStillAppearInTheResults() {
    Query q = QueryRunner.bind(QueryRunner.parse(ALLIES.replace("SELECT ?ally", "SELECT ?state ?ally")),
        Map.of("state", "state:USA"));
    assertThat(rows(q, QueryRunner.Format.CSV))
        .containsExactly("state,ally", TestGraphs.STATE + "USA," + TestGraphs.STATE + "KOR");
  }

  @Test
  void theFormatsWork() {
    Query q = QueryRunner.parse("SELECT ?s ?o { ?s gk:alliedWith ?o } ORDER BY ?s");
    String table = output(q, QueryRunner.Format.TABLE);
    assertThat(table).contains("state:RUS").contains("state:BLR").contains("| s");
    ResultSet json = ResultSetFactory.fromJSON(new ByteArrayInputStream(
        output(q, QueryRunner.Format.JSON).getBytes(StandardCharsets.UTF_8)));
    assertThat(json.getResultVars()).containsExactly("s", "o");
    // Two stated alliances and their symmetric closure, which graph:inferred holds.
    assertThat(org.apache.jena.query.ResultSetFormatter.consume(json)).isEqualTo(4);

    Query ask = QueryRunner.parse("ASK { state:USA gk:alliedWith state:KOR }");
    assertThat(output(ask, QueryRunner.Format.TABLE)).containsIgnoringCase("yes");
    assertThat(output(ask, QueryRunner.Format.JSON)).contains("true");

    Query construct = QueryRunner.parse("CONSTRUCT { ?o gk:alliedWith ?s } WHERE { ?s gk:alliedWith ?o }");
    String turtle = output(construct, QueryRunner.Format.TABLE);
    assertThat(turtle).contains("state:KOR").contains("gk:alliedWith");
  }

  @Test
  void queryArgumentsResolveToFilesSavedQueriesOrText() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("queries"));
    Files.writeString(folder.resolve("allies-of-state.rq"), ALLIES);
    SavedQueries saved = SavedQueries.fromFolder(folder);
    QueryRunner runner = new QueryRunner(saved);

    assertThat(runner.text("allies-of-state")).isEqualTo(ALLIES);
    assertThat(runner.text("allies-of-state.rq")).isEqualTo(ALLIES);
    assertThat(runner.text(folder.resolve("allies-of-state.rq").toString())).isEqualTo(ALLIES);
    assertThat(runner.text("ASK {}")).isEqualTo("ASK {}");
    assertThatThrownBy(() -> runner.text("allies-of-stat")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allies-of-stat");
    assertThatThrownBy(() -> runner.prepare("SELECT ?x {", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("syntax");

    SavedQuery q = saved.find("allies-of-state").orElseThrow();
    assertThat(q.title()).isEqualTo("Allies of a state");
    assertThat(q.description()).isEqualTo("Whom the texts call allies of ?state, in either direction.");
    assertThat(q.params()).containsExactly(new SavedQuery.Param("state", "a state, e.g. state:USA"));
  }

  private List<String> rows(Query q, QueryRunner.Format format) {
    return output(q, format).lines().toList();
  }

  private String output(Query q, QueryRunner.Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QueryRunner.run(store, q, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Triple> triplePatterns(Query q) {
    List<Triple> found = new java.util.ArrayList<>();
    ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
      @Override
      public void visit(ElementPathBlock el) {
        for (TriplePath tp : el.getPattern().getList()) {
          found.add(tp.asTriple());
        }
      }
    });
    return found;
  }
}
