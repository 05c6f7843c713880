package org.geokg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geokg bench-queries}: see {@link QueryBench}. */
@Command(
    name = "bench-queries",
    mixinStandardHelpOptions = true,
    description = {
      "Query speed benchmark: times every saved query (queries/*.rq, default parameters, as `geokg query NAME`"
          + " runs it) on a store of at least N triples, and prints rows, median, p90 and fastest time per"
          + " query against a target median.",
      "The store is made unless --store already holds one this command generated, of at least N triples:"
          + " the real extractor (CoreNLP, loaded once) reads the claims of examples/ and"
          + " ../shared/corpus/dev/whitehouse (when present), then documents are synthesised from those"
          + " sentences and claims with other states and persons and new dates, without CoreNLP, written"
          + " by the build's RDF writer through TDB2's bulk loader, and graph:inferred is computed."
          + " 1,000,000 triples take a few minutes on 2 cores.",
      "Then (unless --no-adds) it times adding 1, 10 and 100 new documents to a copy of that store against"
          + " adding them to an empty store, and 10 to a store of 3,000,000 triples, with the models loaded once,"
          + " and prints the ratios."
    })
public final class QueryBenchCommand implements Callable<Integer> {
  private static final Path DEV_CORPUS = Path.of("..", "shared", "corpus", "dev", "whitehouse");

  @Option(names = "--store", paramLabel = "DIR",
      description = "The generated store: made here if absent or too small (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("target", "bench-queries-store");

  @Option(names = "--triples", paramLabel = "N",
      description = "Least number of distinct triples before inference (default: ${DEFAULT-VALUE}).")
  long triples = 1_000_000;

  @Option(names = "--runs", paramLabel = "R", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
  int runs = 21;

  @Option(names = "--warmup", paramLabel = "W", description = "Untimed runs per query first (default: ${DEFAULT-VALUE}).")
  int warmup = 3;

  @Option(names = "--budget", paramLabel = "SECONDS",
      description = "Stop a query's timed runs after this long, after at least 3 (default: ${DEFAULT-VALUE}).")
  long budgetSeconds = 60;

  @Option(names = "--target-ms", paramLabel = "MS", description = "The median to meet (default: ${DEFAULT-VALUE}).")
  double targetMillis = 100;

  @Option(names = "--sentences", paramLabel = "S",
      description = "Claim-bearing sentences per synthesised document (default: ${DEFAULT-VALUE}).")
  int sentences = 12;

  @Option(names = "--seed", paramLabel = "SEED", description = "Random seed of the synthesis (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Real documents to take sentences and claims from; repeatable (default: examples/ and"
          + " ../shared/corpus/dev/whitehouse if present).")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--regenerate", description = "Make the store anew even if the generated one there is big enough.")
  boolean regenerate;

  @Option(names = "--data", paramLabel = "DIR", description = "As for build: a folder overriding the built-in data.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path outFile;

  @Option(names = "--adds", paramLabel = "N,N…", split = ",",
      description = "After the queries, time adding this many documents (synthesised anew, extracted by the"
          + " real extractor) to a copy of the store against an empty store, as build adds them (default:"
          + " ${DEFAULT-VALUE}).")
  List<Integer> adds = new ArrayList<>(List.of(1, 10, 100));

  @Option(names = "--adds-repeats", paramLabel = "R",
      description = "Timings per size and store; the median is reported (default: ${DEFAULT-VALUE}).")
  int addsRepeats = 1;

  @Option(names = "--large-triples", paramLabel = "N",
      description = "The larger store for --large-adds, made once like the main one (default: ${DEFAULT-VALUE}).")
  long largeTriples = 3_000_000;

  @Option(names = "--large-adds", paramLabel = "N",
      description = "Documents added to the larger store and to an empty one (default: ${DEFAULT-VALUE}; 0: none).")
  int largeAdds = 10;

  @Option(names = "--large-store", paramLabel = "DIR", description = "The larger store (default: ${DEFAULT-VALUE}).")
  Path largeStore = Path.of("target", "bench-queries-store-3m");

  @Option(names = "--no-adds", description = "Time the queries only.")
  boolean noAdds;

  @Option(names = "--adds-only", description = "Time the adds only, not the queries.")
  boolean addsOnly;

  @Override
  public Integer call() throws Exception {
    if (triples < 1 || runs < 1 || warmup < 0 || budgetSeconds < 1 || sentences < 1 || !(targetMillis > 0)) {
      throw new IllegalArgumentException("--triples, --runs, --budget, --sentences and --target-ms must be positive,"
          + " --warmup not negative");
    }
    List<Path> inputs = new ArrayList<>(corpus);
    if (inputs.isEmpty()) {
      inputs.add(Path.of("examples"));
      if (Files.isDirectory(DEV_CORPUS)) {
        inputs.add(DEV_CORPUS);
      }
    }
    QueryBench.Options options = new QueryBench.Options(store, triples, runs, warmup, Duration.ofSeconds(budgetSeconds),
        sentences, seed, inputs, targetMillis, regenerate);
    QueryBench bench = new QueryBench(options, () -> Extractors.standardClaims(data), System.out);
    if (!noAdds && (!adds.isEmpty() || largeAdds > 0)) {
      if (adds.stream().anyMatch(n -> n < 1) || addsRepeats < 1 || largeAdds < 0 || largeTriples < 1) {
        throw new IllegalArgumentException("--adds, --adds-repeats and --large-triples must be positive");
      }
      bench.withAdds(new QueryBench.Adds(adds, addsRepeats, largeStore, largeTriples, largeAdds,
          Path.of("target", "bench-adds")));
    }
    if (addsOnly) {
      bench.withoutQueries();
    }
    Map<String, Object> figures = bench.run();
    if (outFile != null) {
      Files.writeString(outFile, BenchFigures.json(figures), StandardCharsets.UTF_8);
      System.out.println("figures: " + outFile);
    }
    return 0;
  }
}
