package org.geokg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The arithmetic of {@code geokg bench}: rates, ratios, shares, and JSON for {@code --out}. */
public final class BenchFigures {
  private BenchFigures() {}

  /** Units per second; 0 when no time was measured. */
  public static double perSecond(long units, long nanos) {
    return nanos <= 0 ? 0 : units * 1e9 / nanos;
  }

  /** a / b; NaN when b is 0. */
  public static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }

  /** Each stage's share of {@code totalNanos} (0..1), in the stages' order. */
  public static Map<String, Double> shares(Map<String, Long> stageNanos, long totalNanos) {
    Map<String, Double> out = new LinkedHashMap<>();
    stageNanos.forEach((k, v) -> out.put(k, totalNanos <= 0 ? 0 : (double) v / totalNanos));
    return out;
  }

  /**
   * The nearest-rank percentile {@code p} (0 < p ≤ 1) of {@code values}: the smallest value with at
   * least a share p of the values at or below it (the median of 21 values is the 11th). NaN when empty.
   */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  /** The summed share of the named stages (absent ones count 0). */
  public static double shareOf(Map<String, Long> stageNanos, long totalNanos, List<String> stages) {
    long sum = 0;
    for (String s : stages) {
      sum += stageNanos.getOrDefault(s, 0L);
    }
    return totalNanos <= 0 ? 0 : (double) sum / totalNanos;
  }

  /** The stages in pipeline order: known ones first as listed, then the others by name. */
  public static Map<String, Long> ordered(Map<String, Long> stageNanos, List<String> order) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String s : order) {
      if (stageNanos.containsKey(s)) {
        out.put(s, stageNanos.get(s));
      }
    }
    stageNanos.keySet().stream().sorted().filter(k -> !out.containsKey(k)).forEach(k -> out.put(k, stageNanos.get(k)));
    return out;
  }

  /** JSON for maps (string keys), lists, strings, numbers, booleans and null; NaN and infinities as null. */
  public static String json(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append("  ".repeat(indent + 1));
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      sb.append("  ".repeat(indent)).append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(sb, l.get(i), indent + 1);
      }
      sb.append(']');
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        sb.append("null");
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        sb.append((long) d);
      } else {
        sb.append(String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
      }
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else {
      string(sb, v.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
