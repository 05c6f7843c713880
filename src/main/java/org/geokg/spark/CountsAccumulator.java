package org.geokg.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/** Counts by key (claims by relation) summed over tasks. */
final class CountsAccumulator extends AccumulatorV2<Map<String, Integer>, Map<String, Long>> {
  private static final long serialVersionUID = 1L;
  private final TreeMap<String, Long> counts = new TreeMap<>();

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public CountsAccumulator copy() {
    CountsAccumulator c = new CountsAccumulator();
    synchronized (this) {
      c.counts.putAll(counts);
    }
    return c;
  }

  @Override
  public synchronized void reset() {
    counts.clear();
  }

  @Override
  public synchronized void add(Map<String, Integer> v) {
    v.forEach((k, n) -> counts.merge(k, (long) n, Long::sum));
  }

  @Override
  public synchronized void merge(AccumulatorV2<Map<String, Integer>, Map<String, Long>> other) {
    other.value().forEach((k, n) -> counts.merge(k, n, Long::sum));
  }

  @Override
  public synchronized Map<String, Long> value() {
    return new TreeMap<>(counts);
  }
}
