package org.geokg.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One set's figures as {@code geokg eval} reports them: strict and lenient scores side by side, how many
 * gold actors linking placed, and the causes of the strict misses; and the tables and JSON made of
 * several.
 *
 * @param strict the strict scores (the headline)
 * @param lenient the lenient scores
 * @param actors actor resolution, or null when not measured (the seed scored on a store)
 * @param causes the cause of each strict miss; empty when not sorted
 */
public record SetReport(EvalResult strict, EvalResult lenient, ActorResolution actors,
    Map<Scorer.ScoredGold, String> causes) {
  private static final String NL = System.lineSeparator();

  public SetReport {
    // In the misses' order (Map.copyOf's order changes from one JVM run to the next, and the JSON with it).
    causes = causes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
  }

  /** The report of an in-memory evaluation. */
  public static SetReport of(Evaluation.Outcome o) {
    return new SetReport(o.result(), o.lenient(), o.actors(), o.causes());
  }

  public String set() {
    return strict.set();
  }

  /** One row per set: gold and system counts and P, R, F1 strict then lenient, of each set's headline. */
  public static String summaryTable(List<SetReport> reports) {
    StringBuilder sb = new StringBuilder();
    String head = String.format(Locale.ROOT, "%-10s %5s %6s %6s %6s %6s | %5s %6s %6s %6s %6s%n", "set", "gold",
        "system", "P", "R", "F1", "gold", "system", "P", "R", "F1");
    sb.append(String.format(Locale.ROOT, "%-10s %-32s | %s%n", "", "strict (default)", "lenient"));
    sb.append(head);
    sb.append("-".repeat(head.length() - NL.length())).append(NL);
    for (SetReport r : reports) {
      EvalResult.RelationScore s = r.strict.headline();
      EvalResult.RelationScore l = r.lenient.headline();
      sb.append(String.format(Locale.ROOT, "%-10s %5d %6d %6s %6s %6s | %5d %6d %6s %6s %6s%n", r.set(), s.gold(),
          s.system(), fmt(s.system(), s.precision()), fmt(s.gold(), s.recall()), fmt(s.gold() + s.system(), s.f1()),
          l.gold(), l.system(), fmt(l.system(), l.precision()), fmt(l.gold(), l.recall()),
          fmt(l.gold() + l.system(), l.f1())));
    }
    sb.append("seed and statedept: every relation; plover, petrarch, re3d: the relations their gold annotates.")
        .append(NL);
    return sb.toString();
  }

  /** Per relation, strict counts and P, R, F1, then lenient P, R, F1; then the overall rows. */
  public String relationTable() {
    StringBuilder sb = new StringBuilder();
    String head = String.format(Locale.ROOT, "%-26s %5s %6s %6s %6s %6s %6s %6s | %6s %6s %6s%n", "relation", "gold",
        "system", "m.gold", "m.sys", "P", "R", "F1", "P", "R", "F1");
    sb.append("== ").append(set()).append(" ==").append(NL);
    sb.append(String.format(Locale.ROOT, "%-26s %-54s | %s%n", "", "strict", "lenient"));
    sb.append(head);
    String rule = "-".repeat(head.length() - NL.length()) + NL;
    sb.append(rule);
    List<String> names = new java.util.ArrayList<>();
    strict.relations().forEach(x -> names.add(x.relation()));
    lenient.relations().stream().map(EvalResult.RelationScore::relation).filter(n -> !names.contains(n))
        .forEach(names::add);
    for (boolean inGold : List.of(true, false)) {
      for (String n : names) {
        EvalResult.RelationScore s = find(strict, n);
        EvalResult.RelationScore l = find(lenient, n);
        if ((s.inGold() || l.inGold()) == inGold) {
          sb.append(row((inGold ? "" : "*") + n, s, l));
        }
      }
    }
    sb.append(rule);
    sb.append(row("overall", strict.overall(), lenient.overall()));
    sb.append(row("overall, gold relations", strict.overallGoldRelations(), lenient.overallGoldRelations()));
    sb.append(String.format(Locale.ROOT, "modality accuracy: %s (%d/%d matched facts, strict)%n",
        strict.modalityTotal() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", strict.modalityAccuracy()),
        strict.modalityCorrect(), strict.modalityTotal()));
    sb.append("* relation the gold never annotates: its facts count as false positives in \"overall\"").append(NL);
    sb.append(notes());
    return sb.toString();
  }

  /**
   * Lines under a set's figures: the headline, unkeyed gold, actor resolution, locations (when the gold
   * marks them, see {@link LocationScore}), causes of misses.
   */
  public String notes() {
    StringBuilder sb = new StringBuilder();
    long unkeyed = strict.skipped().stream().filter(k -> k.relation() != null).count();
    if (unkeyed > 0) {
      sb.append(String.format(Locale.ROOT, "%s: %d gold annotations whose actors have no key count as strict misses"
          + " (lenient leaves them out)%n", set(), unkeyed));
    }
    long unscored = strict.skipped().size() - unkeyed;
    if (unscored > 0) {
      sb.append(String.format(Locale.ROOT, "%s: %d gold annotations of no relation the ontology holds are not"
          + " scored (SKIP rows)%n", set(), unscored));
    }
    if (strict.unscoredTargetless() > 0) {
      sb.append(String.format(Locale.ROOT, "%s: %d targetless interactions not scored: this gold annotates none%n",
          set(), strict.unscoredTargetless()));
    }
    if (strict.reverseReadings() > 0) {
      sb.append(String.format(Locale.ROOT, "%s: %d reverse readings of a meeting or joint work not scored: the"
          + " gold writes such an event once (B → A beside A → B)%n", set(), strict.reverseReadings()));
    }
    MacroScore macro = macro();
    if (macro != null) {
      sb.append(set()).append(": strict ").append(macro.describe()).append(NL);
    }
    if (actors != null && actors.actors() > 0) {
      sb.append(set()).append(": actor resolution ").append(actors.describe()).append(NL);
    }
    LocationScore where = LocationScore.of(strict);
    if (where.goldLocated() > 0) {
      sb.append(set()).append(": ").append(where.describe()).append(NL);
    }
    if (!causes.isEmpty()) {
      sb.append(set()).append(": strict misses by cause:");
      MissCauses.counts(causes).forEach((c, n) -> sb.append(' ').append(c).append(' ').append(n).append(';'));
      sb.setLength(sb.length() - 1);
      sb.append(NL);
    }
    return sb.toString();
  }

  /**
   * The report as JSON: headline and per-relation figures of both modes, strict macro figures
   * ({@code "macro"}, see {@link #macro()}), actors, locations, causes.
   */
  public JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.put("set", set());
    o.put("strict", json(strict));
    o.put("lenient", json(lenient));
    if (actors != null) {
      JsonObject a = new JsonObject();
      a.put("actors", actors.actors());
      a.put("resolved", actors.resolved());
      a.put("unkeyed", actors.unkeyed());
      if (actors.actors() > 0) {
        a.put("rate", num(actors.rate()));
      }
      o.put("actorResolution", a);
    }
    MacroScore macro = macro();
    if (macro != null) {
      JsonObject m = new JsonObject();
      m.put("documents", macro.documents());
      m.put("precisionDocuments", macro.precisionDocuments());
      if (!Double.isNaN(macro.precision())) {
        m.put("precision", num(macro.precision()));
      }
      m.put("recall", num(macro.recall()));
      o.put("macro", m);
    }
    LocationScore where = LocationScore.of(strict);
    if (where.goldLocated() > 0) {
      JsonObject l = new JsonObject();
      l.put("goldLocated", where.goldLocated());
      l.put("goldFound", where.goldFound());
      l.put("goldRight", where.goldRight());
      l.put("systemLocated", where.systemLocated());
      l.put("systemRight", where.systemRight());
      l.put("systemUnjudged", where.systemUnjudged());
      if (where.goldFound() > 0) {
        l.put("rightOfFound", num(where.recallFound()));
      }
      l.put("rightOfLocated", num(where.recallAll()));
      if (where.systemLocated() > 0) {
        l.put("precision", num(where.precision()));
      }
      o.put("locations", l);
    }
    if (!causes.isEmpty()) {
      JsonObject c = new JsonObject();
      MissCauses.counts(causes).forEach(c::put);
      o.put("missCauses", c);
      JsonObject byRel = new JsonObject();
      MissCauses.byRelation(causes).forEach((rel, m) -> {
        JsonObject x = new JsonObject();
        m.forEach(x::put);
        byRel.put(rel, x);
      });
      o.put("missCausesByRelation", byRel);
    }
    return o;
  }

  /**
   * The strict macro figures ({@link MacroScore}) of a set whose gold annotates every relation of several
   * documents (statedept), or null: the event sets' documents are single sentences of a few facts each.
   */
  public MacroScore macro() {
    return strict.exhaustive() ? MacroScore.of(strict) : null;
  }

  /** Writes {@code {"sets": [...]}} to a file, creating its folder. */
  public static void writeJson(Path file, List<SetReport> reports) {
    JsonObject root = new JsonObject();
    JsonArray sets = new JsonArray();
    reports.forEach(r -> sets.add(r.toJson()));
    root.put("sets", sets);
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        JSON.write(out, root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static JsonObject json(EvalResult r) {
    JsonObject o = new JsonObject();
    o.put("headline", json(r.headline()));
    o.put("overall", json(r.overall()));
    o.put("overallGoldRelations", json(r.overallGoldRelations()));
    if (r.modalityTotal() > 0) {
      o.put("modalityAccuracy", num(r.modalityAccuracy()));
    }
    JsonArray rels = new JsonArray();
    r.relations().forEach(x -> rels.add(json(x)));
    o.put("relations", rels);
    return o;
  }

  private static JsonObject json(EvalResult.RelationScore s) {
    JsonObject o = new JsonObject();
    o.put("relation", s.relation());
    o.put("inGold", s.inGold());
    o.put("gold", s.gold());
    o.put("system", s.system());
    o.put("goldMatched", s.goldMatched());
    o.put("systemMatched", s.systemMatched());
    o.put("precision", num(s.precision()));
    o.put("recall", num(s.recall()));
    o.put("f1", num(s.f1()));
    return o;
  }

  private static org.apache.jena.atlas.json.JsonNumber num(double v) {
    return org.apache.jena.atlas.json.JsonNumber.value(Math.round(v * 10000) / 10000.0);
  }

  private static EvalResult.RelationScore find(EvalResult r, String relation) {
    return r.relations().stream().filter(x -> x.relation().equals(relation)).findFirst()
        .orElse(new EvalResult.RelationScore(relation, false, 0, 0, 0, 0));
  }

  private static String row(String label, EvalResult.RelationScore s, EvalResult.RelationScore l) {
    return String.format(Locale.ROOT, "%-26s %5d %6d %6d %6d %6s %6s %6s | %6s %6s %6s%n", label, s.gold(),
        s.system(), s.goldMatched(), s.systemMatched(), fmt(s.system(), s.precision()), fmt(s.gold(), s.recall()),
        fmt(s.system() + s.gold(), s.f1()), fmt(l.system(), l.precision()), fmt(l.gold(), l.recall()),
        fmt(l.system() + l.gold(), l.f1()));
  }

  private static String fmt(int denominator, double v) {
    return denominator == 0 ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
