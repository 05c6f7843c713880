package org.geokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.eval.CameoPlover;
import org.geokg.eval.EvalResult;
import org.geokg.eval.EvalSet;
import org.geokg.eval.Evaluation;
import org.geokg.eval.PetrarchReader;
import org.geokg.eval.PloverReader;
import org.geokg.eval.Re3dReader;
import org.geokg.eval.ReferenceNameResolver;
import org.geokg.eval.SeedGoldReader;
import org.geokg.eval.SystemFacts;
import org.geokg.link.Gazetteer;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code geokg eval}: scores extraction against the team's gold sets. The seed set is scored on the store
 * (the seed article as built); the dev sets' texts are extracted in memory. Prints a table per set and
 * writes each set's misses and false positives to {@code OUT/<set>-errors.tsv}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores extraction against gold facts: precision, recall and F1 per relation, and modality accuracy.",
      "seed: the store's copy of the seed article (else the article extracted in memory) against"
          + " SHARED/eval/seed/gold.tsv. plover, petrarch, re3d: the dev sets' texts are extracted in"
          + " memory and scored against their annotations.",
      "Exit codes: 0 scored; 1 failure; 2 usage error or evaluation data not found."
    })
final class EvalCommand implements Callable<Integer> {
  /** The sets. */
  enum SetName { SEED, PLOVER, PETRARCH, RE3D, ALL }

  private final CliContext context;
  private Extractor extractor;

  @Mixin StoreOptions storeOptions;

  @Mixin DataOptions dataOptions;

  @Option(names = "--set", defaultValue = "seed", paramLabel = "SET",
      description = "seed (default), plover, petrarch, re3d or all.")
  SetName set;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "The gold file of the set instead of the shared one (re3d: its folder); not with --set all.")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:GEOKG_SHARED:-../shared}",
      description = "The team's shared folder with eval/ and corpus/; default: $GEOKG_SHARED or ../shared.")
  Path shared;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval-out",
      description = "Where the error files go (default: eval-out).")
  Path out;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "-1",
      description = "Extract and score only the first N documents of each dev set.")
  int limit;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Documents extracted at once (default: the number of processors).")
  int threads;

  EvalCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (set == SetName.ALL && gold != null) {
      context.err().println("error: --gold names one set's file; it cannot be used with --set all");
      return 2;
    }
    boolean needsShared = gold == null || set != SetName.SEED;
    if (needsShared && !Files.isDirectory(shared.resolve("eval"))) {
      context.err().println(shared + " not found: evaluation sets are not in a user's clone");
      return 2;
    }
    List<SetName> sets = set == SetName.ALL
        ? List.of(SetName.SEED, SetName.PLOVER, SetName.PETRARCH, SetName.RE3D) : List.of(set);
    for (SetName s : sets) {
      EvalResult result = switch (s) {
        case SEED -> seed();
        case PLOVER -> inMemory(PloverReader.read(file("eval/dev/plover/PLOVER_GSR_dev.json")));
        case PETRARCH -> inMemory(PetrarchReader.read(file("eval/dev/petrarch/PETR2_GSR_validation.derived.jsonl"),
            CameoPlover.read(shared.resolve("eval/dev/plover/CAMEO2PLOVER-2021.txt"))));
        case RE3D -> inMemory(Re3dReader.read(file("eval/dev/re3d"), nameResolver()));
        case ALL -> throw new IllegalStateException("unreachable");
      };
      context.out().print(result.table());
      Path errors = out.resolve(result.set() + "-errors.tsv");
      result.writeErrors(errors);
      context.out().println("errors: " + errors);
      context.out().println();
    }
    return 0;
  }

  private Path file(String sharedRelative) {
    Path p = gold != null ? gold : shared.resolve(sharedRelative);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no such file: " + p);
    }
    return p;
  }

  private EvalResult seed() {
    SeedGoldReader.SeedGold g = SeedGoldReader.read(file("eval/seed/gold.tsv"));
    EvalSet storeSet = g.toEvalSet(List.of());
    Optional<String> fileName = g.documentFile();
    if (fileName.isPresent() && Files.isDirectory(storeOptions.store)) {
      try (GeoStore store = GeoStore.open(storeOptions.store)) {
        Optional<EvalResult> r = store.read(ds -> SystemFacts.findDocumentGraph(ds.asDatasetGraph(), fileName.get())
            .map(graph -> Evaluation.scoreDataset(storeSet, ds.asDatasetGraph(), graph)));
        if (r.isPresent()) {
          context.err().println("seed: scoring " + fileName.get() + " in " + store.location());
          return r.get();
        }
      }
      context.err().println("seed: " + fileName.get() + " is not in " + storeOptions.store
          + "; extracting it in memory");
    }
    if (fileName.isEmpty()) {
      throw new IllegalArgumentException("the gold file does not name its document (corpus/…/<file>)");
    }
    Path text = shared.resolve("corpus/seed").resolve(fileName.get());
    if (!Files.isRegularFile(text)) {
      throw new IllegalArgumentException("no store with the seed document, and no " + text);
    }
    return inMemory(g.toEvalSet(readDocuments(text)));
  }

  private List<Document> readDocuments(Path path) {
    List<Document> docs = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    DocumentSource.read(List.of(path.toString()), DocumentSink.of(docs::add, errors::add));
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(errors.isEmpty() ? "no document in " + path : errors.get(0).toString());
    }
    return docs;
  }

  private EvalResult inMemory(EvalSet evalSet) {
    EvalSet s = evalSet.limit(limit);
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    context.err().println(s.name() + ": extracting " + s.documents().size() + " documents");
    Evaluation.Outcome o = Evaluation.extractAndScore(s, extractor(), n,
        w -> context.err().println("warning: " + w));
    if (o.failed() > 0) {
      context.err().println(s.name() + ": " + o.failed() + " documents failed; their gold facts count as misses");
    }
    return o.result();
  }

  private Extractor extractor() {
    if (extractor == null) {
      extractor = context.extractors().apply(dataOptions.data);
    }
    return extractor;
  }

  /** Names → keys for re3d: the gazetteer, then the extractor's reference graph for what it lacks. */
  private Function<String, Optional<String>> nameResolver() {
    Gazetteer gazetteer = Gazetteer.load(dataOptions.data);
    ReferenceNameResolver reference = ReferenceNameResolver.from(extractor().referenceGraph());
    return name -> gazetteer.keyOf(name).or(() -> reference.apply(name));
  }
}
