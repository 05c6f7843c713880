package org.geokg.bench;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.geokg.ClaimExtractor;
import org.geokg.link.Gazetteer;
import org.geokg.query.Paging;
import org.geokg.query.QueryRunner;
import org.geokg.query.SavedQueries;
import org.geokg.query.SavedQuery;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;

/**
 * {@code geokg bench-queries}: the saved queries timed on a large store of synthesised documents.
 * Makes the store when the folder does not already hold a generated one of the requested size (see
 * {@link SyntheticStore}), then times every saved query as {@code geokg query NAME} runs it, with
 * its default parameters, and prints one row per query: rows, median, p90 and fastest time, and
 * whether the median meets the target.
 */
public final class QueryBench {
  /** Synthesised documents are dated over four years from this day. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 4 * 365;

  /**
   * What to run.
   *
   * @param store the store folder: reused, replaced (when generated here and too small) or filled
   * @param triples the least number of distinct triples the store must hold before inference
   * @param runs timed runs per query
   * @param warmups untimed runs per query first
   * @param budget time after which a query's timed runs stop early (at least 3 are made)
   * @param sentencesPerDocument claim-bearing sentences per synthesised document
   * @param seed the random seed of the synthesis
   * @param inputs the real documents the sentences and claims come from
   * @param targetMillis the median each query should stay within
   * @param regenerate make the store anew even if the one there is big enough
   */
  public record Options(Path store, long triples, int runs, int warmups, Duration budget, int sentencesPerDocument,
      long seed, List<Path> inputs, double targetMillis, boolean regenerate) {}

  /**
   * Adding documents (see {@link AddBench}), after the queries.
   *
   * @param sizes how many documents to add to the store of {@link Options#triples()} (1, 10, 100)
   * @param repeats timings per size and store, whose median is reported
   * @param largeStore the folder of the larger store (made here, as the main one is)
   * @param largeTriples its least number of triples (3M)
   * @param largeDocs how many documents to add to it
   * @param work where the copies and the empty stores are made and deleted
   */
  public record Adds(List<Integer> sizes, int repeats, Path largeStore, long largeTriples, int largeDocs, Path work) {}

  private final Options options;
  private final Supplier<ClaimExtractor> extractor;
  private final PrintStream out;
  private Adds adds;
  private boolean queries = true;
  private ClaimExtractor loaded;
  private List<ClaimedSentence> pool;
  private Gazetteer gazetteer;

  /**
   * @param extractor called only when the store has to be made: loading CoreNLP takes a while
   */
  public QueryBench(Options options, Supplier<ClaimExtractor> extractor, PrintStream out) {
    this.options = options;
    this.extractor = extractor;
    this.out = out;
  }

  /** Times the adds only, not the queries. */
  public QueryBench withoutQueries() {
    this.queries = false;
    return this;
  }

  /** Also times adding documents, after the queries. */
  public QueryBench withAdds(Adds adds) {
    this.adds = adds;
    return this;
  }

  /** Makes or reuses the store, times the queries, prints the table and returns the figures (for JSON). */
  public Map<String, Object> run() {
    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("processors", Runtime.getRuntime().availableProcessors());
    setup.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
    setup.put("java", Runtime.version().toString());
    setup.put("runs", options.runs());
    setup.put("warmups", options.warmups());
    setup.put("target_median_ms", options.targetMillis());
    setup.put("load_average_start", loadAverage());
    report.put("setup", setup);
    out.printf(Locale.ROOT, "geokg bench-queries: %d processors, heap max %,d MB, system load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    report.put("store", prepareStore(options.store(), options.triples()));
    if (queries) {
      try (GeoStore store = GeoStore.open(options.store())) {
        report.put("queries", timeQueries(store, false));
        // What a user asks: each query with the example values its parameters document bound.
        report.put("queries_with_example_parameters", timeQueries(store, true));
      }
    }
    if (adds != null) {
      report.put("adds", timeAdds());
    }
    // Other processes' load slows every query: the figures are comparable only at a like load.
    setup.put("load_average_end", loadAverage());
    out.printf(Locale.ROOT, "system load average at the end %.2f%n", loadAverage());
    return report;
  }

  private List<Map<String, Object>> timeAdds() {
    harvest();
    DocumentSynthesiser synthesiser = new DocumentSynthesiser(pool, gazetteer, options.seed() + 1,
        options.sentencesPerDocument(), FIRST_DAY, DAYS);
    int most = Math.max(adds.largeDocs(), adds.sizes().stream().mapToInt(Integer::intValue).max().orElse(0));
    List<org.geokg.doc.Document> docs = new ArrayList<>();
    for (int i = 0; docs.size() < most; i++) {
      docs.add(synthesiser.document(i).document()); // another seed: none of them is in the stores
    }
    AddBench bench = new AddBench(loaded, adds.work(), out);
    List<Map<String, Object>> rows = new ArrayList<>(
        bench.run(options.store(), millions(options.triples()), docs, adds.sizes(), adds.repeats()));
    if (adds.largeDocs() > 0) {
      Map<String, Object> large = prepareStore(adds.largeStore(), adds.largeTriples());
      rows.addAll(bench.run(adds.largeStore(), millions(adds.largeTriples()), docs, List.of(adds.largeDocs()),
          adds.repeats()));
      rows.add(Map.of("large_store", large));
    }
    return rows;
  }

  private static String millions(long triples) {
    return triples >= 1_000_000 && triples % 1_000_000 == 0 ? (triples / 1_000_000) + "M" : String.format("%,d", triples);
  }

  /** Loads the extractor (once) and reads the real claims (once). */
  private void harvest() {
    if (pool != null) {
      return;
    }
    for (Path p : options.inputs()) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    long t0 = System.nanoTime();
    loaded = extractor.get();
    pool = ClaimedSentence.harvest(loaded, options.inputs(), out);
    gazetteer = loaded.gazetteer();
    long claims = pool.stream().mapToLong(s -> s.claims().size()).sum();
    out.printf(Locale.ROOT, "real claims: %,d claim-bearing sentences with %,d claims from %s (extractor loaded and run"
        + " in %.1f s)%n", pool.size(), claims, options.inputs(), (System.nanoTime() - t0) / 1e9);
  }

  private Map<String, Object> prepareStore(Path dir, long triples) {
    Optional<Properties> marker = SyntheticStore.marker(dir);
    long have = marker.map(p -> Long.parseLong(p.getProperty("triples", "0"))).orElse(0L);
    if (marker.isPresent() && have >= triples && !options.regenerate()
        && !SyntheticStore.DERIVED_VERSION.equals(marker.get().getProperty("derived"))) {
      // Made by an earlier version, without graph:summary: derive it here rather than make it all anew.
      long t0 = System.nanoTime();
      try (GeoStore store = GeoStore.open(dir)) {
        store.recomputeDerived();
      }
      SyntheticStore.markDerived(dir);
      out.printf(Locale.ROOT, "store %s: graph:inferred and graph:summary computed anew in %.1f s (generated by an"
          + " earlier version)%n", dir, (System.nanoTime() - t0) / 1e9);
      marker = SyntheticStore.marker(dir);
    }
    if (marker.isPresent() && have >= triples && !options.regenerate()) {
      Map<String, Object> figures = new LinkedHashMap<>();
      Properties m = marker.get();
      m.stringPropertyNames().stream().sorted().forEach(k -> figures.put(k, number(m.getProperty(k))));
      figures.put("reused", true);
      out.printf(Locale.ROOT, "store %s: reused (generated earlier: %s documents, %s claims, %,d triples, %s quads)%n",
          dir, marker.get().getProperty("documents"), marker.get().getProperty("claims"), have,
          marker.get().getProperty("quads"));
      return figures;
    }
    if (marker.isPresent()) {
      delete(dir); // generated here before, and too small or asked for anew
    } else if (Files.isDirectory(dir) && !isEmptyFolder(dir)) {
      throw new StoreException("--store " + dir + " holds files that bench-queries did not generate;"
          + " give a new or empty folder (the benchmark never writes into another store)");
    }
    return generate(dir, triples);
  }

  private Map<String, Object> generate(Path dir, long triples) {
    long t0 = System.nanoTime();
    // Checked only here: a store that is reused needs no corpus. The extractor stays loaded for the adds.
    harvest();
    double harvest = (System.nanoTime() - t0) / 1e9;
    long claims = pool.stream().mapToLong(s -> s.claims().size()).sum();
    DocumentSynthesiser synthesiser = new DocumentSynthesiser(pool, gazetteer, options.seed(),
        options.sentencesPerDocument(), FIRST_DAY, DAYS);
    SyntheticStore.Figures f;
    try (GeoStore store = GeoStore.open(dir)) {
      f = SyntheticStore.fill(store, synthesiser, gazetteer, triples);
    }
    double total = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "store %s: generated %,d documents, %,d claims, %,d triples before inference; %,d quads"
        + " with graph:inferred%n", dir, f.documents(), f.claims(), f.triples(), f.quads());
    out.printf(Locale.ROOT, "generation: %.1f s (real claims %.1f s, synthesis + bulk load %.1f s, inference %.1f s)%n",
        total, harvest, f.loadSeconds(), f.inferenceSeconds());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("reused", false);
    figures.put("source_sentences", pool.size());
    figures.put("source_claims", claims);
    figures.put("documents", f.documents());
    figures.put("claims", f.claims());
    figures.put("triples", f.triples());
    figures.put("quads", f.quads());
    figures.put("generation_s", total);
    figures.put("real_claims_s", harvest);
    figures.put("load_s", f.loadSeconds());
    figures.put("inference_s", f.inferenceSeconds());
    return figures;
  }

  /** The example values a query's parameters document ("e.g. state:USA"), by parameter name. */
  static Map<String, String> exampleParameters(SavedQuery q) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SavedQuery.Param p : q.params()) {
      java.util.regex.Matcher m = EXAMPLE.matcher(p.description());
      if (m.find()) {
        out.put(p.name(), m.group(1));
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("e\\.g\\. ([^\\s,;)]+)");

  private List<Map<String, Object>> timeQueries(GeoStore store, boolean examples) {
    // As `geokg query NAME` finds them: ./queries in a checkout, else the copy in the jar.
    SavedQueries saved = SavedQueries.load();
    QueryRunner runner = new QueryRunner(saved);
    List<SavedQuery> queries = saved.list();
    out.printf(Locale.ROOT, "%nsaved queries, %s, union default graph, as `geokg query` runs them: the first"
        + " page (limit %d) and the count of the rest; %d warm-up + up to %d timed runs each (stopping after %d s);"
        + " --all: every row, as many runs%n", examples ? "the example parameters of their '# param:' lines bound"
        : "default parameters", Paging.DEFAULT_LIMIT, options.warmups(), options.runs(), options.budget().toSeconds());
    out.printf(Locale.ROOT, "%-26s %6s %9s %5s %10s %10s %10s  %-16s %9s %12s%n", "query", "rows", "more", "runs",
        "median ms", "p90 ms", "min ms", "median ≤ " + fmt(options.targetMillis()) + " ms", "--all rows",
        "--all median");
    List<Map<String, Object>> rows = new ArrayList<>();
    int met = 0;
    int timed = 0;
    for (SavedQuery q : queries) {
      Map<String, String> params = examples ? exampleParameters(q) : Map.of();
      if (examples && params.isEmpty()) {
        continue;
      }
      timed++;
      Query prepared = runner.prepare(q.name(), params);
      // As `geokg query NAME` runs it: the first page of the default limit, and the count of the rest.
      Paging.Page first = Paging.Page.first();
      QueryTimer.Timing t = QueryTimer.time(store, q.name(), prepared, first, options.warmups(), options.runs(),
          options.budget());
      long more = store.read(ds -> Paging.select(x -> org.apache.jena.query.QueryExecution.dataset(ds).query(x)
          .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build(), prepared, first).more());
      // Warm already; at least three runs, more while the budget lasts.
      QueryTimer.Timing all = QueryTimer.time(store, q.name(), prepared, Paging.Page.all(0), 0,
          options.runs(), options.budget());
      boolean ok = t.median() <= options.targetMillis();
      met += ok ? 1 : 0;
      out.printf(Locale.ROOT, "%-26s %,6d %,9d %5d %10.1f %10.1f %10.1f  %-16s %,9d %12.1f%s%n", q.name(), t.rows(),
          more, t.runs(), t.median(), t.p90(), t.min(), ok ? "met" : "MISSED", all.rows(), all.median(),
          params.isEmpty() ? "" : "  " + params);
      out.flush();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("query", q.name());
      row.put("parameters", params);
      row.put("rows", t.rows());
      row.put("more_rows", more);
      row.put("runs", t.runs());
      row.put("median_ms", t.median());
      row.put("p90_ms", t.p90());
      row.put("min_ms", t.min());
      row.put("met", ok);
      row.put("all_rows", all.rows());
      row.put("all_median_ms", all.median());
      rows.add(row);
    }
    out.printf(Locale.ROOT, "%d of %d saved queries met median ≤ %s ms; store: %,d quads%n", met, timed,
        fmt(options.targetMillis()), store.quadCount());
    return rows;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static Object number(String s) {
    try {
      return s.contains(".") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
    } catch (NumberFormatException e) {
      return s;
    }
  }

  private static boolean isEmptyFolder(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try {
      // A folder the marker says this benchmark generated: nothing else lives there.
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
