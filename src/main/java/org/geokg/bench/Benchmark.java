package org.geokg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
import org.geokg.eval.EvalResult;
import org.geokg.eval.EvalSet;
import org.geokg.eval.Evaluation;
import org.geokg.eval.SeedGoldReader;
import org.geokg.nlp.NlpPipeline;
import org.geokg.nlp.StageTimes;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;

/**
 * {@code geokg bench}: in one run over the same documents, the stock CoreNLP pipeline as the
 * baseline and geokg's whole path (text → triples committed to a fresh TDB2 store), warm, with
 * per-stage times, heap, cold start, 1 vs N threads, and the seed evaluation of each configuration.
 */
public final class Benchmark {
  /** The stages in pipeline order, for the tables. */
  static final List<String> ORDER = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "link", "select",
      "depparse", "mention", "coref", "dates", "extract", "rdf", "commit");
  private static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse",
      "mention", "coref", "dates");

  /** What to run. */
  public record Options(List<Path> inputs, int threads, int warmup, int repeat, List<String> alsoProfiles,
      boolean stock, boolean coldStart, Path shared) {}

  private final Options options;
  private final PrintStream out;
  private final Map<String, Object> report = new LinkedHashMap<>();
  private List<Document> documents;
  private long peakHeap;

  public Benchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
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
      report.put("cold_start", coldStart());
    }

    // geokg, default profile: the one whose heap, threads and cold start are reported.
    resetPeaks();
    HeapSampler sampler = new HeapSampler();
    Map<String, Object> geokg = geokgRun("geokg (default profile)", null, true);
    sampler.stop();
    peakHeap = sampler.maxLive;
    geokg.put("heap_peak_live_mb", sampler.maxLive >> 20);
    geokg.put("heap_peak_used_mb", peakHeapUsed() >> 20);
    out.printf(Locale.ROOT, "heap (geokg default profile, whole run above): peak live (after a GC) %,d MB;"
        + " peak used, garbage included %,d MB (bounded by -Xmx, not by need)%n%n", sampler.maxLive >> 20,
        peakHeapUsed() >> 20);
    report.put("geokg", geokg);

    List<Map<String, Object>> others = new ArrayList<>();
    for (String profile : options.alsoProfiles()) {
      others.add(geokgRun("geokg (profile " + profile + ")", profile, false));
    }
    report.put("geokg_profiles", others);

    if (options.stock()) {
      report.put("stock", stockRun());
    }
    report.put("targets", targets());
    printSummary();
    return report;
  }

  // ---------------------------------------------------------------------------------------------
  // geokg's whole path

  private Map<String, Object> geokgRun(String label, String profile, boolean full) throws IOException {
    out.println("== " + label + " ==");
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("label", label);
    r.put("profile", profile == null ? "default" : profile);
    Path dataDir = profile == null ? null : profileDir(profile);
    long t0 = System.nanoTime();
    Extractor extractor = Extractors.standard(dataDir);
    // CoreNLP loads on the first document: time it with that document.
    extractor.extract(documents.get(0));
    double load = (System.nanoTime() - t0) / 1e9;
    for (int i = 1; i < warmupDocuments(); i++) {
      extractor.extract(documents.get(i));
    }
    long heapAfterLoad = heapAfterGc();
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
        deleteTree(dir);
      }
    }
    Map<String, Long> stages = new LinkedHashMap<>(times.snapshot());
    stages.put("commit", commitNanos);
    Map<String, Long> counts = times.counts();
    r.putAll(speed(tokens, docs, total));
    r.put("stages", stageTable(stages, total));
    r.put("rdf_and_commit_share", BenchFigures.shareOf(stages, total, List.of("rdf", "commit")));
    r.put("counts", counts);
    out.printf(Locale.ROOT, "1 thread, whole path: %,d tokens, %d documents in %.2f s: %,.0f tokens/s, %.2f documents/s%n",
        tokens, docs, total / 1e9, BenchFigures.perSecond(tokens, total), BenchFigures.perSecond(docs, total));
    if (counts.containsKey("tokens.parsed")) {
      out.printf(Locale.ROOT, "dependency-parsed: %,d of %,d tokens (%.0f%%), %,d sentences%n",
          counts.get("tokens.parsed"), tokens, 100.0 * counts.get("tokens.parsed") / Math.max(1, tokens),
          counts.getOrDefault("sentences.parsed", 0L));
    }
    printStages(stages, total);

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
      threads.put("heap_after_gc_mb", heapAfterGc() >> 20);
      r.put("threads", threads);
      out.printf(Locale.ROOT, "batch (BatchBuilder, one shared extractor, single writer, the documents 3 times): 1 thread %,.0f tokens/s;"
          + " %d threads %,.0f tokens/s; speed-up %.2f×%n", one, n, many, BenchFigures.ratio(many, one));
      out.printf(Locale.ROOT, "  summed stage times per token: 1 thread %.0f µs, %d threads %.0f µs (%+.0f%%: each"
          + " thread's work is that much slower when all run)%n", workOne, n, workMany, 100 * (workMany / workOne - 1));
    }
    r.put("seed", seed(extractor));
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
      deleteTree(dir);
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
    r.putAll(speed(tokens, docs, total));
    r.put("stages", stageTable(stages, total));
    out.printf(Locale.ROOT, "1 thread: %,d tokens, %d documents in %.2f s: %,.0f tokens/s, %.2f documents/s%n",
        tokens, docs, total / 1e9, BenchFigures.perSecond(tokens, total), BenchFigures.perSecond(docs, total));
    printStages(stages, total);
    // The quality geokg keeps when its extraction runs on the stock pipeline's annotations.
    Extractor onStock = Extractors.standard(profileDir("stock"));
    r.put("seed", seed(onStock));
    out.println();
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  private static Map<String, Object> speed(long tokens, long docs, long nanos) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tokens", tokens);
    m.put("documents", docs);
    m.put("seconds", nanos / 1e9);
    m.put("tokens_per_s", BenchFigures.perSecond(tokens, nanos));
    m.put("documents_per_s", BenchFigures.perSecond(docs, nanos));
    return m;
  }

  private static Map<String, Object> stageTable(Map<String, Long> stages, long total) {
    Map<String, Object> m = new LinkedHashMap<>();
    BenchFigures.ordered(stages, ORDER).forEach((k, v) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("seconds", v / 1e9);
      row.put("share", total <= 0 ? 0.0 : (double) v / total);
      m.put(k, row);
    });
    return m;
  }

  private void printStages(Map<String, Long> stages, long total) {
    Map<String, Long> ordered = BenchFigures.ordered(stages, ORDER);
    long accounted = ordered.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder sb = new StringBuilder("  stage        seconds   share\n");
    ordered.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-11s %8.2f  %5.1f%%%s%n", k, v / 1e9,
        100.0 * v / Math.max(1, total), ANNOTATORS.contains(k) ? "  (CoreNLP)" : "")));
    sb.append(String.format(Locale.ROOT, "  %-11s %8.2f  %5.1f%%%n", "other", (total - accounted) / 1e9,
        100.0 * (total - accounted) / Math.max(1, total)));
    out.print(sb);
  }

  private Map<String, Object> seed(Extractor extractor) {
    Map<String, Object> m = new LinkedHashMap<>();
    Path gold = options.shared().resolve("eval/seed/gold.tsv");
    if (!Files.isRegularFile(gold)) {
      m.put("skipped", gold + " not found");
      out.println("seed evaluation: skipped (" + gold + " not found)");
      return m;
    }
    SeedGoldReader.SeedGold g = SeedGoldReader.read(gold);
    Optional<String> file = g.documentFile();
    Path text = file.map(f -> options.shared().resolve("corpus/seed").resolve(f)).orElse(null);
    if (text == null || !Files.isRegularFile(text)) {
      m.put("skipped", "seed document not found");
      out.println("seed evaluation: skipped (seed document not found)");
      return m;
    }
    EvalSet set = g.toEvalSet(read(List.of(text)));
    Evaluation.Outcome o = Evaluation.extractAndScore(set, extractor, 1, w -> System.err.println("warning: " + w));
    EvalResult.RelationScore overall = o.result().overall();
    m.put("precision", overall.precision());
    m.put("recall", overall.recall());
    m.put("f1", overall.f1());
    m.put("gold", overall.gold());
    m.put("system", overall.system());
    out.printf(Locale.ROOT, "seed evaluation: P %.3f  R %.3f  F1 %.3f  (gold %d, system %d)%n",
        overall.precision(), overall.recall(), overall.f1(), overall.gold(), overall.system());
    return m;
  }

  /** The cold start: a child JVM with this JVM's options runs {@code geokg extract} on the first document. */
  private Map<String, Object> coldStart() throws IOException, InterruptedException {
    Map<String, Object> m = new LinkedHashMap<>();
    Path first = firstFile(options.inputs());
    if (first == null) {
      m.put("skipped", "no input file");
      return m;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-X") || a.startsWith("-Dgeokg.")) {
        cmd.add(a);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.geokg.cli.Main");
    cmd.add("extract");
    cmd.add("--format");
    cmd.add("nquads");
    cmd.add(first.toString());
    Path err = Files.createTempFile("geokg-bench-cold", ".err");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      int code = p.waitFor();
      double secs = (System.nanoTime() - start) / 1e9;
      m.put("document", first.toString());
      m.put("seconds", secs);
      m.put("exit_code", code);
      out.printf(Locale.ROOT, "cold start (child JVM: start → %s's graph out → exit): %.1f s%s%n%n", first.getFileName(),
          secs, code == 0 ? "" : " (exit code " + code + ": " + Files.readString(err, StandardCharsets.UTF_8).strip()
              .lines().findFirst().orElse("") + ")");
    } finally {
      Files.deleteIfExists(err);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> targets() {
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> g = (Map<String, Object>) report.get("geokg");
    double geokgRate = (double) g.get("tokens_per_s");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock");
    double stockRate = stock == null ? Double.NaN : (double) stock.get("tokens_per_s");
    Map<String, Object> threads = (Map<String, Object>) g.get("threads");
    Map<String, Object> cold = (Map<String, Object>) report.get("cold_start");
    t.put("tokens_per_s_per_core", target(geokgRate, ">=", 3000));
    t.put("ratio_to_stock", target(BenchFigures.ratio(geokgRate, stockRate), ">=", 7));
    t.put("threads_speedup", target((double) threads.get("speedup"), ">=", 1.8));
    t.put("heap_peak_live_gb", target(peakHeap / (double) (1L << 30), "<=", 3));
    t.put("heap_after_load_gb", target(((Number) g.get("heap_after_load_mb")).doubleValue() / 1024, "<=", 3));
    t.put("cold_start_s", target(cold == null || !cold.containsKey("seconds") ? Double.NaN
        : (double) cold.get("seconds"), "<=", 15));
    t.put("rdf_and_commit_share", target((double) g.get("rdf_and_commit_share"), "<=", 0.10));
    return t;
  }

  private static Map<String, Object> target(double value, String op, double bound) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("target", op + " " + bound);
    m.put("met", Double.isNaN(value) ? null : op.equals(">=") ? value >= bound : value <= bound);
    return m;
  }

  @SuppressWarnings("unchecked")
  private void printSummary() {
    out.println("== summary (one thread, warm, same documents, same run) ==");
    out.printf(Locale.ROOT, "%-34s %12s %10s %8s %7s %7s %7s%n", "configuration", "tokens/s", "docs/s", "× stock",
        "seed P", "seed R", "seed F1");
    Map<String, Object> stock = (Map<String, Object>) report.get("stock");
    double stockRate = stock == null ? Double.NaN : (double) stock.get("tokens_per_s");
    List<Map<String, Object>> rows = new ArrayList<>();
    if (stock != null) {
      rows.add(stock);
    }
    rows.add((Map<String, Object>) report.get("geokg"));
    rows.addAll((List<Map<String, Object>>) report.get("geokg_profiles"));
    for (Map<String, Object> r : rows) {
      Map<String, Object> seed = (Map<String, Object>) r.get("seed");
      double rate = (double) r.get("tokens_per_s");
      out.printf(Locale.ROOT, "%-34s %12.0f %10.2f %8.2f %7s %7s %7s%n", r.get("label")
          + (r == stock ? " (geokg on it: seed)" : ""), rate, (double) r.get("documents_per_s"),
          BenchFigures.ratio(rate, stockRate), fmt(seed, "precision"), fmt(seed, "recall"), fmt(seed, "f1"));
    }
    out.println();
    out.println("== targets (issue 4) ==");
    Map<String, Object> targets = (Map<String, Object>) report.get("targets");
    targets.forEach((k, v) -> {
      Map<String, Object> m = (Map<String, Object>) v;
      Object met = m.get("met");
      out.printf(Locale.ROOT, "%-24s %10.2f  target %-8s %s%n", k, (double) m.get("value"), m.get("target"),
          met == null ? "n/a" : (Boolean) met ? "met" : "MISSED");
    });
  }

  private static String fmt(Map<String, Object> seed, String key) {
    Object v = seed == null ? null : seed.get(key);
    return v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : "-";
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

  static List<Document> read(List<Path> inputs) {
    List<Document> docs = new ArrayList<>();
    DocumentSource.read(inputs.stream().map(Path::toString).toList(),
        DocumentSink.of(docs::add, e -> System.err.println("skipped: " + e)));
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents in " + inputs);
    }
    return docs;
  }

  private static Path firstFile(List<Path> inputs) throws IOException {
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        return p;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          Optional<Path> f = s.filter(Files::isRegularFile).sorted().findFirst();
          if (f.isPresent()) {
            return f.get();
          }
        }
      }
    }
    return null;
  }

  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since {@link #resetPeaks()} (garbage included). */
  private static long peakHeapUsed() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The live heap: after every garbage collection (young ones included), the heap in use after it,
   * from the collectors' notifications; keeps the largest. Garbage not yet collected is not counted,
   * so this is what the run needs, not what the JVM happened to let it grow to.
   */
  private static final class HeapSampler implements javax.management.NotificationListener {
    private final List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
    private final java.util.Set<String> heapPools = new java.util.HashSet<>();
    volatile long maxLive;

    HeapSampler() {
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          heapPools.add(p.getName());
        }
      }
      for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof javax.management.NotificationEmitter e) {
          e.addNotificationListener(this, null, null);
          emitters.add(e);
        }
      }
    }

    @Override
    public void handleNotification(javax.management.Notification n, Object handback) {
      if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      var info = com.sun.management.GarbageCollectionNotificationInfo.from(
          (javax.management.openmbean.CompositeData) n.getUserData());
      long live = 0;
      for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(e.getKey())) {
          live += e.getValue().getUsed();
        }
      }
      synchronized (this) {
        maxLive = Math.max(maxLive, live);
      }
    }

    void stop() {
      for (javax.management.NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    try {
      // Our own temporary folder: nothing else can be swapping links in it.
      com.google.common.io.MoreFiles.deleteRecursively(dir, com.google.common.io.RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
