package org.geokg.nlp;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent per stage of the extraction path (each CoreNLP annotator by its name, then
 * {@code link}, {@code extract}, {@code rdf}), summed over every thread since the last
 * {@link #reset()}. Always on: two {@code System.nanoTime()} calls per stage and document. Read by
 * {@code geokg bench}.
 */
public final class StageTimes {
  private static final StageTimes GLOBAL = new StageTimes();

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** The process-wide accumulator that the pipeline and the extractor write to. */
  public static StageTimes global() {
    return GLOBAL;
  }

  /** Adds the time since {@code startNanos} (a {@code System.nanoTime()} value) to {@code stage}. */
  public void since(String stage, long startNanos) {
    add(stage, System.nanoTime() - startNanos);
  }

  public void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Adds to a counter (e.g. {@code sentences.parsed}). */
  public void count(String counter, long n) {
    counts.computeIfAbsent(counter, k -> new LongAdder()).add(n);
  }

  /** The counters so far. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Nanoseconds per stage so far. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public void reset() {
    nanos.clear();
    counts.clear();
  }
}
