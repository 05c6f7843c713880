package org.geokg.batch;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;

/**
 * The build loop: documents in, one committed named graph per document out, with extraction in
 * parallel and commits in input order.
 *
 * <pre>
 *   reader thread ──► pending (bounded, input order) ──► writer (the caller's thread) ──► TDB2
 *         └────────► tasks ──► N worker threads ──► extracted graphs, picked up in order
 * </pre>
 *
 * <ul>
 *   <li>One reader thread runs the source (e.g. {@code DocumentSource}), which pushes documents and
 *       errors one at a time. Each input takes a place in the bounded {@code pending} queue, so the
 *       reader blocks once {@link BatchOptions#queueCapacity()} documents are ahead of the writer:
 *       memory is bounded for any corpus size. Documents already stored are recognised here by the
 *       hash of their text (a read transaction) and never extracted; oversized ones are refused here.
 *   <li>{@link BatchOptions#threads()} worker threads share the one (thread-safe) {@link Extractor}.
 *   <li>The caller's thread is the single writer. It takes inputs in input order, waits for each
 *       one's extraction, and commits it in a write transaction together with the documents after it
 *       whose extraction is already done (none while extraction is the slower side): a crash leaves
 *       every document whole or absent, two runs over the same inputs commit in the same order, and a
 *       large store pays its per-commit flush once for several documents.
 *   <li>Time budget: a document whose extraction has run longer than {@link BatchOptions#docTimeout()}
 *       is reported and skipped. CoreNLP cannot be stopped reliably, so its worker is interrupted,
 *       abandoned (it is a daemon thread and exits when the extraction returns) and replaced. When
 *       more than {@link BatchOptions#maxAbandoned()} abandoned workers are still stuck, the batch
 *       stops, because each holds a thread and its document's memory.
 * </ul>
 *
 * <p>Only a failure of the store itself ({@link StoreException}) ends the batch with an exception;
 * every problem with one input is reported to the {@link BatchListener} and the batch goes on.
 */
public final class BatchBuilder {
  /** How often the writer looks again at a document no worker has started yet. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Extractor extractor;
  private final GeoStore store;
  private final BatchOptions options;
  private final BatchListener listener;

  public BatchBuilder(Extractor extractor, GeoStore store, BatchOptions options, BatchListener listener) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.store = Objects.requireNonNull(store, "store");
    this.options = Objects.requireNonNull(options, "options");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Runs a batch. {@code source} is run on a reader thread and pushes the inputs into the sink it is
   * given, in order; for files, {@code sink -> DocumentSource.read(inputs, sink)}. It may be stopped
   * early by an unchecked exception thrown from the sink.
   *
   * @throws StoreException if the store fails; documents committed before stay committed
   */
  public BatchResult run(Consumer<DocumentSink> source) {
    return new Run(source).execute();
  }

  /** "300s", "0.5s": the time budget as the error message gives it. */
  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + "s" : BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
  }

  /** One line for a failure, without the document name that extraction errors start with. */
  static String describe(Throwable e, String name) {
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = msg.strip().replaceAll("\\s*\\R\\s*", " ");
    if (line.startsWith(name + ": ")) {
      line = line.substring(name.length() + 2);
    }
    boolean ours = e.getClass().getName().startsWith("org.geokg.") || e instanceof IllegalArgumentException;
    return ours ? line : e.getClass().getSimpleName() + ": " + line;
  }

  /** Thrown through the source to stop the reader when the batch stops early. */
  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super("batch stopped", null, false, false);
    }
  }

  /** The state of one call to {@link #run}. */
  private final class Run {
    final Consumer<DocumentSink> source;
    final BlockingQueue<Slot> pending = new ArrayBlockingQueue<>(options.queueCapacity());
    // Unbounded in type, bounded in fact: every task is also in pending.
    final BlockingQueue<Slot> tasks = new LinkedBlockingQueue<>();
    final Slot poison = Slot.end(null);
    final AtomicInteger abandonedLive = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger peakInFlight = new AtomicInteger();
    final List<Worker> workers = new ArrayList<>();
    volatile boolean stopping;
    int workerNumber;
    Thread reader;

    long stored;
    long skipped;
    long failed;
    long overBudget;
    long sentences;
    long tokens;
    long entities;
    final Map<String, Long> claimsByRelation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String stopReason;

    Run(Consumer<DocumentSink> source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    BatchResult execute() {
      for (int i = 0; i < options.threads(); i++) {
        startWorker();
      }
      reader = new Thread(this::read, "geokg-reader");
      reader.setDaemon(true);
      reader.start();
      try {
        write();
      } finally {
        shutdown();
      }
      return new BatchResult(stored, skipped, failed, overBudget, sentences, tokens, entities,
          claimsByRelation, peakInFlight.get(), Optional.ofNullable(stopReason));
    }

    private void startWorker() {
      Worker w = new Worker(extractor, tasks, poison, abandonedLive, ++workerNumber);
      workers.add(w);
      w.thread.start();
    }

    // ---- the reader thread

    private void read() {
      Throwable failure = null;
      try {
        source.accept(new DocumentSink() {
          @Override
          public void accept(Document document) {
            admit(document);
          }

          @Override
          public void reject(DocumentError error) {
            enqueue(Slot.rejected(error.name(), error.reason()));
          }
        });
      } catch (StopReading e) {
        return;
      } catch (Throwable t) {
        failure = t;
      }
      try {
        pending.put(Slot.end(failure));
      } catch (InterruptedException e) {
        // Interrupted only when the writer has stopped and no longer waits for the end.
      }
    }

    private void admit(Document d) {
      if (stopping) {
        throw new StopReading();
      }
      if (d.text().length() > options.maxChars()) {
        enqueue(Slot.rejected(d.name(), String.format("%,d characters, over the limit of %,d"
            + " (--max-chars); skipped", d.text().length(), options.maxChars())));
        return;
      }
      if (!options.force() && store.containsDocument(Iris.document(d.id()))) {
        enqueue(Slot.skipped(d.name()));
        return;
      }
      Slot s = Slot.document(d);
      peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      enqueue(s);
      tasks.add(s);
    }

    private void enqueue(Slot s) {
      if (stopping) {
        throw new StopReading();
      }
      try {
        pending.put(s);
      } catch (InterruptedException e) {
        throw new StopReading();
      }
    }

    // ---- the writer: the caller's thread

    private void write() {
      while (stopReason == null) {
        Slot s;
        try {
          s = pending.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopReason = "interrupted";
          return;
        }
        switch (s.kind) {
          case END -> {
            if (s.readerFailure instanceof RuntimeException r) {
              throw r;
            }
            if (s.readerFailure instanceof Error err) {
              throw err;
            }
            if (s.readerFailure != null) {
              throw new IllegalStateException("reading the inputs failed: " + s.readerFailure, s.readerFailure);
            }
            return;
          }
          case REJECTED -> {
            failed++;
            listener.failed(s.name, s.reason);
          }
          case SKIPPED -> {
            skipped++;
            listener.skipped(s.name, s.reason);
          }
          case DOCUMENT -> {
            List<Slot> group = new ArrayList<>(List.of(s));
            try {
              if (extracted(s)) {
                takeReady(group);
                commit(group);
              }
            } finally {
              inFlight.addAndGet(-group.size());
              // Left in the queue while committed, so they counted against its capacity until now.
              for (int i = 1; i < group.size(); i++) {
                pending.poll();
              }
            }
          }
        }
      }
    }

    /** Waits for {@code s}'s extraction; false (and reported) if it failed or went over the budget. */
    private boolean extracted(Slot s) {
      if (!awaitExtraction(s)) {
        if (s.worker == null || stopReason != null && stopReason.equals("interrupted")) {
          failed++;
          listener.failed(s.name, "interrupted, skipped");
          return false;
        }
        failed++;
        overBudget++;
        listener.failed(s.name, "over the time budget of " + seconds(options.docTimeout()) + ", skipped");
        abandon(s);
        return false;
      }
      if (s.error != null) {
        failed++;
        listener.failed(s.name, describe(s.error, s.name));
        return false;
      }
      return true;
    }

    /**
     * Adds to {@code group} the documents next in input order whose extraction has already succeeded,
     * without waiting or taking them off the queue (the caller does, once they are committed): while extraction keeps ahead of the writer nothing is waiting and each document
     * is its own commit; once commits are the slower side (a large store), they take several at once.
     */
    private void takeReady(List<Slot> group) {
      // Only this thread takes from the queue: its head stays what the iterator saw.
      for (Slot next : pending) {
        if (next.kind != Slot.Kind.DOCUMENT || next.done.getCount() != 0 || next.error != null) {
          return;
        }
        group.add(next);
      }
    }

    /** Commits the extracted documents of {@code group} in one write transaction, in input order. */
    private void commit(List<Slot> group) {
      if (group.size() == 1) {
        commit(group.get(0));
        return;
      }
      boolean[] written;
      try {
        written = store.putDocuments(group.stream().map(s -> s.graph).toList(), options.force());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        // One of them cannot be stored and nothing of the group was: one by one, so only it fails.
        group.forEach(this::commit);
        return;
      }
      for (int i = 0; i < group.size(); i++) {
        stored(group.get(i), written[i]);
      }
    }

    private void commit(Slot s) {
      DocumentGraph g = s.graph;
      boolean written;
      try {
        if (options.force()) {
          store.putDocument(g);
          written = true;
        } else {
          written = store.putDocumentIfAbsent(g);
        }
      } catch (StoreException e) {
        throw e; // the store itself failed: every later document would fail the same way
      } catch (RuntimeException e) {
        failed++;
        listener.failed(s.name, "cannot store: " + describe(e, s.name));
        return;
      }
      stored(s, written);
    }

    private void stored(Slot s, boolean written) {
      if (!written) {
        // The same text earlier in this batch was committed after this one was read.
        skipped++;
        listener.skipped(s.name, "already stored");
        return;
      }
      DocumentGraph g = s.graph;
      stored++;
      DocumentGraph.Stats stats = g.stats();
      if (stats != null) {
        sentences += stats.sentences();
        tokens += stats.tokens();
        entities += stats.entities();
        stats.claimsByRelation().forEach((r, n) -> claimsByRelation.merge(r, (long) n, Long::sum));
      }
      listener.stored(g.document(), stats);
    }

    /** Waits for {@code s}'s extraction; false if it went over the budget (and is now abandoned). */
    private boolean awaitExtraction(Slot s) {
      long budget = options.docTimeout().toNanos();
      boolean interrupted = false;
      try {
        while (true) {
          long wait = POLL_NANOS;
          if (s.state.get() == Slot.RUNNING) {
            wait = s.startedNanos + budget - System.nanoTime();
            if (wait <= 0 && s.state.compareAndSet(Slot.RUNNING, Slot.ABANDONED)) {
              return false;
            }
          }
          try {
            if (s.done.await(Math.max(wait, 1), TimeUnit.NANOSECONDS)) {
              return true;
            }
          } catch (InterruptedException e) {
            // The caller wants out: give up on this document unless it has just finished.
            interrupted = true;
            stopReason = "interrupted";
            if (s.state.compareAndSet(Slot.RUNNING, Slot.ABANDONED)
                || s.state.compareAndSet(Slot.QUEUED, Slot.ABANDONED)) {
              return false;
            }
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void abandon(Slot s) {
      Worker w = s.worker;
      if (w == null) {
        return; // abandoned before any worker took it (only on interrupt)
      }
      workers.remove(w);
      // CoreNLP checks the interrupt flag in places; if it does here, the thread comes back sooner.
      w.thread.interrupt();
      int stuck = abandonedLive.incrementAndGet();
      if (stuck > options.maxAbandoned()) {
        stopReason = String.format("%d workers are stuck on documents over the time budget (limit %d,"
            + " --max-abandoned); stopped before reading the remaining inputs", stuck, options.maxAbandoned());
        return;
      }
      startWorker();
    }

    private void shutdown() {
      stopping = true;
      if (reader != null && reader.isAlive()) {
        reader.interrupt();
      }
      // Queued work is dropped; each live worker finishes what it is doing and takes a poison pill.
      tasks.clear();
      for (int i = 0; i < workers.size(); i++) {
        tasks.add(poison);
      }
    }
  }
}
