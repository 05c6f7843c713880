package org.geokg.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.Extractors;
import org.geokg.batch.BatchBuilder;
import org.geokg.batch.BatchListener;
import org.geokg.batch.BatchOptions;
import org.geokg.batch.BatchResult;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code geokg bench-soak}: a soak benchmark, not a test. Synthesises documents from the sentences of
 * a corpus, builds them all in one run with the standard extractor (CoreNLP and all) through the same
 * {@link BatchBuilder} as {@code geokg build}, samples the heap in use after a GC every K documents,
 * and says whether it stays flat (the slope of a least-squares line through the samples).
 */
@Command(
    name = "bench-soak",
    mixinStandardHelpOptions = true,
    description = {
      "Soak benchmark: builds N synthesised documents in one run with the real extractor and samples"
          + " the heap after GC every K documents; prints the samples and a verdict (flat/growing).",
      "Takes about N x 300 tokens / (400 tokens/s x threads): 1,000 documents on 2 cores ≈ 10+ minutes."
    })
public final class SoakCommand implements Callable<Integer> {
  private static final Path DEV_CORPUS = Path.of("..", "shared", "corpus", "dev", "whitehouse");

  @Option(names = "--docs", paramLabel = "N", description = "Documents to synthesise (default: ${DEFAULT-VALUE}).")
  int docs = 1000;

  @Option(names = "--every", paramLabel = "K", description = "Sample the heap every K documents (default: N/20).")
  Integer every;

  @Option(names = "--sentences", paramLabel = "S", description = "Sentences per document (default: ${DEFAULT-VALUE}, ≈ 300 tokens).")
  int sentencesPerDoc = 12;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--store", paramLabel = "DIR",
      description = "Store to build into; documents already in it are skipped (default: a temporary folder, deleted after).")
  Path store;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Where the sentences come from (default: ../shared/corpus/dev/whitehouse if present, else examples/).")
  Path corpus;

  @Option(names = "--data", paramLabel = "DIR", description = "As for build: a folder overriding the built-in data.")
  Path data;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Path from = corpus != null ? corpus : Files.isDirectory(DEV_CORPUS) ? DEV_CORPUS : Path.of("examples");
    List<String> sentences = sentences(from);
    if (sentences.size() < sentencesPerDoc) {
      throw new IllegalArgumentException("only " + sentences.size() + " usable sentences in " + from);
    }
    int k = every != null ? every : Math.max(1, docs / 20);
    boolean temporary = store == null;
    Path dir = temporary ? Files.createTempDirectory("geokg-soak") : store;
    out.printf("soak: %,d documents of %d sentences from %,d sentences in %s; %d threads; heap max %,d MB%n",
        docs, sentencesPerDoc, sentences.size(), from, threads, Runtime.getRuntime().maxMemory() >> 20);

    long t0 = System.nanoTime();
    Extractor extractor = Extractors.standard(data);
    double load = (System.nanoTime() - t0) / 1e9;
    out.printf("extractor loaded in %.1f s; heap after load %,d MB%n", load, Heap.afterGc() >> 20);
    out.printf("%8s %10s %9s %8s%n", "docs", "heap MB", "time s", "docs/s");

    List<long[]> samples = new ArrayList<>(); // {docs, heap bytes}
    try (GeoStore s = GeoStore.open(dir)) {
      s.putGraph(GK.REFERENCE_GRAPH, extractor.referenceGraph());
      long start = System.nanoTime();
      long[] done = {0};
      BatchListener listener = new BatchListener() {
        @Override
        public void stored(Document document, DocumentGraph.Stats stats) {
          tick();
        }

        @Override
        public void skipped(String name, String reason) {
          tick();
        }

        @Override
        public void failed(String name, String reason) {
          System.err.println("error: " + name + ": " + reason);
          tick();
        }

        private void tick() {
          done[0]++;
          if (done[0] % k == 0) {
            long heap = Heap.afterGc();
            samples.add(new long[] {done[0], heap});
            double secs = (System.nanoTime() - start) / 1e9;
            out.printf("%8d %10d %9.1f %8.2f%n", done[0], heap >> 20, secs, done[0] / secs);
            out.flush();
          }
        }
      };
      BatchOptions options = BatchOptions.defaults(threads).withDocTimeout(Duration.ofSeconds(600));
      BatchResult r = new BatchBuilder(extractor, s, options, listener).run(sink -> synthesise(sentences, sink));
      double secs = (System.nanoTime() - start) / 1e9;
      out.printf("stored %,d, skipped %,d, failed %,d; %,d tokens, %,d claims in %.1f s: %.2f docs/s, %.0f tokens/s;"
          + " peak documents in flight %d; store %,d quads%n",
          r.stored(), r.skipped(), r.failed(), r.tokens(), r.claims(), secs, r.done() / secs, r.tokens() / secs,
          r.peakInFlight(), s.quadCount());
    } finally {
      if (temporary) {
        Scratch.delete(dir);
      }
    }
    out.println(verdict(samples));
    return 0;
  }

  /**
   * The verdict on the samples after the first (which includes warm-up: CoreNLP's and TDB2's caches
   * filling): "flat" when the fitted growth over the run is under 5% of the mean heap in use.
   */
  static String verdict(List<long[]> samples) {
    List<long[]> s = samples.size() > 2 ? samples.subList(1, samples.size()) : samples;
    if (s.size() < 2) {
      return "verdict: too few samples (use more documents or a smaller --every)";
    }
    double n = s.size();
    double mx = s.stream().mapToDouble(a -> a[0]).sum() / n;
    double my = s.stream().mapToDouble(a -> a[1]).sum() / n;
    double sxy = 0;
    double sxx = 0;
    for (long[] a : s) {
      sxy += (a[0] - mx) * (a[1] - my);
      sxx += (a[0] - mx) * (a[0] - mx);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx; // bytes per document
    double span = s.get(s.size() - 1)[0] - s.get(0)[0];
    double growth = slope * span;
    boolean flat = growth < 0.05 * my;
    return String.format(Locale.ROOT,
        "verdict: %s (fit over %d samples from %d to %d documents: %+.1f MB per 1,000 documents,"
            + " %+.1f MB over the run, mean %.0f MB; flat means under 5%% of the mean)",
        flat ? "FLAT" : "GROWING", s.size(), s.get(0)[0], s.get(s.size() - 1)[0],
        slope * 1000 / (1 << 20), growth / (1 << 20), my / (1 << 20));
  }

  private void synthesise(List<String> sentences, DocumentSink sink) {
    for (int i = 0; i < docs; i++) {
      Random r = new Random(1_000_003L * i + 17);
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < sentencesPerDoc; j++) {
        text.append(sentences.get(r.nextInt(sentences.size()))).append(j % 4 == 3 ? "\n\n" : " ");
      }
      LocalDate date = LocalDate.of(2022, 1, 1).plusDays(i % 365);
      sink.accept(Document.plain(String.format("soak-%05d.txt", i), text.toString().strip(), date));
    }
  }

  /** The corpus's sentences of 6 to 60 words, whitespace normalised, in order, without repeats. */
  static List<String> sentences(Path from) {
    Set<String> out = new LinkedHashSet<>();
    DocumentSource.read(List.of(from.toString()), new DocumentSink() {
      @Override
      public void accept(Document d) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
        String text = d.content().replaceAll("\\s+", " ");
        it.setText(text);
        for (int b = it.first(), e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
          String s = text.substring(b, e).strip();
          int words = s.split(" ").length;
          if (words >= 6 && words <= 60 && s.matches("[A-Z\"“].*[.!?\"”]")) {
            out.add(s);
          }
        }
      }

      @Override
      public void reject(DocumentError error) {}
    });
    return new ArrayList<>(out);
  }
}
