package org.geokg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.Extractors;
import org.geokg.batch.BatchBuilder;
import org.geokg.batch.BatchListener;
import org.geokg.batch.BatchOptions;
import org.geokg.batch.BatchResult;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.nlp.NlpPipeline;
import org.geokg.nlp.StageTimes;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;

/**
 * {@code geokg bench}: in one run over the same documents, the stock CoreNLP pipeline as the
 * baseline and geokg's whole path (text → triples committed to a fresh TDB2 store), warm, with
 * per-stage times, heap, cold start, 1 vs N threads, and the seed evaluation of each configuration.
 *
 * <p>This class runs the configurations; {@link ColdStart} times the child JVM, {@link Heap} measures
 * the heap, {@link SeedCheck} scores each configuration, and {@link BenchTables} turns the figures
 * into the report's tables and the targets.
 */
public final class Benchmark {
  /** What to run; {@code data} is the {@code --data} folder of the default configuration, or null. */
  public record Options(List<Path> inputs, int threads, int warmup, int repeat, List<String> alsoProfiles,
      boolean stock, boolean coldStart, Path shared, Path data) {
    /** Options with the bundled tables and rules. */
    public Options(List<Path> inputs, int threads, int warmup, int repeat, List<String> alsoProfiles,
        boolean stock, boolean coldStart, Path shared) {
      this(inputs, threads, warmup, repeat, alsoProfiles, stock, coldStart, shared, null);
    }
  }

  private final Options options;
  private final PrintStream out;
  private final Map<String, Object> report = new LinkedHashMap<>();
  private final SeedCheck seed;
  private List<Document> documents;

  public Benchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.seed = new SeedCheck(options.shared(), out);
  }

  /** Runs everything, prints the tables as it goes, and returns the figures (for JSON). */
  public Map<String, Object> run() throws IOException, InterruptedException {
    documents = read(options.inputs());
    long tokensApprox = documents.stream().mapToLong(d -> d.content().split("\\s+").length).sum();
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("inputs", options.inputs().stream().map(Path::toString).toList());
    setup.put("documents", documents.size());
    setup.put("words", tokensApprox);
    setup.put("processors", Runtime.getRuntime().availableProcessors());
    setup.put("threads", options.threads());
    setup.put("warmup_documents", warmupDocuments());
    setup.put("repeat", options.repeat());
    setup.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
    setup.put("java", Runtime.version().toString());
    report.put("setup", setup);
    out.printf(Locale.ROOT, "geokg bench: %d documents (~%,d words) from %s; %d processors; heap max %,d MB;"
        + " warm-up %d documents, %d timed pass(es)%n%n", documents.size(), tokensApprox, options.inputs(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmupDocuments(),
        options.repeat());

    if (options.coldStart()) {
      report.put("cold_start", ColdStart.measure(options.inputs(), out));
    }

    // geokg, default profile: the one whose heap, threads and cold start are reported.
    Heap.resetPeaks();
    Heap.Sampler sampler = new Heap.Sampler();
    Map<String, Object> geokg = geokgRun("geokg (default profile)", null, true);
    sampler.stop();
    long peakHeap = sampler.maxLive();
    geokg.put("heap_peak_live_mb", peakHeap >> 20);
    geokg.put("heap_peak_used_mb", Heap.peakUsed() >> 20);
    out.printf(Locale.ROOT, "heap (geokg default profile, whole run above): peak live (after a GC) %,d MB;"
        + " peak used, garbage included %,d MB (bounded by -Xmx, not by need)%n%n", peakHeap >> 20,
        Heap.peakUsed() >> 20);
    report.put("geokg", geokg);

    List<Map<String, Object>> others = new ArrayList<>();
    for (String profile : options.alsoProfiles()) {
      others.add(geokgRun("geokg (profile " + profile + ")", profile, false));
    }
    report.put("geokg_profiles", others);

    if (options.stock()) {
      report.put("stock", stockRun());
    }
    report.put("targets", BenchTables.targets(report, peakHeap));
    BenchTables.printSummary(out, report);
    return report;
  }

  // ---------------------------------------------------------------------------------------------
  // geokg's whole path

  private Map<String, Object> geokgRun(String label, String profile, boolean full) throws IOException {
    out.println("== " + label + " ==");
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", label);
    r.put("profile", profile == null ? "default" : profile);
    Path dataDir = profile == null ? options.data() : profileDir(profile);
    long t0 = System.nanoTime();
    Extractor extractor = Extractors.standard(dataDir);
    // CoreNLP loads on the first document: time it with that document.
    extractor.extract(documents.get(0));
    double load = (System.nanoTime() - t0) / 1e9;
    for (int i = 1; i < warmupDocuments(); i++) {
      extractor.extract(documents.get(i));
    }
    long heapAfterLoad = Heap.afterGc();
    r.put("load_and_first_document_s", load);
    r.put("heap_after_load_mb", heapAfterLoad >> 20);
    out.printf(Locale.ROOT, "loaded + first document: %.1f s; heap after load and warm-up (after GC): %,d MB%n",
        load, heapAfterLoad >> 20);

    // One thread, the extractor then GeoStore.putDocument, each timed.
    StageTimes times = StageTimes.global();
    times.reset();
    long tokens = 0;
    long docs = 0;
    long commitNanos = 0;
    long total = 0;
    for (int pass = 0; pass < options.repeat(); pass++) {
      Path dir = Files.createTempDirectory("geokg-bench");
      try (GeoStore store = GeoStore.open(dir)) {
        long start = System.nanoTime();
        for (Document d : documents) {
          DocumentGraph g = extractor.extract(d);
          long c = System.nanoTime();
          store.putDocument(g);
          commitNanos += System.nanoTime() - c;
          tokens += g.stats().tokens();
          docs++;
        }
        total += System.nanoTime() - start;
      } finally {
        Scratch.delete(dir);
      }
    }
    Map<String, Long> stages = new LinkedHashMap<>(times.snapshot());
    stages.put("commit", commitNanos);
    Map<String, Long> counts = times.counts();
    r.putAll(BenchTables.speed(tokens, docs, total));
    r.put("stages", BenchTables.stageTable(stages, total));
    r.put("rdf_and_commit_share", BenchFigures.shareOf(stages, total, List.of("rdf", "commit")));
    r.put("counts", counts);
    out.printf(Locale.ROOT, "1 thread, whole path: %,d tokens, %d documents in %.2f s: %,.0f tokens/s, %.2f documents/s%n",
        tokens, docs, total / 1e9, BenchFigures.perSecond(tokens, total), BenchFigures.perSecond(docs, total));
    if (counts.containsKey("tokens.parsed")) {
      out.printf(Locale.ROOT, "dependency-parsed: %,d of %,d tokens (%.0f%%), %,d sentences%n",
          counts.get("tokens.parsed"), tokens, 100.0 * counts.get("tokens.parsed") / Math.max(1, tokens),
          counts.getOrDefault("sentences.parsed", 0L));
    }
    BenchTables.printStages(out, stages, total);

    if (full) {
      Map<String, Object> threads = new LinkedHashMap<>();
      // The summed stage times per token show whether threads wait for each other (the sum stays)
      // or each runs slower (the sum grows: shared caches, memory bandwidth, the host's scheduling).
      times.reset();
      double one = batch(extractor, 1);
      double workOne = workPerToken(times);
      int n = options.threads();
      times.reset();
      double many = n == 1 ? one : batch(extractor, n);
      double workMany = n == 1 ? workOne : workPerToken(times);
      threads.put("work_us_per_token_one_thread", workOne);
      threads.put("work_us_per_token_n_threads", workMany);
      threads.put("one_thread_tokens_per_s", one);
      threads.put("threads", n);
      threads.put("n_threads_tokens_per_s", many);
      threads.put("speedup", BenchFigures.ratio(many, one));
      threads.put("heap_after_gc_mb", Heap.afterGc() >> 20);
      r.put("threads", threads);
      out.printf(Locale.ROOT, "batch (BatchBuilder, one shared extractor, single writer, the documents 3 times): 1 thread %,.0f tokens/s;"
          + " %d threads %,.0f tokens/s; speed-up %.2f×%n", one, n, many, BenchFigures.ratio(many, one));
      out.printf(Locale.ROOT, "  summed stage times per token: 1 thread %.0f µs, %d threads %.0f µs (%+.0f%%: each"
          + " thread's work is that much slower when all run)%n", workOne, n, workMany, 100 * (workMany / workOne - 1));
    }
    r.put("seed", seed.score(extractor));
    out.println();
    return r;
  }

  private static final int BATCH_COPIES = 3;
  // Tokens of the last batch run.
  private long batchTokens;

  /** Microseconds of recorded stage time per token of the batch just run (times reset before it). */
  private double workPerToken(StageTimes times) {
    long nanos = times.snapshot().values().stream().mapToLong(Long::longValue).sum();
    return nanos / 1e3 / Math.max(1, batchTokens);
  }

  /** Tokens/s of a whole batch through {@link BatchBuilder} into a fresh store. */
  private double batch(Extractor extractor, int threads) throws IOException {
    Path dir = Files.createTempDirectory("geokg-bench-batch");
    try (GeoStore store = GeoStore.open(dir)) {
      store.putGraph(GK.REFERENCE_GRAPH, extractor.referenceGraph());
      BatchListener quiet = new BatchListener() {
        @Override
        public void stored(Document document, DocumentGraph.Stats stats) {}

        @Override
        public void skipped(String name, String reason) {}

        @Override
        public void failed(String name, String reason) {
          System.err.println("error: " + name + ": " + reason);
        }
      };
      long start = System.nanoTime();
      // The documents three times over (each copy replacing the last, --force): with one pass of
      // 14 documents of very different sizes, the last large one alone on a core decides the time.
      BatchResult r = new BatchBuilder(extractor, store, BatchOptions.defaults(threads).withForce(true), quiet)
          .run(sink -> {
            for (int copy = 0; copy < BATCH_COPIES; copy++) {
              documents.forEach(sink::accept);
            }
          });
      long nanos = System.nanoTime() - start;
      batchTokens = r.tokens();
      return BenchFigures.perSecond(r.tokens(), nanos);
    } finally {
      Scratch.delete(dir);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The stock CoreNLP pipeline

  private Map<String, Object> stockRun() throws IOException {
    out.println("== stock CoreNLP: tokenize,ssplit,pos,lemma,ner,depparse, CoreNLP defaults ==");
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", "stock CoreNLP");
    long t0 = System.nanoTime();
    NlpPipeline stock = NlpPipeline.create(NlpPipeline.profile("stock"));
    double load = (System.nanoTime() - t0) / 1e9;
    r.put("load_s", load);
    for (int i = 0; i < warmupDocuments(); i++) {
      stock.annotate(documents.get(i));
    }
    out.printf(Locale.ROOT, "loaded in %.1f s%n", load);
    StageTimes times = StageTimes.global();
    times.reset();
    long tokens = 0;
    long docs = 0;
    long total = 0;
    for (int pass = 0; pass < options.repeat(); pass++) {
      long start = System.nanoTime();
      for (Document d : documents) {
        Annotation a = stock.annotate(d);
        tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        docs++;
      }
      total += System.nanoTime() - start;
    }
    Map<String, Long> stages = times.snapshot();
    r.putAll(BenchTables.speed(tokens, docs, total));
    r.put("stages", BenchTables.stageTable(stages, total));
    out.printf(Locale.ROOT, "1 thread: %,d tokens, %d documents in %.2f s: %,.0f tokens/s, %.2f documents/s%n",
        tokens, docs, total / 1e9, BenchFigures.perSecond(tokens, total), BenchFigures.perSecond(docs, total));
    BenchTables.printStages(out, stages, total);
    // The quality geokg keeps when its extraction runs on the stock pipeline's annotations.
    Extractor onStock = Extractors.standard(profileDir("stock"));
    r.put("seed", seed.score(onStock));
    out.println();
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Documents extracted before timing, per configuration: by default all of them, because the JIT
   * compiles CoreNLP's code while the first configuration runs, and a short warm-up leaves that cost
   * in its timed pass (seen: the same NER about twice as slow in the first configuration timed after
   * 3 warm-up documents as in a later one).
   */
  private int warmupDocuments() {
    return options.warmup() <= 0 ? documents.size() : Math.min(options.warmup(), documents.size());
  }

  /** A data folder holding only a {@code corenlp.properties} that selects a bundled profile. */
  private static Path profileDir(String profile) throws IOException {
    Path dir = Files.createTempDirectory("geokg-bench-profile");
    dir.toFile().deleteOnExit();
    Path f = dir.resolve("corenlp.properties");
    Files.writeString(f, NlpPipeline.PROFILE_KEY + " = " + profile + "\n", StandardCharsets.UTF_8);
    f.toFile().deleteOnExit();
    NlpPipeline.profile(profile); // fails early on an unknown name
    return dir;
  }

  /** The documents of {@code inputs}; what cannot be read is reported on stderr and skipped. */
  static List<Document> read(List<Path> inputs) {
    List<Document> docs = new ArrayList<>();
    DocumentSource.read(inputs.stream().map(Path::toString).toList(),
        DocumentSink.of(docs::add, e -> System.err.println("skipped: " + e)));
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + inputs);
    }
    return docs;
  }
}
