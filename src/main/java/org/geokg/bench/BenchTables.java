package org.geokg.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@code geokg bench} as the report holds them (maps, for JSON) and as they are
 * printed: speed, per-stage times, the summary of all configurations, and the targets of issue 4.
 */
final class BenchTables {
  /** The stages in pipeline order, for the tables. */
  static final List<String> ORDER = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "link", "select",
      "depparse", "mention", "coref", "dates", "extract", "rdf", "commit");
  private static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse",
      "mention", "coref", "dates");

  private BenchTables() {}

  /** Tokens, documents, seconds and both rates of one timed run. */
  static Map<String, Object> speed(long tokens, long docs, long nanos) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tokens", tokens);
    m.put("documents", docs);
    m.put("seconds", nanos / 1e9);
    m.put("tokens_per_s", BenchFigures.perSecond(tokens, nanos));
    m.put("documents_per_s", BenchFigures.perSecond(docs, nanos));
    return m;
  }

  /** Each stage's seconds and share of {@code total}, in pipeline order. */
  static Map<String, Object> stageTable(Map<String, Long> stages, long total) {
    Map<String, Object> m = new LinkedHashMap<>();
    BenchFigures.ordered(stages, ORDER).forEach((k, v) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("seconds", v / 1e9);
      row.put("share", total <= 0 ? 0.0 : (double) v / total);
      m.put(k, row);
    });
    return m;
  }

  /** Prints the stage table, CoreNLP's annotators marked, and the time no stage accounts for. */
  static void printStages(PrintStream out, Map<String, Long> stages, long total) {
    Map<String, Long> ordered = BenchFigures.ordered(stages, ORDER);
    long accounted = ordered.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder sb = new StringBuilder("  stage        seconds   share\n");
    ordered.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-11s %8.2f  %5.1f%%%s%n", k, v / 1e9,
        100.0 * v / Math.max(1, total), ANNOTATORS.contains(k) ? "  (CoreNLP)" : "")));
    sb.append(String.format(Locale.ROOT, "  %-11s %8.2f  %5.1f%%%n", "other", (total - accounted) / 1e9,
        100.0 * (total - accounted) / Math.max(1, total)));
    out.print(sb);
  }

  /**
   * The targets of issue 4, each with its value, bound and whether it is met (null when not measured).
   *
   * @param report the report so far: {@code geokg} and, when run, {@code stock} and {@code cold_start}
   * @param peakHeap the live heap's peak over the default profile's run, in bytes
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> targets(Map<String, Object> report, long peakHeap) {
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> g = (Map<String, Object>) report.get("geokg");
    double geokgRate = (double) g.get("tokens_per_s");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock");
    double stockRate = stock == null ? Double.NaN : (double) stock.get("tokens_per_s");
    Map<String, Object> threads = (Map<String, Object>) g.get("threads");
    Map<String, Object> cold = (Map<String, Object>) report.get("cold_start");
    t.put("tokens_per_s_per_core", target(geokgRate, ">=", 3000));
    t.put("ratio_to_stock", target(BenchFigures.ratio(geokgRate, stockRate), ">=", 7));
    t.put("threads_speedup", target((double) threads.get("speedup"), ">=", 1.8));
    t.put("heap_peak_live_gb", target(peakHeap / (double) (1L << 30), "<=", 3));
    t.put("heap_after_load_gb", target(((Number) g.get("heap_after_load_mb")).doubleValue() / 1024, "<=", 3));
    t.put("cold_start_s", target(cold == null || !cold.containsKey("seconds") ? Double.NaN
        : (double) cold.get("seconds"), "<=", 15));
    t.put("rdf_and_commit_share", target((double) g.get("rdf_and_commit_share"), "<=", 0.10));
    return t;
  }

  private static Map<String, Object> target(double value, String op, double bound) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("target", op + " " + bound);
    m.put("met", Double.isNaN(value) ? null : op.equals(">=") ? value >= bound : value <= bound);
    return m;
  }

  /** Prints every configuration's speed and seed figures side by side, then the targets. */
  @SuppressWarnings("unchecked")
  static void printSummary(PrintStream out, Map<String, Object> report) {
    out.println("== summary (one thread, warm, same documents, same run) ==");
    out.printf(Locale.ROOT, "%-34s %12s %10s %8s %7s %7s %7s%n", "configuration", "tokens/s", "docs/s", "× stock",
        "seed P", "seed R", "seed F1");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock");
    double stockRate = stock == null ? Double.NaN : (double) stock.get("tokens_per_s");
    List<Map<String, Object>> rows = new ArrayList<>();
    if (stock != null) {
      rows.add(stock);
    }
    rows.add((Map<String, Object>) report.get("geokg"));
    rows.addAll((List<Map<String, Object>>) report.get("geokg_profiles"));
    for (Map<String, Object> r : rows) {
      Map<String, Object> seed = (Map<String, Object>) r.get("seed");
      double rate = (double) r.get("tokens_per_s");
      out.printf(Locale.ROOT, "%-34s %12.0f %10.2f %8.2f %7s %7s %7s%n", r.get("label")
          + (r == stock ? " (geokg on it: seed)" : ""), rate, (double) r.get("documents_per_s"),
          BenchFigures.ratio(rate, stockRate), fmt(seed, "precision"), fmt(seed, "recall"), fmt(seed, "f1"));
    }
    out.println();
    out.println("== targets (issue 4) ==");
    Map<String, Object> targets = (Map<String, Object>) report.get("targets");
    targets.forEach((k, v) -> {
      Map<String, Object> m = (Map<String, Object>) v;
      Object met = m.get("met");
      out.printf(Locale.ROOT, "%-24s %10.2f  target %-8s %s%n", k, (double) m.get("value"), m.get("target"),
          met == null ? "n/a" : (Boolean) met ? "met" : "MISSED");
    });
  }

  private static String fmt(Map<String, Object> seed, String key) {
    Object v = seed == null ? null : seed.get(key);
    return v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : "-";
  }
}
