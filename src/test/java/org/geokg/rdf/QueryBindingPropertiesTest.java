package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.geokg.query.QueryRunner;

/**
 * Saved queries take parameters through Jena's syntax transform ({@link QueryRunner#bind}): whatever
 * string a user or a web client passes as a value, the bound query has the algebra of the original
 * with the variable replaced by one RDF term; no value can add a pattern, a filter or an update.
 * (Lives with the RDF property tests because it shares their hostile strings.)
 */
class QueryBindingPropertiesTest {
  private static final String QUERY = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?claim ?source WHERE {
        ?claim gk:source ?source ; gk:target ?target .
        OPTIONAL { ?claim gk:dateText ?when }
        FILTER(?source != ?target)
      } ORDER BY ?claim LIMIT 10""";

  private static final Node MARK = NodeFactory.createURI("urn:x-geokg-test:bound-value");

  /** Hostile strings plus SPARQL-shaped attacks. */
  @Provide
  static Arbitrary<String> values() {
    Arbitrary<String> attacks = Arbitraries.of(
        "state:RUS", "<https://w3id.org/geokg/id/state/RUS>", "\"x\"", "\"x\"@en", "\"2022-01-27\"^^xsd:date",
        "42", "-1.5e3", "state:RUS } ; DROP ALL ; SELECT * { ?s ?p ?o", "\"x\" . } UNION { ?s ?p ?o",
        "<x> } INSERT DATA { <a> <b> <c> }", "?source", "$target", "\") || true || (\"", "# comment",
        "<javascript:alert(1)>", "urn:x", "state:", "\"\"\"", "'single'", "<>", "\"unterminated", "\n}\n");
    Arbitrary<String> glued = Arbitraries.strings().withChars("<>\"'{}?$.;#\\ \n:^@ab").ofMaxLength(20);
    return Arbitraries.oneOf(attacks, glued, IrisPropertiesTest.hostile());
  }

  @Property(tries = 400)
  void anyValueBindsAsOneTermAndLeavesTheAlgebraAlone(@ForAll("values") String value) {
    Query original = QueryRunner.parse(QUERY);
    Query bound;
    try {
      bound = QueryRunner.bind(original, Map.of("target", value));
    } catch (IllegalArgumentException refused) {
      // A malformed term ("<x> } …", an unterminated literal) is refused whole: also safe.
      assertThat(refused).hasMessageMatching("(?s)(not an RDF term|not an absolute IRI|the query has no variable).*");
      return;
    }
    RDFNode term = QueryRunner.parseValue(value, original.getPrefixMapping());
    Node n = term.asNode();
    // The expected algebra: the original's with ?target replaced by a marker; the bound query's,
    // with the value replaced by the same marker, must be identical.
    Op expected = NodeTransformLib.transform(x -> x.isVariable() && x.getName().equals("target") ? MARK : x,
        Algebra.compile(original));
    Op actual = NodeTransformLib.transform(x -> x.equals(n) ? MARK : x, Algebra.compile(bound));
    assertThat(actual).as(value).isEqualTo(expected);
    assertThat(bound.isSelectType()).isTrue();
    assertThat(bound.getResultVars()).containsExactly("claim", "source");
  }
}
