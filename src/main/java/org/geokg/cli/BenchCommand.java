package org.geokg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.bench.BenchFigures;
import org.geokg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geokg bench}: see {@link Benchmark}. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Speed benchmark, in one run on the same documents: the stock CoreNLP pipeline"
          + " (tokenize,ssplit,pos,lemma,ner,depparse, CoreNLP defaults) and geokg's whole path (text → triples"
          + " committed to a fresh TDB2 store), warm; tokens/s, documents/s, the ratio, per-stage times, heap,"
          + " cold start, 1 vs N threads, and the seed evaluation of each configuration.",
      "Documents: examples/ plus each --docs folder (default: also ../shared/corpus/dev/whitehouse if present)."
          + " Takes a few minutes on 2 cores."
    })
final class BenchCommand implements Callable<Integer> {
  private static final Path DEV = Path.of("..", "shared", "corpus", "dev", "whitehouse");

  private final CliContext context;

  @Option(names = "--docs", paramLabel = "DIR", description = "More documents (files or folders); repeatable.")
  List<Path> docs = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the N-thread batch (default: processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "K", defaultValue = "0",
      description = "Documents extracted before timing, per configuration (default: 0, meaning all of them:"
          + " one untimed pass, so the JIT has compiled CoreNLP before any configuration is timed).")
  int warmup;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "1",
      description = "Timed passes over the documents (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--also", paramLabel = "PROFILE", split = ",",
      description = "Also time geokg with these NLP profiles (lean, full, stock, backoff), e.g. --also full.")
  List<String> also = new ArrayList<>();

  @Option(names = "--no-stock", description = "Skip the stock CoreNLP baseline.")
  boolean noStock;

  @Option(names = "--no-cold-start", description = "Skip the cold-start measurement (a child JVM).")
  boolean noCold;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:GEOKG_SHARED:-../shared}",
      description = "The team's shared folder (seed gold and corpus); default: $GEOKG_SHARED or ../shared.")
  Path shared;

  // --data: the default configuration reads these tables and rules (a folder of empty tables measures
  // what the tables cost).
  @Mixin DataOptions dataOptions;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path outFile;

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || warmup < 0 || repeat < 1) {
      throw new IllegalArgumentException("--threads and --repeat must be at least 1, --warmup at least 0");
    }
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of("examples"));
    if (docs.isEmpty()) {
      Path dev = shared.resolve("corpus/dev/whitehouse");
      if (Files.isDirectory(dev)) {
        inputs.add(dev);
      } else if (Files.isDirectory(DEV)) {
        inputs.add(DEV);
      }
    } else {
      docs.stream().filter(d -> inputs.stream().noneMatch(i -> same(i, d))).forEach(inputs::add);
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    Map<String, Object> figures = new Benchmark(new Benchmark.Options(inputs, threads, warmup, repeat, also,
        !noStock, !noCold, shared, dataOptions.folder()), context.out()).run();
    if (outFile != null) {
      Files.writeString(outFile, BenchFigures.json(figures), StandardCharsets.UTF_8);
      context.out().println("figures: " + outFile);
    }
    return 0;
  }
}
