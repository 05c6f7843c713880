package org.geokg.bench;

import java.time.Duration;
import java.util.Arrays;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.tdb2.TDB2;
import org.geokg.query.Paging;
import org.geokg.store.GeoStore;

/**
 * Times one query on a store as {@code geokg query} runs it (union default graph, one read
 * transaction), consuming every result row: warm-up runs first, then timed runs until the count is
 * reached or the time budget is spent (at least {@value #MIN_RUNS} timed runs either way).
 */
final class QueryTimer {
  static final int MIN_RUNS = 3;

  /**
   * The figures of one query.
   *
   * @param name the saved query's name
   * @param rows result rows (triples for CONSTRUCT and DESCRIBE, 1 for ASK)
   * @param millis each timed run, in milliseconds, in run order
   */
  record Timing(String name, long rows, double[] millis) {
    double median() {
      return BenchFigures.percentile(millis, 0.5);
    }

    double p90() {
      return BenchFigures.percentile(millis, 0.9);
    }

    double min() {
      return Arrays.stream(millis).min().orElse(Double.NaN);
    }

    int runs() {
      return millis.length;
    }
  }

  private QueryTimer() {}

  static Timing time(GeoStore store, String name, Query query, int warmups, int runs, Duration budget) {
    return time(store, name, query, null, warmups, runs, budget);
  }

  /**
   * Times {@code query} as {@code geokg query} runs it with {@code page} (a SELECT: the page's rows,
   * and the count of those after it); with a null page, every row as the query gives them.
   */
  static Timing time(GeoStore store, String name, Query query, Paging.Page page, int warmups, int runs,
      Duration budget) {
    long rows = 0;
    for (int i = 0; i < warmups; i++) {
      rows = run(store, query, page);
    }
    double[] millis = new double[runs];
    long deadline = System.nanoTime() + budget.toNanos();
    int done = 0;
    while (done < runs && (done < MIN_RUNS || System.nanoTime() < deadline)) {
      long t = System.nanoTime();
      rows = run(store, query, page);
      millis[done++] = (System.nanoTime() - t) / 1e6;
    }
    return new Timing(name, rows, Arrays.copyOf(millis, done));
  }

  /** Runs {@code query} once, paged as {@code geokg query} pages it, and returns how many rows it gave. */
  static long run(GeoStore store, Query query, Paging.Page page) {
    if (page == null || query.queryType() != org.apache.jena.query.QueryType.SELECT) {
      return run(store, query);
    }
    return store.read(ds -> (long) Paging.select(q -> QueryExecution.dataset(ds).query(q)
        .set(TDB2.symUnionDefaultGraph, true).build(), query, page).rows().size());
  }

  /** Runs {@code query} once and returns how many rows it gave. */
  static long run(GeoStore store, Query query) {
    return store.read(ds -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
          .set(TDB2.symUnionDefaultGraph, true).build()) {
        return switch (query.queryType()) {
          case SELECT -> count(qe.execSelect());
          case ASK -> {
            qe.execAsk();
            yield 1L;
          }
          case CONSTRUCT -> (long) qe.execConstruct().size();
          case DESCRIBE -> (long) qe.execDescribe().size();
          default -> throw new IllegalArgumentException("unsupported query type " + query.queryType());
        };
      }
    });
  }

  private static long count(ResultSet rs) {
    long n = 0;
    while (rs.hasNext()) {
      rs.nextBinding();
      n++;
    }
    return n;
  }
}
