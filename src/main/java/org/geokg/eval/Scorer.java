package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.geokg.claim.Modality;

/**
 * Scores system facts against gold facts: precision, recall and F1 per relation and overall (micro),
 * and the accuracy of modality over matched facts. Pure: no I/O, no RDF.
 *
 * <p>A system fact matches a gold fact when they come from the same document (if the set is scored per
 * document), their subjects and objects have the same key, and one of the system relation's candidates
 * (see {@link RelationScheme}) is the gold relation; symmetric gold relations match in either direction.
 * Facts are counted once per (subject, relation, object): repeated ones collapse on both sides.
 */
public final class Scorer {
  private Scorer() {}

  /** A gold fact after collapsing duplicates. */
  public record ScoredGold(String document, String subject, String relation, String object, Modality modality,
      List<String> cues) {}

  /**
   * A system fact after collapsing duplicates, with the relation row it is counted under and the gold
   * facts it matched.
   */
  public record ScoredSystem(SystemFact fact, String row, List<ScoredGold> matched) {
    public boolean isMatched() {
      return !matched.isEmpty();
    }
  }

  /** Scores a set against system facts; gold keys are normalised with the normaliser's government bodies. */
  public static EvalResult score(EvalSet set, List<SystemFact> system, ActorNormalizer normalizer) {
    return score(set.name(), set.gold(), set.skipped(), system, set.scheme(), set.perDocument(),
        normalizer::normalizeGoldKey);
  }

  /**
   * Scores gold facts against system facts.
   *
   * @param goldKeyNormalizer applied to gold subjects (where the scheme normalises them) and objects
   */
  public static EvalResult score(String setName, List<GoldFact> goldFacts, List<SkippedGold> skipped,
      List<SystemFact> systemFacts, RelationScheme scheme, boolean perDocument,
      UnaryOperator<String> goldKeyNormalizer) {
    List<ScoredGold> gold = collapseGold(goldFacts, scheme, perDocument, goldKeyNormalizer);
    List<SystemFact> system = collapseSystem(systemFacts.stream().filter(scheme::counts).toList(), perDocument);

    Map<List<String>, List<ScoredGold>> index = new HashMap<>();
    for (ScoredGold g : gold) {
      index.computeIfAbsent(List.of(g.document(), g.relation(), g.subject(), g.object()), k -> new ArrayList<>())
          .add(g);
      if (scheme.symmetric(g.relation()) && !g.subject().equals(g.object())) {
        index.computeIfAbsent(List.of(g.document(), g.relation(), g.object(), g.subject()),
            k -> new ArrayList<>()).add(g);
      }
    }

    List<ScoredSystem> scoredSystem = new ArrayList<>();
    Map<ScoredGold, List<SystemFact>> matchesOfGold = new LinkedHashMap<>();
    for (SystemFact f : system) {
      List<String> candidates = scheme.candidates(f.relation());
      String row = candidates.get(0);
      LinkedHashSet<ScoredGold> hits = new LinkedHashSet<>();
      for (String c : candidates) {
        List<ScoredGold> found = index.getOrDefault(List.of(f.document(), c, f.subject(), f.object()), List.of());
        if (!found.isEmpty() && hits.isEmpty()) {
          row = c;
        }
        hits.addAll(found);
      }
      scoredSystem.add(new ScoredSystem(f, row, List.copyOf(hits)));
      for (ScoredGold g : hits) {
        matchesOfGold.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
      }
    }

    Map<String, int[]> rows = new TreeMap<>(); // gold, goldMatched, system, systemMatched
    for (ScoredGold g : gold) {
      int[] r = rows.computeIfAbsent(g.relation(), k -> new int[4]);
      r[0]++;
      if (matchesOfGold.containsKey(g)) {
        r[1]++;
      }
    }
    for (ScoredSystem s : scoredSystem) {
      int[] r = rows.computeIfAbsent(s.row(), k -> new int[4]);
      r[2]++;
      if (s.isMatched()) {
        r[3]++;
      }
    }
    Set<String> goldRelations = new LinkedHashSet<>();
    gold.forEach(g -> goldRelations.add(g.relation()));
    List<EvalResult.RelationScore> relationScores = new ArrayList<>();
    rows.forEach((rel, r) -> relationScores.add(
        new EvalResult.RelationScore(rel, goldRelations.contains(rel), r[0], r[1], r[2], r[3])));

    int modalityTotal = 0;
    int modalityCorrect = 0;
    List<EvalResult.ModalityMismatch> mismatches = new ArrayList<>();
    for (Map.Entry<ScoredGold, List<SystemFact>> e : matchesOfGold.entrySet()) {
      Modality want = e.getKey().modality();
      if (want == null) {
        continue;
      }
      modalityTotal++;
      List<Modality> got = e.getValue().stream().map(SystemFact::modality).filter(Objects::nonNull).toList();
      if (got.contains(want)) {
        modalityCorrect++;
      } else {
        mismatches.add(new EvalResult.ModalityMismatch(e.getKey(), got.isEmpty() ? null : got.get(0),
            e.getValue().get(0).evidence()));
      }
    }
    List<ScoredGold> misses = gold.stream().filter(g -> !matchesOfGold.containsKey(g)).toList();
    return new EvalResult(setName, relationScores, gold, scoredSystem, misses, mismatches, skipped,
        modalityCorrect, modalityTotal);
  }

  private static List<ScoredGold> collapseGold(List<GoldFact> facts, RelationScheme scheme, boolean perDocument,
      UnaryOperator<String> norm) {
    Map<List<String>, ScoredGold> byKey = new LinkedHashMap<>();
    for (GoldFact g : facts) {
      String doc = perDocument && g.document() != null ? g.document() : "";
      String rel = g.relation();
      String s = scheme.normalizesSubject(rel) ? norm.apply(g.subject()) : g.subject();
      String o = norm.apply(g.object());
      if (scheme.symmetric(rel) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      List<String> key = List.of(doc, s, rel, o);
      ScoredGold prev = byKey.get(key);
      List<String> cues = new ArrayList<>(prev == null ? List.of() : prev.cues());
      if (!g.cue().isBlank() && !cues.contains(g.cue())) {
        cues.add(g.cue());
      }
      Modality m = prev != null && prev.modality() != null ? prev.modality() : g.modality();
      byKey.put(key, new ScoredGold(doc, s, rel, o, m, List.copyOf(cues)));
    }
    return List.copyOf(byKey.values());
  }

  private static List<SystemFact> collapseSystem(List<SystemFact> facts, boolean perDocument) {
    Map<List<String>, SystemFact> byKey = new LinkedHashMap<>();
    for (SystemFact f : facts) {
      String doc = perDocument ? f.document() : "";
      String s = f.subject();
      String o = f.object();
      if (Relations.SYMMETRIC.contains(f.relation()) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      List<String> key = List.of(doc, s, f.relation(), o);
      SystemFact prev = byKey.get(key);
      if (prev == null) {
        byKey.put(key, new SystemFact(doc, s, f.relation(), o, f.modalities(), f.evidence()));
      } else {
        List<Modality> mods = new ArrayList<>(prev.modalities());
        mods.addAll(f.modalities());
        LinkedHashSet<String> ev = new LinkedHashSet<>(prev.evidence());
        ev.addAll(f.evidence());
        byKey.put(key, new SystemFact(doc, s, f.relation(), o, mods, List.copyOf(ev)));
      }
    }
    return List.copyOf(byKey.values());
  }
}
