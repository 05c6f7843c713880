package org.geokg.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Macro-averaged precision and recall of a set scored per document: the mean over the gold's documents
 * of each document's own precision and recall, so that a release with ten facts weighs as much as one
 * with a hundred (the micro figures of {@link EvalResult#headline()} let a long member list decide).
 *
 * <p>Counted as the headline counts: every relation when the gold annotates every one, else the gold's
 * relations only. A gold document where the system found nothing has recall 0; its precision is undefined
 * and it is left out of the macro precision ({@link #noSystem()} says how many were). System facts of a
 * document the gold does not hold are not counted.
 *
 * @param documents gold documents averaged over for recall
 * @param precisionDocuments those of them with at least one system fact, averaged over for precision
 * @param precision mean per-document precision; NaN when no document has a system fact
 * @param recall mean per-document recall; NaN when there is no gold document
 */
public record MacroScore(int documents, int precisionDocuments, double precision, double recall) {

  /** Gold documents with no system fact, left out of the macro precision. */
  public int noSystem() {
    return documents - precisionDocuments;
  }

  /**
   * The macro figures of a result, or null when the set is not scored by document (its facts carry no
   * document) or its gold names fewer than two documents, where macro and micro say the same.
   */
  public static MacroScore of(EvalResult r) {
    Map<String, int[]> byDoc = new TreeMap<>(); // gold, goldMatched, system, systemMatched
    java.util.Set<Scorer.ScoredGold> matched = new java.util.HashSet<>();
    for (Scorer.ScoredSystem s : r.system()) {
      matched.addAll(s.matched());
    }
    java.util.Set<String> goldRelations = new java.util.HashSet<>();
    r.relations().stream().filter(EvalResult.RelationScore::inGold).forEach(x -> goldRelations.add(x.relation()));
    for (Scorer.ScoredGold g : r.gold()) {
      int[] c = byDoc.computeIfAbsent(g.document(), k -> new int[4]);
      c[0]++;
      if (matched.contains(g)) {
        c[1]++;
      }
    }
    if (byDoc.size() < 2 || byDoc.containsKey("")) {
      return null;
    }
    for (Scorer.ScoredSystem s : r.system()) {
      int[] c = byDoc.get(s.fact().document());
      if (c == null || (!r.exhaustive() && !goldRelations.contains(s.row()))) {
        continue;
      }
      c[2]++;
      if (s.isMatched()) {
        c[3]++;
      }
    }
    double p = 0;
    double rec = 0;
    int withSystem = 0;
    for (int[] c : byDoc.values()) {
      rec += (double) c[1] / c[0];
      if (c[2] > 0) {
        p += (double) c[3] / c[2];
        withSystem++;
      }
    }
    return new MacroScore(byDoc.size(), withSystem, withSystem == 0 ? Double.NaN : p / withSystem,
        rec / byDoc.size());
  }

  /** One line for the report: {@code macro P 0.612 R 0.255 (30 documents; 2 with no system fact left out of P)}. */
  public String describe() {
    return String.format(Locale.ROOT, "macro P %s R %.3f (mean over %d gold documents; %d with no system fact"
        + " left out of P)", Double.isNaN(precision) ? "n/a" : String.format(Locale.ROOT, "%.3f", precision),
        recall, documents, noSystem());
  }
}
