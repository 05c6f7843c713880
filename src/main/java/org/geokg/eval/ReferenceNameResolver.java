package org.geokg.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * A name → key resolver over a reference graph: the {@code rdfs:label} and {@code skos:altLabel}
 * (aliases, demonyms, capitals) of states and organisations. Used when no gazetteer is at hand; names are
 * matched exactly, then ignoring case for names longer than three characters (so that "us" is not the
 * United States).
 */
public final class ReferenceNameResolver implements Function<String, Optional<String>> {
  private static final String NAMES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?e ?name WHERE {
        VALUES ?kind { gk:State gk:Organization gk:Alliance }
        ?e a ?kind .
        { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?e gk:iso3 ?name }
      }""";

  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> folded = new HashMap<>();

  private ReferenceNameResolver() {}

  /** Builds the resolver from a graph holding {@code graph:reference}'s states and organisations. */
  public static ReferenceNameResolver from(Graph reference) {
    ReferenceNameResolver r = new ReferenceNameResolver();
    try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(reference)).query(NAMES).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        if (!s.get("e").isURIResource() || !s.get("name").isLiteral()) {
          continue;
        }
        String key = EntityKeys.fromIri(s.getResource("e").getURI());
        String name = s.getLiteral("name").getLexicalForm().trim();
        // A name shared by two entities goes to the alphabetically first key, so every run agrees.
        r.exact.merge(name, key, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        if (name.length() > 3) {
          r.folded.merge(name.toLowerCase(Locale.ROOT), key, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    return r;
  }

  @Override
  public Optional<String> apply(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim();
    String k = exact.get(n);
    if (k == null && n.length() > 3) {
      k = folded.get(n.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(k);
  }

  /** Number of names known. */
  public int size() {
    return exact.size();
  }
}
