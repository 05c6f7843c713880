package org.geokg.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geokg build}: extracts documents into the store, one transaction per document. A document
 * that fails is reported and skipped; the others are stored. Exit 1 if any failed.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts documents into the store, one named graph per document.",
      "Also (re)writes graph:reference and graph:ontology. A document whose graph is already stored"
          + " is skipped unless --force. A document that fails is reported and the others go on;"
          + " the exit code is then 1."
    })
final class BuildCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOptions storeOptions;
  @Mixin DataOptions dataOptions;

  @Option(names = "--force", description = "Re-extract documents that are already stored.")
  boolean force;

  @Option(names = "--no-progress", description = "Do not draw the progress line on stderr.")
  boolean noProgress;

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
    long start = System.nanoTime();
    PrintStream err = context.err();
    try (GeoStore store = storeOptions.openOrCreate()) {
      // After the store: a store in use fails at once, not after loading the models.
      Extractor extractor = context.extractors().apply(dataOptions.folder());
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      store.putGraph(GK.REFERENCE_GRAPH, extractor.referenceGraph());
      Resources.rdf("ontology/geokg.ttl").ifPresentOrElse(
          o -> store.putGraph(GK.ONTOLOGY_GRAPH, o.graph()),
          () -> err.println("warning: ontology/geokg.ttl not found; graph:ontology not written"));

      Progress progress = new Progress(err, context.interactive() && !noProgress);
      Tally tally = new Tally();
      DocumentSource.read(inputs, new DocumentSink() {
        @Override
        public void accept(Document document) {
          process(document, extractor, store, tally, progress);
          progress.update(tally.done(), tally.skipped, tally.failed);
        }

        @Override
        public void reject(DocumentError error) {
          tally.failed++;
          progress.message("error: " + error.name() + ": " + error.reason());
          progress.update(tally.done(), tally.skipped, tally.failed);
        }
      });
      progress.clear();
      printSummary(tally, loadSeconds, (System.nanoTime() - start) / 1e9);
      return tally.failed == 0 ? 0 : 1;
    }
  }

  private void process(Document document, Extractor extractor, GeoStore store, Tally tally, Progress progress) {
    String graphIri;
    try {
      graphIri = Iris.document(document.id());
      if (!force && store.containsDocument(graphIri)) {
        tally.skipped++;
        return;
      }
      DocumentGraph graph = extractor.extract(document);
      store.putDocument(graph);
      tally.add(graph.stats());
    } catch (StoreException e) {
      throw e; // the store itself failed: every later document would fail the same way
    } catch (RuntimeException e) {
      tally.failed++;
      progress.message("error: " + document.name() + ": " + Main.describe(e));
    }
  }

  private void printSummary(Tally t, double loadSeconds, double seconds) {
    PrintStream out = context.out();
    out.printf("stored %,d document%s, skipped %,d (already stored%s), failed %,d%n",
        t.stored, t.stored == 1 ? "" : "s", t.skipped, t.skipped > 0 ? "; --force re-extracts" : "", t.failed);
    out.printf("sentences %,d, entities %,d, claims %,d%n", t.sentences, t.entities, t.claims());
    t.claimsByRelation.forEach((relation, n) -> out.printf("  %-28s %,d%n", relation, n));
    double working = seconds - loadSeconds;
    String rate = t.done() == 0 ? ""
        : working >= t.done() ? String.format(", %.1f s/doc", working / t.done())
        : String.format(", %.1f docs/s", t.done() / working);
    out.printf("%.1f s (loading %.1f s%s)%n", seconds, loadSeconds, rate);
    out.flush();
  }

  /** Counts for the summary. */
  private static final class Tally {
    long stored;
    long skipped;
    long failed;
    long sentences;
    long entities;
    final Map<String, Long> claimsByRelation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    long done() {
      return stored + skipped + failed;
    }

    long claims() {
      return claimsByRelation.values().stream().mapToLong(Long::longValue).sum();
    }

    void add(DocumentGraph.Stats stats) {
      stored++;
      if (stats == null) {
        return;
      }
      sentences += stats.sentences();
      entities += stats.entities();
      stats.claimsByRelation().forEach((r, n) -> claimsByRelation.merge(r, (long) n, Long::sum));
    }
  }
}
