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
import org.geokg.eval.EvalSet;
import org.geokg.eval.Evaluation;
import org.geokg.eval.PetrarchReader;
import org.geokg.eval.PloverReader;
import org.geokg.eval.Re3dReader;
import org.geokg.eval.ReferenceNameResolver;
import org.geokg.eval.Scorer;
import org.geokg.eval.SeedGoldReader;
import org.geokg.eval.SetReport;
import org.geokg.eval.StatedeptReader;
import org.geokg.eval.SystemFacts;
import org.geokg.link.Gazetteer;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code geokg eval}: scores extraction against the gold sets. The seed set is scored on the store
 * (the seed article as built); the other sets' texts are extracted in memory. Scores are strict by
 * default, with the lenient ones beside them (see {@link Scorer.Mode}). One set: its per-relation table;
 * {@code --set all}: one table of every set. Each set's misses and false positives go to
 * {@code ERRORS/<set>-errors.tsv}; {@code --out FILE} writes every figure as JSON.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores extraction against gold facts: precision, recall and F1, strict (the default) and lenient,"
          + " per relation, modality accuracy, actor resolution (plover, petrarch) and the causes of misses"
          + " (statedept).",
      "seed: the store's copy of the seed article (else the article extracted in memory) against"
          + " SHARED/eval/seed/gold.tsv. plover, petrarch, re3d: the dev sets' texts under SHARED, extracted in"
          + " memory. statedept: the project's own set (eval/statedept/: texts.jsonl and gold.tsv), no SHARED"
          + " needed. statedept-check: its held-out twin (eval/statedept-check/), never tuned on: the figures to"
          + " quote. all: every set but statedept-check (those needing SHARED are left out, with a note, when it"
          + " is absent).",
      "Strict: every gold fact counts, also those whose actors have no key (misses, with the reason);"
          + " interactions match only when both sides agree whether they happened; persons and bodies count as"
          + " the state they represent by the gold's own rows; person names match in either order."
          + " Lenient: the project's earlier scoring.",
      "Exit codes: 0 scored; 1 failure; 2 usage error or evaluation data not found."
    })
final class EvalCommand implements Callable<Integer> {
  /** The sets; each is written on the command line as its {@link #toString()}. */
  enum SetName {
    SEED, PLOVER, PETRARCH, RE3D, STATEDEPT, STATEDEPT_CHECK, ALL;

    /** The set's name in reports, file names and {@code --set}: {@code statedept-check}. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** Sets whose documents are single sentences, where actor resolution is measured. */
  private static final java.util.Set<String> SENTENCE_SETS = java.util.Set.of("plover", "petrarch");

  private final CliContext context;
  private Extractor extractor;

  @Mixin StoreOptions storeOptions;

  @Mixin DataOptions dataOptions;

  @Option(names = "--set", defaultValue = "seed", paramLabel = "SET",
      description = "seed (default), plover, petrarch, re3d, statedept, statedept-check or all.")
  SetName set;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "The gold file of the set instead of the shared one (re3d: its folder); not with --set all.")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:GEOKG_SHARED:-../shared}",
      description = "The team's shared folder with eval/ and corpus/; default: $GEOKG_SHARED or ../shared.")
  Path shared;

  @Option(names = "--statedept", paramLabel = "DIR",
      description = "The statedept set's folder (texts.jsonl, gold.tsv); default: eval/statedept in the current"
          + " folder, else in the project geokg runs from.")
  Path statedept;

  @Option(names = "--errors", paramLabel = "DIR", defaultValue = "eval-out",
      description = "Where each set's misses and false positives go (default: eval-out).")
  Path errors;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Also write every figure (both modes, per relation, actors, causes) as JSON to FILE.")
  Path out;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "-1",
      description = "Extract and score only the first N documents of each dev set.")
  int limit;

  @Option(names = "--half", paramLabel = "HALF",
      description = "Extract and score only one half of each dev set's documents: even or odd, by the first"
          + " hex digit of the MD5 of the document id (a fixed development / check split).")
  Half half;

  /** The halves of {@code --half}. */
  enum Half { even, odd }

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
    if (out != null && Files.isDirectory(out)) {
      // --out used to name the error folder: a folder given there still gets the error files.
      context.err().println("note: --out names the JSON file now; " + out + " is a folder, so the error files go"
          + " there (use --errors DIR)");
      errors = out;
      out = null;
    }
    boolean sharedPresent = Files.isDirectory(shared.resolve("eval"));
    List<SetName> sets = set == SetName.ALL
        ? List.of(SetName.SEED, SetName.PLOVER, SetName.PETRARCH, SetName.RE3D, SetName.STATEDEPT) : List.of(set);
    List<SetReport> reports = new ArrayList<>();
    for (SetName s : sets) {
      boolean needsShared = !isStatedept(s) && (gold == null || s != SetName.SEED);
      if (needsShared && !sharedPresent) {
        if (set != SetName.ALL) {
          context.err().println(shared + " not found: the " + name(s) + " set is not in a user's clone");
          return 2;
        }
        context.err().println(name(s) + ": left out, " + shared + " not found");
        continue;
      }
      if (isStatedept(s) && !Files.isRegularFile(statedeptDir(s).resolve("gold.tsv"))) {
        context.err().println(name(s) + ": no gold.tsv in " + statedeptDir(s));
        if (set != SetName.ALL) {
          return 2;
        }
        continue;
      }
      SetReport report = switch (s) {
        case SEED -> seed();
        case PLOVER -> inMemory(PloverReader.read(file("eval/dev/plover/PLOVER_GSR_dev.json"),
            org.geokg.eval.OrganisationNames.of(Gazetteer.load(dataOptions.data))));
        case PETRARCH -> inMemory(PetrarchReader.read(file("eval/dev/petrarch/PETR2_GSR_validation.derived.jsonl"),
            CameoPlover.read(shared.resolve("eval/dev/plover/CAMEO2PLOVER-2021.txt"))));
        case RE3D -> inMemory(Re3dReader.read(file("eval/dev/re3d"), nameResolver()));
        case STATEDEPT, STATEDEPT_CHECK -> inMemory(StatedeptReader.read(statedeptDir(s).resolve("texts.jsonl"),
            gold != null ? gold : statedeptDir(s).resolve("gold.tsv"), Gazetteer.load(dataOptions.data)::keyOf)
            .withName(name(s)));
        case ALL -> throw new IllegalStateException("unreachable");
      };
      reports.add(report);
      Path errorFile = errors.resolve(report.set() + "-errors.tsv");
      report.strict().writeErrors(errorFile, report.causes());
      report.lenient().writeErrors(errors.resolve(report.set() + "-errors-lenient.tsv"));
      if (set != SetName.ALL) {
        context.out().print(report.relationTable());
        context.out().println("errors: " + errorFile);
      }
    }
    if (set == SetName.ALL) {
      context.out().print(SetReport.summaryTable(reports));
      reports.forEach(r -> context.out().print(r.notes()));
      context.out().println("errors: " + errors.resolve("<set>-errors.tsv"));
    }
    if (out != null) {
      SetReport.writeJson(out, reports);
      context.out().println("json: " + out);
    }
    return 0;
  }

  private static String name(SetName s) {
    return s.toString();
  }

  private static boolean isStatedept(SetName s) {
    return s == SetName.STATEDEPT || s == SetName.STATEDEPT_CHECK;
  }

  /**
   * A statedept set's folder: for the dev set the option, else eval/statedept here, else in the project the
   * jar was built in; for the check set likewise with eval/statedept-check (the option names the dev set).
   */
  private Path statedeptDir(SetName s) {
    if (s == SetName.STATEDEPT && statedept != null) {
      return statedept;
    }
    Path folder = s == SetName.STATEDEPT_CHECK ? StatedeptReader.CHECK_FOLDER : StatedeptReader.FOLDER;
    if (Files.isDirectory(folder)) {
      return folder;
    }
    try {
      Path jar = Path.of(EvalCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/geokg.jar or target/classes → the project folder.
      Path project = jar.getParent() == null ? null : jar.getParent().getParent();
      if (project != null && Files.isDirectory(project.resolve(folder))) {
        return project.resolve(folder);
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // No code location to go by: the current folder's path is reported.
    }
    return folder;
  }

  private Path file(String sharedRelative) {
    Path p = gold != null ? gold : shared.resolve(sharedRelative);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no such file: " + p);
    }
    return p;
  }

  private SetReport seed() {
    SeedGoldReader.SeedGold g = SeedGoldReader.read(file("eval/seed/gold.tsv"));
    EvalSet storeSet = g.toEvalSet(List.of());
    Optional<String> fileName = g.documentFile();
    if (fileName.isPresent() && Files.isDirectory(storeOptions.store)) {
      try (GeoStore store = GeoStore.open(storeOptions.store)) {
        Optional<SetReport> r = store.read(ds -> SystemFacts.findDocumentGraph(ds.asDatasetGraph(), fileName.get())
            .map(graph -> new SetReport(
                Evaluation.scoreDataset(storeSet, ds.asDatasetGraph(), graph, Scorer.Mode.STRICT),
                Evaluation.scoreDataset(storeSet, ds.asDatasetGraph(), graph, Scorer.Mode.LENIENT), null, null)));
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

  private SetReport inMemory(EvalSet evalSet) {
    EvalSet s = evalSet.limit(limit);
    if (half != null) {
      s = s.half(half == Half.even);
    }
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    context.err().println(s.name() + ": extracting " + s.documents().size() + " documents");
    Evaluation.Outcome o = Evaluation.extractAndScore(s, extractor(), n,
        w -> context.err().println("warning: " + w), dataOptions.data);
    // re3d scores relation groups, not the ontology's relations: the rules' words say nothing about them.
    var causes = s.name().equals("re3d") ? java.util.Map.<org.geokg.eval.Scorer.ScoredGold, String>of() : o.causes();
    if (!SENTENCE_SETS.contains(s.name())) {
      // Actors placed "anywhere in the document" says little about a long text: the causes of misses
      // measure it per sentence there.
      return new SetReport(o.result(), o.lenient(), null, causes);
    }
    if (o.failed() > 0) {
      context.err().println(s.name() + ": " + o.failed() + " documents failed; their gold facts count as misses");
    }
    return SetReport.of(o);
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
