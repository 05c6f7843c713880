package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.claim.Modality;

/**
 * The outcome of scoring one set: counts per relation, the misses, false positives and modality
 * mismatches, and the gold annotations that could not be scored.
 *
 * @param set the set's name
 * @param mode how the facts were compared
 * @param exhaustive whether the gold annotates every relation (see {@link RelationScheme#exhaustive()})
 * @param relations one row per relation (gold relations, and relations only the system produced)
 * @param gold the gold facts after collapsing duplicates
 * @param system the system facts after collapsing duplicates, each with what it matched
 * @param misses gold facts no system fact matched
 * @param modalityMismatches matched gold facts whose modality the system got wrong
 * @param skipped gold annotations left out of the gold facts
 * @param modalityCorrect matched gold facts (with a gold modality) whose modality the system got right
 * @param modalityTotal matched gold facts that have a gold modality
 * @param unscoredTargetless system interactions with no target left out of the scores because this gold
 *     annotates no targetless event (it wrote its facts as source-target pairs), as the system's relations
 *     a gold never annotates are left out of its headline
 * @param reverseReadings system facts left out as the reverse reading of a two-sided event the gold writes
 *     once ({@link Scorer#WRITTEN_ONCE}): B → A beside a matched A → B
 */
public record EvalResult(String set, Scorer.Mode mode, boolean exhaustive, List<RelationScore> relations, List<Scorer.ScoredGold> gold,
    List<Scorer.ScoredSystem> system, List<Scorer.ScoredGold> misses, List<ModalityMismatch> modalityMismatches,
    List<SkippedGold> skipped, int modalityCorrect, int modalityTotal, int unscoredTargetless,
    int reverseReadings) {

  /** A result with no targetless interaction and no reverse reading left out. */
  public EvalResult(String set, Scorer.Mode mode, boolean exhaustive, List<RelationScore> relations,
      List<Scorer.ScoredGold> gold, List<Scorer.ScoredSystem> system, List<Scorer.ScoredGold> misses,
      List<ModalityMismatch> modalityMismatches, List<SkippedGold> skipped, int modalityCorrect, int modalityTotal) {
    this(set, mode, exhaustive, relations, gold, system, misses, modalityMismatches, skipped, modalityCorrect,
        modalityTotal, 0, 0);
  }

  /**
   * Counts for one relation. Gold and system sides are matched separately because several system facts
   * can match one gold fact and the other way round.
   *
   * @param inGold whether the gold set annotates this relation at all
   */
  public record RelationScore(String relation, boolean inGold, int gold, int goldMatched, int system,
      int systemMatched) {
    public double precision() {
      return system == 0 ? 0 : (double) systemMatched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A matched gold fact whose modality the system got wrong. */
  public record ModalityMismatch(Scorer.ScoredGold gold, Modality system, List<String> evidence) {}

  /** Micro-averaged counts over every relation, including those the gold never annotates. */
  public RelationScore overall() {
    return sum("overall", relations);
  }

  /** Micro-averaged counts over the relations the gold annotates (the system's other output left out). */
  public RelationScore overallGoldRelations() {
    return sum("overall (gold relations)", relations.stream().filter(RelationScore::inGold).toList());
  }

  /**
   * The set's headline figures: {@link #overall()} when the gold annotates every relation, else
   * {@link #overallGoldRelations()}, since facts of relations such a gold never annotates are not errors.
   */
  public RelationScore headline() {
    return exhaustive ? overall() : overallGoldRelations();
  }

  /** Share of matched facts whose modality is the gold's; NaN when there is none to judge. */
  public double modalityAccuracy() {
    return modalityTotal == 0 ? Double.NaN : (double) modalityCorrect / modalityTotal;
  }

  /** System facts that matched no gold fact. */
  public List<Scorer.ScoredSystem> falsePositives() {
    return system.stream().filter(s -> !s.isMatched()).toList();
  }

  /** The fixed-width table: one row per relation, then the overall rows and modality accuracy. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    String head = String.format(Locale.ROOT, "%-28s %6s %6s %6s %6s %6s %6s %6s%n", "relation", "gold", "system",
        "m.gold", "m.sys", "P", "R", "F1");
    sb.append("== ").append(set).append(" (").append(mode.label()).append(") ==").append(System.lineSeparator())
        .append(head);
    String rule = "-".repeat(head.length() - System.lineSeparator().length()) + System.lineSeparator();
    sb.append(rule);
    relations.stream().filter(RelationScore::inGold).forEach(r -> sb.append(row(r.relation(), r)));
    List<RelationScore> extra = relations.stream().filter(r -> !r.inGold()).toList();
    if (!extra.isEmpty()) {
      sb.append(rule);
      extra.forEach(r -> sb.append(row("*" + r.relation(), r)));
    }
    sb.append(rule);
    sb.append(row("overall", overall()));
    sb.append(row("overall, gold relations", overallGoldRelations()));
    sb.append(String.format(Locale.ROOT, "modality accuracy: %s (%d/%d matched facts)%n",
        modalityTotal == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", modalityAccuracy()), modalityCorrect,
        modalityTotal));
    if (!extra.isEmpty()) {
      sb.append("* relation the gold never annotates: its facts count as false positives in \"overall\"")
          .append(System.lineSeparator());
    }
    if (!skipped.isEmpty()) {
      long counted = mode == Scorer.Mode.STRICT ? skipped.stream().filter(k -> k.relation() != null).count() : 0;
      if (counted > 0) {
        sb.append(String.format(Locale.ROOT, "%d gold annotations whose actors have no key count as misses"
            + " (MISS rows with the reason)%n", counted));
      }
      if (skipped.size() > counted) {
        sb.append(String.format(Locale.ROOT, "%d gold annotations could not be scored (see SKIP rows)%n",
            skipped.size() - counted));
      }
    }
    return sb.toString();
  }

  private static String row(String label, RelationScore r) {
    return String.format(Locale.ROOT, "%-28s %6d %6d %6d %6d %6s %6s %6s%n", label, r.gold(), r.system(),
        r.goldMatched(), r.systemMatched(), fmt(r.system(), r.precision()), fmt(r.gold(), r.recall()),
        fmt(r.system() + r.gold(), r.f1()));
  }

  private static String fmt(int denominator, double v) {
    return denominator == 0 ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static RelationScore sum(String name, List<RelationScore> rows) {
    int g = 0;
    int gm = 0;
    int s = 0;
    int sm = 0;
    for (RelationScore r : rows) {
      g += r.gold();
      gm += r.goldMatched();
      s += r.system();
      sm += r.systemMatched();
    }
    return new RelationScore(name, true, g, gm, s, sm);
  }

  /**
   * The error file as TSV lines: MISS (gold not found, with its cue and, when known, why), FP (system
   * fact not in gold, with its evidence), MODALITY (matched with the wrong modality), LOCATION (strict only:
   * a matched interaction placed wrong or not at all, see {@link LocationScore}) and SKIP (gold
   * annotations not scored; in the strict file only those of no relation the ontology holds). An FP row's
   * {@code why} gives the fact's location when it has one.
   */
  public List<String> errorLines() {
    return errorLines(java.util.Map.of());
  }

  /**
   * As {@link #errorLines()}, with a cause column for the misses {@code causes} has (see
   * {@link MissCauses}).
   */
  public List<String> errorLines(java.util.Map<Scorer.ScoredGold, String> causes) {
    List<String> out = new ArrayList<>();
    out.add(String.join("\t", "kind", "document", "subject", "relation", "object", "modality", "text", "why"));
    for (Scorer.ScoredGold g : misses) {
      String cause = causes.getOrDefault(g, "");
      String why = cause.isEmpty() || g.note().startsWith(cause) ? (g.note().isEmpty() ? cause : g.note())
          : cause + (g.note().isEmpty() ? "" : ": " + g.note());
      out.add(line("MISS", g.document(), g.subject(), g.relation(), g.object(), g.modality(), g.cues())
          + "\t" + clean(why));
    }
    for (Scorer.ScoredSystem s : falsePositives()) {
      SystemFact f = s.fact();
      out.add(line("FP", f.document(), f.subject(), f.relation(), f.object(), f.modality(), f.evidence()) + "\t"
          + (f.locations().isEmpty() ? "" : "location: " + String.join(" ", f.locations())));
    }
    for (ModalityMismatch m : modalityMismatches) {
      Scorer.ScoredGold g = m.gold();
      out.add(line("MODALITY", g.document(), g.subject(), g.relation(), g.object(), g.modality(),
          List.of("system: " + (m.system() == null ? "none" : m.system().localName()) + " | "
              + String.join(" | ", m.evidence()))) + "\t");
    }
    if (mode == Scorer.Mode.STRICT) {
      out.addAll(LocationScore.of(this).errorLines());
    }
    for (SkippedGold k : skipped) {
      if (mode == Scorer.Mode.STRICT && k.relation() != null) {
        continue; // a MISS row above
      }
      out.add(String.join("\t", "SKIP", clean(k.document()), "", "", "", "",
          clean(k.annotation() + " — " + k.reason()), ""));
    }
    return out;
  }

  /** Writes {@link #errorLines()} to a file, creating its folder. */
  public void writeErrors(Path file) {
    writeErrors(file, java.util.Map.of());
  }

  /** Writes {@link #errorLines(java.util.Map)} to a file, creating its folder. */
  public void writeErrors(Path file, java.util.Map<Scorer.ScoredGold, String> causes) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.write(file, errorLines(causes), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String line(String kind, String doc, String s, String r, String o, Modality m, List<String> text) {
    return String.join("\t", kind, clean(doc), clean(s), clean(r), clean(o),
        m == null ? "" : m.localName().toLowerCase(Locale.ROOT), clean(String.join(" | ", text)));
  }

  /** A cell of the error file: tabs and line breaks folded to a space. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
