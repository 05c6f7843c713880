package org.geokg.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.DocumentGraph;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BatchBuilderTest {
  @TempDir java.nio.file.Path dir;
  private final List<LineClaimsExtractor> toRelease = new ArrayList<>();

  @AfterEach
  void releaseHangingWorkers() {
    toRelease.forEach(LineClaimsExtractor::release);
  }

  /** Document i has (i % 7) + 1 lines, so (i % 7) + 1 claims. */
  static Document doc(int i) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k <= i % 7; k++) {
      text.append("Line ").append(k).append(" of document ").append(i).append(".\n");
    }
    return Document.plain(String.format("doc-%04d.txt", i), text.toString(), LocalDate.of(2022, 1, 27));
  }

  static Consumer<DocumentSink> docs(int n) {
    return sink -> {
      for (int i = 0; i < n; i++) {
        sink.accept(doc(i));
      }
    };
  }

  static Consumer<DocumentSink> of(Document... documents) {
    return sink -> {
      for (Document d : documents) {
        sink.accept(d);
      }
    };
  }

  /** Records what the listener hears, in order. */
  static final class Events implements BatchListener {
    final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    final List<String> skipped = new ArrayList<>();
    final Map<String, String> failed = new HashMap<>();
    final List<String> all = new ArrayList<>();
    volatile Thread thread;

    @Override
    public void stored(Document document, DocumentGraph.Stats stats) {
      thread = Thread.currentThread();
      stored.add(document.name());
      all.add(document.name());
    }

    @Override
    public void skipped(String name, String reason) {
      skipped.add(name + ": " + reason);
      all.add(name);
    }

    @Override
    public void failed(String name, String reason) {
      failed.put(name, reason);
      all.add(name);
    }
  }

  private BatchResult build(GeoStore store, LineClaimsExtractor x, BatchOptions o, Events e, Consumer<DocumentSink> src) {
    return new BatchBuilder(x, store, o, e).run(src);
  }

  @Test
  void commitsInInputOrderWhateverOrderTheWorkersFinishIn() {
    LineClaimsExtractor x = new LineClaimsExtractor(6, true); // 0–12 ms each: workers overtake each other
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      BatchResult r = build(store, x, BatchOptions.defaults(4), e, docs(60));
      assertThat(r.stored()).isEqualTo(60);
      assertThat(r.succeeded()).isTrue();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        expected.add(doc(i).name());
      }
      assertThat(e.stored).containsExactlyElementsOf(expected);
      assertThat(e.thread).isSameAs(Thread.currentThread()); // the listener needs no locking
      assertThat(x.peakRunning.get()).as("extraction ran in parallel").isGreaterThan(1).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void oneThreadAndFourThreadsStoreTheSameQuads() {
    DatasetGraph[] results = new DatasetGraph[2];
    int[] threads = {1, 4};
    for (int t = 0; t < 2; t++) {
      try (GeoStore store = GeoStore.open(dir.resolve("s" + t))) {
        BatchResult r = build(store, new LineClaimsExtractor(1, true), BatchOptions.defaults(threads[t]), new Events(), docs(60));
        assertThat(r.stored()).isEqualTo(60);
        results[t] = store.read(ds -> {
          DatasetGraph copy = DatasetGraphFactory.create();
          ds.asDatasetGraph().find().forEachRemaining(copy::add);
          return copy;
        });
      }
    }
    assertThat(results[1].stream().count()).isEqualTo(results[0].stream().count());
    results[0].find().forEachRemaining(q -> assertThat(results[1].contains(q)).isTrue());
  }

  @Test
  void memoryIsBoundedByTheQueueNotByTheCorpus() {
    // A slow extractor and a fast source: unbounded, the reader would hold the whole corpus.
    LineClaimsExtractor x = new LineClaimsExtractor(5, false);
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      BatchResult r = build(store, x, BatchOptions.defaults(2).withQueueCapacity(5), e, docs(80));
      assertThat(r.stored()).isEqualTo(80);
      // The queue, plus the one being committed and the one the reader is handing over.
      assertThat(r.peakInFlight()).isBetween(1, 5 + 2);
    }
  }

  @Test
  void storedDocumentsAreSkippedByHashAndDuplicatesStoredOnce() {
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      build(store, new LineClaimsExtractor(), BatchOptions.defaults(2), new Events(), docs(5));
      long quads = store.quadCount();
      LineClaimsExtractor x = new LineClaimsExtractor();
      Events e = new Events();
      // The first five again, then doc 5 twice in the same batch (same text, another name).
      Document copy = Document.plain("copy-of-5.txt", doc(5).text(), null);
      BatchResult r = build(store, x, BatchOptions.defaults(2), e, sink -> {
        docs(6).accept(sink);
        sink.accept(copy);
      });
      assertThat(r.stored()).isEqualTo(1);
      assertThat(r.skipped()).isEqualTo(6);
      assertThat(x.extracted.get()).as("stored documents are not extracted").isLessThanOrEqualTo(2);
      assertThat(e.skipped).contains("doc-0000.txt: already stored", "copy-of-5.txt: already stored");
      // Its graph, and its summary in graph:summary: three counts, its identifier, its listing date and key.
      assertThat(store.quadCount()).isEqualTo(quads + LineClaimsExtractor.graphOf(doc(5)).graph().size() + 6);
    }
  }

  @Test
  void failuresAreContainedNamedAndCounted() {
    Document thrown = Document.plain("throws.txt", "THROW", null);
    Document overflow = Document.plain("overflow.txt", "OVERFLOW", null);
    Document huge = Document.plain("huge.txt", "x".repeat(2_001), null);
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      BatchResult r = build(store, new LineClaimsExtractor(), BatchOptions.defaults(2).withMaxChars(2_000), e, sink -> {
        sink.accept(doc(0));
        sink.accept(thrown);
        sink.reject(new DocumentError("bad.txt", "not valid UTF-8 at byte 3"));
        sink.accept(overflow);
        sink.accept(huge);
        sink.accept(doc(1));
      });
      assertThat(r.stored()).isEqualTo(2);
      assertThat(r.failed()).isEqualTo(4);
      assertThat(r.succeeded()).isFalse();
      assertThat(e.all).containsExactly("doc-0000.txt", "throws.txt", "bad.txt", "overflow.txt", "huge.txt", "doc-0001.txt");
      assertThat(e.failed).containsEntry("throws.txt", "extraction failed: the fake was told to")
          .containsEntry("bad.txt", "not valid UTF-8 at byte 3")
          .containsEntry("overflow.txt", "StackOverflowError")
          .containsEntry("huge.txt", "2,001 characters, over the limit of 2,000 (--max-chars); skipped");
    }
  }

  @Test
  void documentsExtractedAheadOfTheWriterAreCommittedTogetherAndOneThatCannotBeStoredFailsAlone() {
    // While the first document takes 300 ms the workers extract the next ones: the writer then finds
    // them ready and commits them with it, in fewer write transactions than documents.
    Document slow = Document.plain("slow.txt", "SLOW", null);
    Document unstorable = Document.plain("unstorable.txt", "UNSTORABLE", null);
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      long writesBefore = writeTransactions(store);
      BatchResult r = build(store, new LineClaimsExtractor(), BatchOptions.defaults(2), e, sink -> {
        sink.accept(slow);
        sink.accept(doc(1));
        sink.accept(unstorable);
        sink.accept(doc(2));
        sink.accept(doc(3));
      });
      assertThat(r.stored()).isEqualTo(4);
      assertThat(r.failed()).isEqualTo(1);
      assertThat(e.failed).containsOnlyKeys("unstorable.txt");
      assertThat(e.failed.get("unstorable.txt")).startsWith("cannot store: ").contains("the fake graph cannot be read");
      assertThat(e.all).containsExactly("slow.txt", "doc-0001.txt", "unstorable.txt", "doc-0002.txt", "doc-0003.txt");
      for (Document d : List.of(slow, doc(1), doc(2), doc(3))) {
        assertThat(store.containsDocument(Iris.document(d.id()))).as(d.name()).isTrue();
      }
      assertThat(store.containsDocument(Iris.document(unstorable.id()))).isFalse();
      // A group of five that failed as a whole, then each alone: 1 + 5 at most; 4 with no group at all.
      assertThat(writeTransactions(store) - writesBefore).isEqualTo(6);
    }
  }

  private static long writeTransactions(GeoStore store) {
    return store.read(ds -> TDBInternal.getTransactionCoordinator(ds.asDatasetGraph()).countBeginWrite());
  }

  @Test
  void aDocumentOverTheTimeBudgetIsSkippedAndTheBatchGoesOn() {
    LineClaimsExtractor x = new LineClaimsExtractor();
    toRelease.add(x);
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      long t0 = System.nanoTime();
      BatchResult r = build(store, x, BatchOptions.defaults(1).withDocTimeout(Duration.ofMillis(300)), e, sink -> {
        sink.accept(doc(0));
        sink.accept(Document.plain("stuck.txt", "HANG", null));
        docs(20).accept(new DocumentSink() { // docs 1..19 after the stuck one
          @Override
          public void accept(Document d) {
            if (!d.name().equals("doc-0000.txt")) {
              sink.accept(d);
            }
          }

          @Override
          public void reject(DocumentError error) {}
        });
      });
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
      assertThat(r.stored()).as("one thread, yet the batch went on: the stuck worker was replaced").isEqualTo(20);
      assertThat(r.failed()).isEqualTo(1);
      assertThat(r.overBudget()).isEqualTo(1);
      assertThat(e.failed).containsExactly(Map.entry("stuck.txt", "over the time budget of 0.3s, skipped"));
      assertThat(store.containsDocument(Iris.document(Document.plain("stuck.txt", "HANG", null).id()))).isFalse();
    }
  }

  @Test
  void tooManyStuckWorkersStopTheBatchWithAClearError() {
    LineClaimsExtractor x = new LineClaimsExtractor();
    toRelease.add(x);
    Events e = new Events();
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      BatchResult r = build(store, x, BatchOptions.defaults(1).withDocTimeout(Duration.ofMillis(100)).withMaxAbandoned(2), e,
          sink -> {
            for (int i = 0; i < 10; i++) {
              sink.accept(Document.plain("stuck-" + i + ".txt", "HANG " + i, null));
            }
            docs(10).accept(sink);
          });
      assertThat(r.overBudget()).isEqualTo(3);
      assertThat(r.stored()).isZero();
      assertThat(r.stopReason()).hasValueSatisfying(reason -> assertThat(reason)
          .contains("3 workers are stuck on documents over the time budget (limit 2, --max-abandoned)"));
      assertThat(r.succeeded()).isFalse();
    }
  }

  @Test
  void aFailingStoreEndsTheBatch() {
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      BatchBuilder b = new BatchBuilder(new LineClaimsExtractor(), store, BatchOptions.defaults(2), new Events());
      assertThatThrownBy(() -> b.run(sink -> {
        throw new StoreException("store /x is in use by another geokg process");
      })).isInstanceOf(StoreException.class).hasMessageContaining("in use");
    }
  }

  @Test
  void theBudgetIsPrintedAsGiven() {
    assertThat(BatchBuilder.seconds(Duration.ofSeconds(300))).isEqualTo("300s");
    assertThat(BatchBuilder.seconds(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
