package org.geokg.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link BatchBuilder} runs.
 *
 * @param threads extraction threads (the writer is one more); at least 1
 * @param docTimeout the time budget of one document's extraction, counted from when a worker starts
 *     it; a document over budget is reported and skipped
 * @param maxChars documents with more characters than this are reported and skipped before any
 *     extraction: past a size, extraction cannot finish within any reasonable budget
 * @param force re-extract and replace documents that are already stored
 * @param maxAbandoned how many workers may be left stuck on over-budget documents at once before the
 *     batch stops: each holds a thread and its document's memory until its extraction returns
 * @param queueCapacity documents read ahead of the writer (queued, in extraction, or extracted and
 *     waiting for their turn to be committed); bounds memory whatever the corpus size: at most this
 *     many plus two documents (the one being committed, the one the reader hands over) are held
 */
public record BatchOptions(
    int threads, Duration docTimeout, long maxChars, boolean force, int maxAbandoned, int queueCapacity) {

  /** The default time budget per document: 300 s. */
  public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(300);

  /**
   * The default size cap: 1,000,000 characters, about 170,000 tokens. At CoreNLP's few hundred
   * tokens per second per thread such a document already needs longer than the default budget, so
   * the cap only turns a sure time-out into an immediate, clearer error.
   */
  public static final long DEFAULT_MAX_CHARS = 1_000_000L;

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Objects.requireNonNull(docTimeout, "docTimeout");
    if (docTimeout.isNegative() || docTimeout.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive: " + docTimeout);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    if (maxAbandoned < 0) {
      throw new IllegalArgumentException("maxAbandoned must not be negative: " + maxAbandoned);
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity);
    }
  }

  /** The defaults for {@code threads} extraction threads. */
  public static BatchOptions defaults(int threads) {
    return new BatchOptions(threads, DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_CHARS, false,
        defaultMaxAbandoned(threads), defaultQueueCapacity(threads));
  }

  /** The defaults with one extraction thread per available processor. */
  public static BatchOptions defaults() {
    return defaults(Runtime.getRuntime().availableProcessors());
  }

  /** Four documents per thread: enough that a slow document does not idle the other workers. */
  public static int defaultQueueCapacity(int threads) {
    return Math.max(8, 4 * threads);
  }

  /** As many stuck workers as live ones, and at least 2. */
  public static int defaultMaxAbandoned(int threads) {
    return Math.max(2, threads);
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(n, docTimeout, maxChars, force, maxAbandoned, queueCapacity);
  }

  public BatchOptions withDocTimeout(Duration d) {
    return new BatchOptions(threads, d, maxChars, force, maxAbandoned, queueCapacity);
  }

  public BatchOptions withMaxChars(long n) {
    return new BatchOptions(threads, docTimeout, n, force, maxAbandoned, queueCapacity);
  }

  public BatchOptions withForce(boolean f) {
    return new BatchOptions(threads, docTimeout, maxChars, f, maxAbandoned, queueCapacity);
  }

  public BatchOptions withMaxAbandoned(int n) {
    return new BatchOptions(threads, docTimeout, maxChars, force, n, queueCapacity);
  }

  public BatchOptions withQueueCapacity(int n) {
    return new BatchOptions(threads, docTimeout, maxChars, force, maxAbandoned, n);
  }
}
