package org.geokg.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.batch.BatchBuilder;
import org.geokg.serve.GeoServer;
import org.geokg.batch.BatchListener;
import org.geokg.batch.BatchOptions;
import org.geokg.batch.BatchResult;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentSource;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geokg build}: extracts documents into the store, each document whole or absent (in its own transaction, or grouped with the documents already extracted when the writer falls behind), through a
 * {@link BatchBuilder} (parallel extraction, ordered commits, a time budget per document). A document
 * that fails is reported and skipped; the others are stored. Exit 1 if any failed.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts documents into the store, one named graph per document.",
      "Also (re)writes graph:reference and graph:ontology. A document whose graph is already stored"
          + " is skipped unless --force. A document that fails is reported and the others go on;"
          + " the exit code is then 1. Documents are extracted in parallel (--threads) and committed"
          + " one transaction each, in input order: a killed build leaves every document whole or"
          + " absent, and running it again finishes the rest."
    })
final class BuildCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOptions storeOptions;
  @Mixin DataOptions dataOptions;

  @Option(names = "--force", description = "Re-extract documents that are already stored.")
  boolean force;

  @Option(names = {"--quiet", "-q", "--no-progress"},
      description = "Show no progress (on a terminal: one updating line; otherwise a line every 10 s)."
          + " Errors and the summary are still printed.")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of processors, ${DEFAULT-VALUE} here)."
          + " Documents are still committed one at a time, in input order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--doc-timeout",
      paramLabel = "SECONDS",
      description = "Time budget of one document's extraction (default: ${DEFAULT-VALUE});"
          + " a document over it is reported and skipped.")
  double docTimeoutSeconds = BatchOptions.DEFAULT_DOC_TIMEOUT.toSeconds();

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Documents longer than N characters are reported and skipped (default: ${DEFAULT-VALUE}).")
  long maxChars = BatchOptions.DEFAULT_MAX_CHARS;

  @Option(
      names = "--max-abandoned",
      paramLabel = "K",
      description = "Stop when more than K workers are stuck on documents over the time budget"
          + " (default: the number of threads, at least 2).")
  Integer maxAbandoned;

  @Option(
      names = "--serve",
      paramLabel = "PORT",
      description = "While the build runs, serve the store read-only on this port (the endpoint and page of"
          + " `geokg serve`; 0 picks a free port). Queries see each document whole: another process"
          + " cannot open a store that a build holds.")
  Integer servePort;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders (read recursively) or - for standard input.")
  List<String> inputs;

  BuildCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    BatchOptions options = options();
    long start = System.nanoTime();
    PrintStream err = context.err();
    try (GeoStore store = storeOptions.openOrCreate()) {
      // After the store: a store in use fails at once, not after loading the models.
      Extractor extractor = context.extractors().apply(dataOptions.folder());
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      StandardGraphs.writeReferenceAndOntology(store, extractor, err);
      GeoServer server = servePort == null ? null : serve(store);
      try {
        return build(store, extractor, options, loadSeconds, start, err);
      } finally {
        if (server != null) {
          server.close();
        }
      }
    }
  }

  private GeoServer serve(GeoStore store) {
    if (servePort < 0 || servePort > 65535) {
      throw new IllegalArgumentException("--serve must be a port 0-65535, not " + servePort);
    }
    // TDB2 hands back the store's own cached dataset: the server reads through the same MVCC
    // transactions the build commits in.
    Dataset dataset = TDB2Factory.connectDataset(store.location().toString());
    GeoServer server = GeoServer.start(dataset, GeoServer.Config.defaults(servePort));
    context.out().println("geokg: serving " + store.location() + " at " + server.url() + " while the build runs"
        + " (SPARQL: " + server.sparqlUrl() + ")");
    context.out().flush();
    return server;
  }

  private int build(GeoStore store, Extractor extractor, BatchOptions options, double loadSeconds, long start,
      PrintStream err) {

    Progress progress = new Progress(err, Progress.Mode.of(context.interactive(), quiet), Progress.Unit.DOCUMENTS);
    if (progress.enabled()) {
      // Counted beside the build, so that a large JSON Lines file does not delay the first document.
      Thread count = new Thread(() -> progress.total(InputCount.documents(inputs)), "geokg-input-count");
      count.setDaemon(true);
      count.start();
    }
    long[] counts = new long[3]; // stored, skipped, failed: for the progress line
    Runnable update = () -> progress.update(counts[0] + counts[1] + counts[2],
        ((counts[1] > 0 ? String.format("%,d skipped  ", counts[1]) : "")
            + (counts[2] > 0 ? String.format("%,d failed", counts[2]) : "")).trim());
    BatchListener listener = new BatchListener() {
      @Override
      public void stored(Document document, DocumentGraph.Stats stats) {
        counts[0]++;
        update.run();
      }

      @Override
      public void skipped(String name, String reason) {
        counts[1]++;
        update.run();
      }

      @Override
      public void failed(String name, String reason) {
        counts[2]++;
        progress.message("error: " + name + ": " + reason);
        update.run();
      }
    };
    BatchResult result = new BatchBuilder(extractor, store, options, listener)
        .run(sink -> DocumentSource.read(inputs, sink));
    progress.clear();
    // graph:inferred and graph:summary were kept up to date in each document's transaction.
    result.stopReason().ifPresent(r -> err.println("error: " + r));
    StandardGraphs.warnOfDeadSpace(store, err);
    printSummary(result, loadSeconds, (System.nanoTime() - start) / 1e9);
    return result.succeeded() ? 0 : 1;
  }

  private BatchOptions options() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    if (!(docTimeoutSeconds > 0) || docTimeoutSeconds > 1e9) {
      throw new IllegalArgumentException("--doc-timeout must be a positive number of seconds");
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("--max-chars must be at least 1");
    }
    if (maxAbandoned != null && maxAbandoned < 0) {
      throw new IllegalArgumentException("--max-abandoned must not be negative");
    }
    return BatchOptions.defaults(threads)
        .withForce(force)
        .withDocTimeout(Duration.ofMillis(Math.max(1, Math.round(docTimeoutSeconds * 1000))))
        .withMaxChars(maxChars)
        .withMaxAbandoned(maxAbandoned != null ? maxAbandoned : BatchOptions.defaultMaxAbandoned(threads));
  }

  private void printSummary(BatchResult t, double loadSeconds, double seconds) {
    PrintStream out = context.out();
    out.printf("stored %,d document%s, skipped %,d (already stored%s), failed %,d%s%n",
        t.stored(), t.stored() == 1 ? "" : "s", t.skipped(), t.skipped() > 0 ? "; --force re-extracts" : "",
        t.failed(), t.overBudget() > 0 ? String.format(" (%,d over the time budget)", t.overBudget()) : "");
    out.printf("sentences %,d, entities %,d, claims %,d%n", t.sentences(), t.entities(), t.claims());
    t.claimsByRelation().forEach((relation, n) -> out.printf("  %-28s %,d%n", relation, n));
    double working = seconds - loadSeconds;
    String rate = t.done() == 0 ? ""
        : working >= t.done() ? String.format(", %.1f s/doc", working / t.done())
        : String.format(", %.1f docs/s", t.done() / working);
    out.printf("%.1f s (loading %.1f s%s)%n", seconds, loadSeconds, rate);
    out.flush();
  }
}
