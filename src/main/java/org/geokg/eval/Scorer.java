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
 *
 * <p>Two modes, see {@link Mode}: strict (the default, what a user meets) and lenient (the figures the
 * project reported before, kept beside the strict ones so that a change in one can be told from a change
 * in the other).
 */
public final class Scorer {
  private Scorer() {}

  /** How gold and system facts are compared. */
  public enum Mode {
    /**
     * Every gold annotation of a relation the ontology holds counts, also when its actors have no key
     * (a miss, noted with the reason); gold persons and bodies count as the state they represent, by the
     * gold's own {@code represents} rows and the reference data's bodies; person names match when the
     * words of one are among the other's, in any order, or those of one of the other names the reference
     * data gives the system's person ("Lukashenka" for Lukashenko); and an interaction matches only when
     * both sides agree whether it happened (asserted or reported, against planned, hypothetical, negated or
     * former).
     */
    STRICT,
    /**
     * As the project scored before: gold annotations with no actor key are left out, persons compare by
     * surname, gold bodies are normalised with what the system says they represent, and modality is only
     * reported, never required.
     */
    LENIENT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A gold fact after collapsing duplicates.
   *
   * @param note why the fact could not be or was not matched, when known ({@code ""} otherwise): the reason
   *     its actors have no key, an actor geokg does not know, or the modality the system gave it
   * @param locations where the gold says the interaction happened, as {@link LocationScore} keys; empty
   *     when it does not say
   */
  public record ScoredGold(String document, String subject, String relation, String object, Modality modality,
      List<String> cues, String note, List<String> locations) {
    public ScoredGold {
      locations = List.copyOf(locations);
    }

    /** A gold fact with no location. */
    public ScoredGold(String document, String subject, String relation, String object, Modality modality,
        List<String> cues, String note) {
      this(document, subject, relation, object, modality, cues, note, List.of());
    }
  }

  /**
   * A system fact after collapsing duplicates, with the relation row it is counted under and the gold
   * facts it matched.
   */
  public record ScoredSystem(SystemFact fact, String row, List<ScoredGold> matched) {
    public boolean isMatched() {
      return !matched.isEmpty();
    }
  }

  /** Scores a set strictly. */
  public static EvalResult score(EvalSet set, List<SystemFact> system, ActorNormalizer normalizer) {
    return score(set, system, normalizer, Mode.STRICT, null);
  }

  /**
   * Scores a set against system facts.
   *
   * @param normalizer built from the dataset: the lenient mode normalises gold bodies with it, the strict
   *     mode takes only its reference bodies ({@link ActorNormalizer#referenceKey})
   * @param knownActors keys of the states and organisations geokg knows, to note gold actors it cannot
   *     represent; null when not known
   */
  public static EvalResult score(EvalSet set, List<SystemFact> system, ActorNormalizer normalizer, Mode mode,
      Set<String> knownActors) {
    if (mode == Mode.LENIENT) {
      return score(set.name(), set.gold(), set.skipped(), system, set.scheme(), set.perDocument(),
          normalizer::normalizeGoldKey);
    }
    GoldActors actors = new GoldActors(set.gold(), set.perDocument(), normalizer::referenceKey,
        normalizer::personNames);
    Keys keys = new Keys() {
      @Override
      public String gold(String doc, String key) {
        return actors.normalize(doc, key);
      }

      @Override
      public String goldKept(String doc, String key) {
        return key;
      }

      @Override
      public String system(String doc, String key) {
        return actors.unifyPerson(doc, key);
      }
    };
    return score(set.name(), set.gold(), set.skipped(), system, set.scheme(), set.perDocument(), keys, Mode.STRICT,
        knownActors);
  }

  /**
   * Scores gold facts against system facts leniently.
   *
   * @param goldKeyNormalizer applied to gold subjects (where the scheme normalises them) and objects
   */
  public static EvalResult score(String setName, List<GoldFact> goldFacts, List<SkippedGold> skipped,
      List<SystemFact> systemFacts, RelationScheme scheme, boolean perDocument,
      UnaryOperator<String> goldKeyNormalizer) {
    Keys keys = new Keys() {
      @Override
      public String gold(String doc, String key) {
        return EntityKeys.surname(goldKeyNormalizer.apply(key));
      }

      @Override
      public String goldKept(String doc, String key) {
        return EntityKeys.surname(key);
      }

      @Override
      public String system(String doc, String key) {
        return EntityKeys.surname(key);
      }
    };
    return score(setName, goldFacts, skipped, systemFacts, scheme, perDocument, keys, Mode.LENIENT, null);
  }

  /** How a mode turns gold and system keys into the keys compared. */
  private interface Keys {
    /** A gold actor in a position that counts as the state it represents. */
    String gold(String doc, String key);

    /** A gold subject the relation keeps as itself (the person of a represents row). */
    String goldKept(String doc, String key);

    /** A system key, already normalised by {@link ActorNormalizer}. */
    String system(String doc, String key);
  }

  private static EvalResult score(String setName, List<GoldFact> goldFacts, List<SkippedGold> skipped,
      List<SystemFact> systemFacts, RelationScheme scheme, boolean perDocument, Keys keys, Mode mode,
      Set<String> knownActors) {
    boolean strict = mode == Mode.STRICT;
    List<ScoredGold> gold = new ArrayList<>(collapseGold(goldFacts, scheme, perDocument, keys, knownActors, strict));
    if (strict) {
      for (SkippedGold k : skipped) {
        if (k.relation() != null) {
          String doc = perDocument && k.document() != null ? k.document() : "";
          gold.add(new ScoredGold(doc, k.annotation(), k.relation(), "", null, List.of(k.annotation()), k.reason()));
        }
      }
    }
    // A gold that annotates no targetless event wrote its facts as source-target pairs: the system's
    // targetless interactions are of nothing it codes, and are left out (counted, and said under the figures),
    // as a relation it never annotates is left out of its headline.
    boolean targetlessGold = goldFacts.stream().anyMatch(g -> EntityKeys.NO_TARGET.equals(g.object()));
    int unscoredTargetless = targetlessGold ? 0
        : (int) systemFacts.stream().filter(f -> EntityKeys.NO_TARGET.equals(f.object())).count();
    if (!targetlessGold) {
      systemFacts = systemFacts.stream().filter(f -> !EntityKeys.NO_TARGET.equals(f.object())).toList();
    }
    List<SystemFact> system = collapseSystem(systemFacts.stream()
        .flatMap(f -> strict ? splitByHappened(f).stream() : java.util.stream.Stream.of(f))
        .filter(scheme::counts).map(f -> rekey(f, perDocument, keys)).toList(), perDocument, strict);

    Map<List<String>, List<ScoredGold>> index = new HashMap<>();
    for (ScoredGold g : gold) {
      if (!g.object().isEmpty()) {
        index.computeIfAbsent(List.of(g.document(), g.relation(), g.subject(), g.object()), k -> new ArrayList<>())
            .add(g);
      }
      if (scheme.symmetric(g.relation()) && !g.subject().equals(g.object())) {
        index.computeIfAbsent(List.of(g.document(), g.relation(), g.object(), g.subject()),
            k -> new ArrayList<>()).add(g);
      }
    }

    List<ScoredSystem> scoredSystem = new ArrayList<>();
    Map<ScoredGold, List<SystemFact>> matchesOfGold = new LinkedHashMap<>();
    Map<ScoredGold, SystemFact> otherModality = new HashMap<>();
    for (SystemFact f : system) {
      List<String> candidates = scheme.candidates(f.relation());
      String row = candidates.get(0);
      LinkedHashSet<ScoredGold> hits = new LinkedHashSet<>();
      for (String c : candidates) {
        List<ScoredGold> found = new ArrayList<>();
        for (ScoredGold g : index.getOrDefault(List.of(f.document(), c, f.subject(), f.object()), List.of())) {
          if (!strict || !isInteraction(f.relation()) || happened(g.modality()) == happened(f.modality())) {
            found.add(g);
          } else {
            otherModality.putIfAbsent(g, f);
          }
        }
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

    int reverseReadings = 0;
    if (strict) {
      List<ScoredSystem> kept = withoutReverseReadings(scoredSystem);
      reverseReadings = scoredSystem.size() - kept.size();
      scoredSystem = kept;
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
    List<ScoredGold> misses = new ArrayList<>();
    for (ScoredGold g : gold) {
      if (matchesOfGold.containsKey(g)) {
        continue;
      }
      SystemFact other = otherModality.get(g);
      if (other != null && g.note().isEmpty()) {
        g = new ScoredGold(g.document(), g.subject(), g.relation(), g.object(), g.modality(), g.cues(),
            "modality: geokg has it as " + (other.modality() == null ? "unknown" : other.modality().localName()),
            g.locations());
      }
      misses.add(g);
    }
    return new EvalResult(setName, mode, scheme.exhaustive(), relationScores, gold, scoredSystem, misses,
        mismatches, skipped, modalityCorrect, modalityTotal, unscoredTargetless, reverseReadings);
  }

  /**
   * The relations of a two-sided event that the gold writes once: a meeting or joint work of A and B is
   * one row, A → B (tools/eval/CONVENTIONS.md for meetings: "one row, not both directions, unless the text
   * makes each side act separately"; the State Department gold writes 64 of its 65 CONSULT and COOPERATE
   * rows one way only). The PLOVER reader writes a reciprocal record both ways, and then both directions
   * match. AGREE is not here: the conventions write each signer toward the other.
   */
  static final Set<String> WRITTEN_ONCE = Set.of("CONSULT", "COOPERATE");

  /**
   * The system facts without the reverse reading of a two-sided event ({@link #WRITTEN_ONCE}): when the
   * system has both A → B and B → A in one document (and both happened, or both did not), the one that
   * matched no gold fact is the same event read from the other side, not a second fact, as long as the
   * other matched; when neither matched, the pair is one wrong fact, kept once. Gold that writes both
   * directions matches both, and neither is dropped.
   */
  private static List<ScoredSystem> withoutReverseReadings(List<ScoredSystem> scored) {
    Map<List<String>, ScoredSystem> byKey = new HashMap<>();
    for (ScoredSystem s : scored) {
      if (WRITTEN_ONCE.contains(s.row())) {
        byKey.put(onceKey(s.fact(), s.row(), false), s);
      }
    }
    List<ScoredSystem> kept = new ArrayList<>();
    for (ScoredSystem s : scored) {
      SystemFact f = s.fact();
      ScoredSystem reverse = WRITTEN_ONCE.contains(s.row()) && !f.subject().equals(f.object())
          ? byKey.get(onceKey(f, s.row(), true)) : null;
      boolean drop = reverse != null && !s.isMatched()
          && (reverse.isMatched() || f.subject().compareTo(f.object()) > 0);
      if (!drop) {
        kept.add(s);
      }
    }
    return kept;
  }

  private static List<String> onceKey(SystemFact f, String row, boolean reversed) {
    return List.of(f.document(), row, reversed ? f.object() : f.subject(), reversed ? f.subject() : f.object(),
        String.valueOf(happened(f.modality())));
  }

  /** Whether a scoring relation is a PLOVER interaction. */
  static boolean isInteraction(String relation) {
    return Relations.PLOVER.contains(relation);
  }

  /** Whether a modality says the event took place; no modality (event data) means it did. */
  static boolean happened(Modality m) {
    return m == null || m == Modality.ASSERTED || m == Modality.REPORTED;
  }

  /**
   * An interaction whose claims disagree on whether it happened ("met", and elsewhere "will meet") as two
   * facts, one for each; anything else as it is.
   */
  private static List<SystemFact> splitByHappened(SystemFact f) {
    if (!isInteraction(f.relation())) {
      return List.of(f);
    }
    List<Modality> yes = f.modalities().stream().filter(Scorer::happened).toList();
    List<Modality> no = f.modalities().stream().filter(m -> !happened(m)).toList();
    if (yes.isEmpty() || no.isEmpty()) {
      return List.of(f);
    }
    return List.of(new SystemFact(f.document(), f.subject(), f.relation(), f.object(), yes, f.evidence(),
            f.locations()),
        new SystemFact(f.document(), f.subject(), f.relation(), f.object(), no, f.evidence(), f.locations()));
  }

  private static SystemFact rekey(SystemFact f, boolean perDocument, Keys keys) {
    String doc = perDocument ? f.document() : "";
    String object = EntityKeys.NO_TARGET.equals(f.object()) ? f.object() : keys.system(doc, f.object());
    return new SystemFact(f.document(), keys.system(doc, f.subject()), f.relation(), object,
        f.modalities(), f.evidence(), f.locations());
  }

  private static List<ScoredGold> collapseGold(List<GoldFact> facts, RelationScheme scheme, boolean perDocument,
      Keys keys, Set<String> knownActors, boolean strict) {
    Map<List<String>, ScoredGold> byKey = new LinkedHashMap<>();
    for (GoldFact g : facts) {
      String doc = perDocument && g.document() != null ? g.document() : "";
      String rel = g.relation();
      String s = scheme.normalizesSubject(rel) ? keys.gold(doc, g.subject()) : keys.goldKept(doc, g.subject());
      String o = EntityKeys.NO_TARGET.equals(g.object()) ? g.object() : keys.gold(doc, g.object());
      if (scheme.symmetric(rel) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      // Strictly, talks held and talks planned in one document are two facts, as on the system side.
      String happened = strict && isInteraction(rel) ? String.valueOf(happened(g.modality())) : "";
      List<String> key = List.of(doc, s, rel, o, happened);
      ScoredGold prev = byKey.get(key);
      List<String> cues = new ArrayList<>(prev == null ? List.of() : prev.cues());
      if (!g.cue().isBlank() && !cues.contains(g.cue())) {
        cues.add(g.cue());
      }
      Modality m = prev != null && prev.modality() != null ? prev.modality() : g.modality();
      LinkedHashSet<String> where = new LinkedHashSet<>(prev == null ? List.of() : prev.locations());
      if (!g.location().isEmpty()) {
        where.add(LocationScore.goldKey(g.location()));
      }
      byKey.put(key, new ScoredGold(doc, s, rel, o, m, List.copyOf(cues), unknownActors(knownActors, s, o),
          List.copyOf(where)));
    }
    return List.copyOf(byKey.values());
  }

  /** A note naming the state or organisation keys geokg does not know, or "". */
  private static String unknownActors(Set<String> known, String... keys) {
    if (known == null) {
      return "";
    }
    List<String> unknown = new ArrayList<>();
    for (String k : keys) {
      if (!k.contains(":") && !known.contains(k) && !EntityKeys.NO_TARGET.equals(k)) {
        unknown.add(k);
      }
    }
    return unknown.isEmpty() ? "" : "not a state or organisation geokg knows: " + String.join(", ", unknown);
  }

  private static List<SystemFact> collapseSystem(List<SystemFact> facts, boolean perDocument, boolean strict) {
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
      // Strictly, "met" and "will meet" are two facts: one can be right and the other wrong.
      String happened = strict && isInteraction(f.relation()) ? String.valueOf(happened(f.modality())) : "";
      List<String> key = List.of(doc, s, f.relation(), o, happened);
      SystemFact prev = byKey.get(key);
      if (prev == null) {
        byKey.put(key, new SystemFact(doc, s, f.relation(), o, f.modalities(), f.evidence(), f.locations()));
      } else {
        List<Modality> mods = new ArrayList<>(prev.modalities());
        mods.addAll(f.modalities());
        LinkedHashSet<String> ev = new LinkedHashSet<>(prev.evidence());
        ev.addAll(f.evidence());
        LinkedHashSet<String> where = new LinkedHashSet<>(prev.locations());
        where.addAll(f.locations());
        byKey.put(key, new SystemFact(doc, s, f.relation(), o, mods, List.copyOf(ev), List.copyOf(where)));
      }
    }
    return List.copyOf(byKey.values());
  }
}
