package org.geokg.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.geokg.doc.Document;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries while a build writes: each read transaction sees a snapshot (TDB2 MVCC) in which every
 * document graph is complete, and later snapshots never lose documents.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentReadTest {
  @TempDir java.nio.file.Path dir;

  private static final String CLAIMS_PER_GRAPH = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?g (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?d) AS ?docs) {
        GRAPH ?g { ?d a gk:Document . OPTIONAL { ?c a gk:Claim } }
      } GROUP BY ?g""";

  @Test
  void readersSeeOnlyWholeDocumentsWhileABuildWrites() throws Exception {
    int n = 60;
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Document d = BatchBuilderTest.doc(i);
      expected.put(Iris.document(d.id()), LineClaimsExtractor.expectedClaims(d.text()));
    }
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      AtomicReference<BatchResult> result = new AtomicReference<>();
      Thread writer = new Thread(() -> result.set(new BatchBuilder(new LineClaimsExtractor(2, true), store,
          BatchOptions.defaults(2), new BatchListener() {}).run(BatchBuilderTest.docs(n))));
      writer.start();

      List<Integer> seen = new ArrayList<>();
      while (writer.isAlive() || seen.isEmpty()) {
        // One read transaction: the SPARQL view and the graph-by-graph check see the same snapshot.
        Map<String, String> bad = new HashMap<>();
        int graphs = store.read(ds -> {
          bad.putAll(LineClaimsExtractor.incompleteGraphs(ds, expected));
          try (QueryExecution qe = QueryExecution.dataset(ds).query(CLAIMS_PER_GRAPH).build()) {
            var rows = ResultSetFormatter.toList(qe.execSelect());
            for (var row : rows) {
              String g = row.getResource("g").getURI();
              int claims = row.getLiteral("claims").getInt();
              if (!expected.containsKey(g) || expected.get(g) != claims || row.getLiteral("docs").getInt() != 1) {
                bad.put(g, "query sees " + claims + " claims");
              }
            }
            return rows.size();
          }
        });
        assertThat(bad).as("incomplete document graphs in a snapshot").isEmpty();
        seen.add(graphs);
      }
      writer.join();
      assertThat(result.get().stored()).isEqualTo(n);
      assertThat(seen).as("snapshots only grow").isSorted();
      assertThat(seen.size()).as("reads interleaved with the writes").isGreaterThan(3);
    }
  }
}
