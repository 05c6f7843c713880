package org.geokg.batch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.Extractor;

/**
 * One extraction thread of a {@link BatchBuilder} run: takes documents from the run's task queue,
 * extracts them, and hands each graph or error to its {@link Slot}, until it takes the poison slot.
 * Replaced, not reused, when the writer abandons it on an over-budget document: it then exits as soon
 * as that extraction returns, and takes itself off the count of abandoned workers still running.
 */
final class Worker implements Runnable {
  private final Extractor extractor;
  private final BlockingQueue<Slot> tasks;
  private final Slot poison;
  private final AtomicInteger abandonedLive;
  final Thread thread;

  /**
   * A worker (its thread not started) sharing the run's {@code tasks}, stopped by {@code poison}, and
   * decrementing {@code abandonedLive} when it finds itself abandoned; its thread is named by {@code number}.
   */
  Worker(Extractor extractor, BlockingQueue<Slot> tasks, Slot poison, AtomicInteger abandonedLive, int number) {
    this.extractor = extractor;
    this.tasks = tasks;
    this.poison = poison;
    this.abandonedLive = abandonedLive;
    this.thread = new Thread(this, "geokg-extract-" + number);
    // Daemon: an abandoned worker stuck in CoreNLP must not keep the JVM alive after the batch.
    thread.setDaemon(true);
  }

  @Override
  public void run() {
    while (true) {
      Slot s;
      try {
        s = tasks.take();
      } catch (InterruptedException e) {
        return;
      }
      if (s == poison) {
        return;
      }
      s.worker = this;
      s.startedNanos = System.nanoTime();
      if (!s.state.compareAndSet(Slot.QUEUED, Slot.RUNNING)) {
        continue;
      }
      try {
        s.graph = extractor.extract(s.document);
      } catch (Throwable t) {
        // Errors too (StackOverflowError on a monster sentence, OutOfMemoryError): the document
        // fails, its memory is garbage now, and the batch goes on.
        s.error = t;
      }
      if (s.state.compareAndSet(Slot.RUNNING, Slot.DONE)) {
        s.done.countDown();
      } else {
        // The writer gave up on this document and started a replacement: this thread is surplus.
        abandonedLive.decrementAndGet();
        return;
      }
    }
  }
}
