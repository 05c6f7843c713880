package org.geokg.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geokg.Extractor;
import org.geokg.eval.EvalResult;
import org.geokg.eval.EvalSet;
import org.geokg.eval.Evaluation;
import org.geokg.eval.SeedGoldReader;

/**
 * The quality beside each speed in {@code geokg bench}: an extractor scored on the seed set
 * ({@code eval/seed} and {@code corpus/seed} under the shared folder), skipped when they are absent.
 */
final class SeedCheck {
  private final Path shared;
  private final PrintStream out;

  SeedCheck(Path shared, PrintStream out) {
    this.shared = shared;
    this.out = out;
  }

  /** Scores {@code extractor}, prints one line, and returns precision, recall, F1 and counts (or why skipped). */
  Map<String, Object> score(Extractor extractor) {
    Map<String, Object> m = new LinkedHashMap<>();
    Path gold = shared.resolve("eval/seed/gold.tsv");
    if (!Files.isRegularFile(gold)) {
      m.put("skipped", gold + " not found");
      out.println("seed evaluation: skipped (" + gold + " not found)");
      return m;
    }
    SeedGoldReader.SeedGold g = SeedGoldReader.read(gold);
    Optional<String> file = g.documentFile();
    Path text = file.map(f -> shared.resolve("corpus/seed").resolve(f)).orElse(null);
    if (text == null || !Files.isRegularFile(text)) {
      m.put("skipped", "seed document not found");
      out.println("seed evaluation: skipped (seed document not found)");
      return m;
    }
    EvalSet set = g.toEvalSet(Benchmark.read(List.of(text)));
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
}
