package org.geokg.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.DocumentGraph;
import org.geokg.doc.Document;

/**
 * One input on its way from the reader to the writer of a {@link BatchBuilder} run: a document to
 * extract, or a rejected or already-stored input to report, or the end of the inputs. A document's
 * {@link #state} moves from {@link #QUEUED} to {@link #RUNNING} (a worker took it) to {@link #DONE}, or to
 * {@link #ABANDONED} when the writer gave up on it; {@link #done} opens once its graph or error is set.
 */
final class Slot {
  enum Kind { DOCUMENT, REJECTED, SKIPPED, END }

  static final int QUEUED = 0;
  static final int RUNNING = 1;
  static final int DONE = 2;
  static final int ABANDONED = 3;

  final Kind kind;
  final String name;
  final String reason;
  final Document document;
  final Throwable readerFailure;
  final AtomicInteger state = new AtomicInteger(QUEUED);
  final CountDownLatch done = new CountDownLatch(1);
  volatile long startedNanos;
  volatile Worker worker;
  // Written by the worker before done.countDown(), read by the writer after await(): ordered.
  DocumentGraph graph;
  Throwable error;

  private Slot(Kind kind, String name, String reason, Document document, Throwable readerFailure) {
    this.kind = kind;
    this.name = name;
    this.reason = reason;
    this.document = document;
    this.readerFailure = readerFailure;
  }

  static Slot document(Document d) {
    return new Slot(Kind.DOCUMENT, d.name(), null, d, null);
  }

  static Slot rejected(String name, String reason) {
    return new Slot(Kind.REJECTED, name, reason, null, null);
  }

  static Slot skipped(String name) {
    return new Slot(Kind.SKIPPED, name, "already stored", null, null);
  }

  static Slot end(Throwable readerFailure) {
    return new Slot(Kind.END, "", null, null, readerFailure);
  }
}
