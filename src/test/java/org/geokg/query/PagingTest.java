package org.geokg.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;

/** Which paged sub-selects are read in TDB2's key order without a sort, and the copy without ORDER BY. */
class PagingTest {
  private static Query sub(String where) {
    Query q = QueryRunner.parse("SELECT * WHERE { { SELECT ?row ?key WHERE { " + where + " } ORDER BY ?key LIMIT 100 } }");
    return ((ElementSubQuery) ((ElementGroup) q.getQueryPattern()).getElements().get(0)).getQuery();
  }

  @Test
  void aScanOfOneListingKeyIsReadInItsOrder() {
    assertThat(Paging.readsInKeyOrder(sub("GRAPH graph:summary { ?row gk:factKey ?key }"))).isTrue();
    assertThat(Paging.readsInKeyOrder(sub("{ GRAPH graph:summary { ?row gk:dyadKey ?key } FILTER (!BOUND(?a)) } UNION "
        + "{ SELECT ?row ?key { GRAPH graph:summary { ?row gk:dyadParty ?a ; gk:dyadKey ?key } } ORDER BY ?key }"))).isTrue();
  }

  @Test
  void anythingElseIsSorted() {
    // A join: the scan that drives it is not the key's.
    assertThat(Paging.readsInKeyOrder(sub("GRAPH graph:summary { ?row gk:factPredicate gk:alliedWith ; gk:factKey ?key }"))).isFalse();
    // Not a key property of graph:summary, or not in it.
    assertThat(Paging.readsInKeyOrder(sub("GRAPH graph:summary { ?row gk:factDocuments ?key }"))).isFalse();
    assertThat(Paging.readsInKeyOrder(sub("?row gk:factKey ?key"))).isFalse();
    // A branch that sorts nothing, or limits itself.
    assertThat(Paging.readsInKeyOrder(sub("{ GRAPH graph:summary { ?row gk:factKey ?key } } UNION { ?row gk:x ?key }"))).isFalse();
    assertThat(Paging.readsInKeyOrder(sub("{ GRAPH graph:summary { ?row gk:factKey ?key } } UNION "
        + "{ SELECT ?row ?key { ?row gk:x ?key } ORDER BY ?key LIMIT 5 }"))).isFalse();
    // Descending, or by something else.
    Query desc = QueryRunner.parse("SELECT * { { SELECT ?row ?key { GRAPH graph:summary { ?row gk:factKey ?key } } ORDER BY DESC(?key) LIMIT 9 } }");
    assertThat(Paging.readsInKeyOrder(((ElementSubQuery) ((ElementGroup) desc.getQueryPattern()).getElements().get(0)).getQuery())).isFalse();
  }

  @Test
  void theCopyWithoutOrderKeepsTheRest() {
    Query q = sub("GRAPH graph:summary { ?row gk:factKey ?key }");
    Query u = Paging.unordered(q);
    assertThat(u.hasOrderBy()).isFalse();
    assertThat(u.getOrderBy()).isNull();
    assertThat(u.getProjectVars()).isEqualTo(q.getProjectVars());
    assertThat(u.getLimit()).isEqualTo(100);
    assertThat(u.getQueryPattern()).isEqualTo(q.getQueryPattern());
    assertThat(Paging.unordered(QueryRunner.parse("SELECT (COUNT(*) AS ?n) { ?s ?p ?o } ORDER BY ?n"))).isNull();
  }
}
