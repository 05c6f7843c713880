package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * Test helper: the rows of a SELECT over an extracted model, each the local names (or lexical forms) of
 * the named variables joined by spaces, so a test can assert on short strings such as "USA Consult DNK".
 */
final class ModelRows {
  private static final String PREFIXES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      """;

  private ModelRows() {}

  /** Runs {@code query} (the prefixes gk, rdfs, geo and owl are declared) and renders each solution. */
  static List<String> select(Model m, String query, String... vars) {
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        List<String> cells = new ArrayList<>();
        for (String v : vars) {
          cells.add(s.get(v) == null ? "" : tail(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
        }
        out.add(String.join(" ", cells));
      }
    }
    return out;
  }

  /** Each interaction as "source class target location" (the location's label, or empty). */
  static List<String> interactions(Model m) {
    return select(m, """
        SELECT ?s ?c ?t ?where WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t .
          OPTIONAL { ?x gk:location/rdfs:label ?where }
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""", "s", "c", "t", "where");
  }

  /** The part of an IRI after its last '/' or '#'. */
  static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }
}
