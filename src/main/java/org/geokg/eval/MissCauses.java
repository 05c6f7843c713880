package org.geokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.geokg.DocumentGraph;
import org.geokg.doc.Document;

/**
 * Sorts a strict result's misses by cause, the map for improving extraction:
 * <ol>
 *   <li>{@value #MODALITY}: geokg has the fact, but disagrees whether it happened;
 *   <li>{@value #ACTOR}: an actor has no key or is one geokg does not know, or linking placed no entity
 *       standing for it in the fact's sentence (the one its cue is in);
 *   <li>{@value #OTHER}: geokg read the two actors of that sentence into another relation or direction,
 *       or the document failed;
 *   <li>{@value #CONSTRUCTION}: a word of the cue is one some rule reads the relation from (or the relation
 *       is read by code, as {@code represents} from titles), but no rule matched the sentence;
 *   <li>{@value #LEXICON}: no rule reads the relation from any word of the cue.
 * </ol>
 * The sorting is automatic: a cue spanning two sentences, or a word a rule reads from another place
 * in the sentence, can put a miss in a neighbouring class.
 */
public final class MissCauses {
  public static final String ACTOR = "actor not found";
  public static final String CONSTRUCTION = "construction not read";
  public static final String LEXICON = "relation not in the lexicon";
  public static final String MODALITY = "modality";
  public static final String OTHER = "other";
  /** The causes in the order they are reported. */
  public static final List<String> ORDER = List.of(ACTOR, CONSTRUCTION, LEXICON, MODALITY, OTHER);

  /** {@link #ORDER}, then any other cause by name. */
  private static final java.util.Comparator<String> CAUSE_ORDER = java.util.Comparator
      .comparingInt((String c) -> ORDER.contains(c) ? ORDER.indexOf(c) : ORDER.size())
      .thenComparing(java.util.Comparator.naturalOrder());

  private MissCauses() {}

  /**
   * The cause of each miss of {@code strict}.
   *
   * @param documents the set's documents by name
   * @param linked each document's sentences as linking saw them; a document without is one that failed
   */
  public static Map<Scorer.ScoredGold, String> classify(EvalResult strict, Map<String, Document> documents,
      Map<String, List<DocumentGraph.Sentence>> linked, ActorNormalizer normalizer, Triggers triggers) {
    Map<Scorer.ScoredGold, String> out = new LinkedHashMap<>();
    for (Scorer.ScoredGold g : strict.misses()) {
      String name = g.document();
      if (name.isEmpty()) {
        // A set scored as a whole: the fact is in the document its cue is in, else in the first.
        name = documents.values().stream().filter(d -> locate(d.text(), g.cues()) != null).map(Document::name)
            .findFirst().orElse(documents.isEmpty() ? "" : documents.keySet().iterator().next());
      }
      out.put(g, cause(g, strict, documents.get(name), linked.get(name), normalizer, triggers));
    }
    return out;
  }

  /** Counts per cause, in {@link #ORDER}. */
  public static Map<String, Integer> counts(Map<Scorer.ScoredGold, String> causes) {
    Map<String, Integer> out = new LinkedHashMap<>();
    ORDER.forEach(c -> out.put(c, 0));
    causes.values().forEach(c -> out.merge(c, 1, Integer::sum));
    return out;
  }

  /** Counts per relation and cause: relation → cause → count. */
  public static Map<String, Map<String, Integer>> byRelation(Map<Scorer.ScoredGold, String> causes) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    causes.forEach((g, c) -> out.computeIfAbsent(g.relation(), k -> new TreeMap<>(CAUSE_ORDER)).merge(c, 1, Integer::sum));
    return out;
  }

  private static String cause(Scorer.ScoredGold g, EvalResult strict, Document doc,
      List<DocumentGraph.Sentence> sentences, ActorNormalizer normalizer, Triggers triggers) {
    if (g.note().startsWith("modality")) {
      return MODALITY;
    }
    if (!g.note().isEmpty() || g.object().isEmpty()) {
      return ACTOR;
    }
    if (doc == null || sentences == null || sentences.isEmpty()) {
      return OTHER;
    }
    int[] cue = locate(doc.text(), g.cues());
    List<DocumentGraph.Sentence> where = new ArrayList<>();
    for (DocumentGraph.Sentence s : sentences) {
      if (cue == null || (cue[0] < s.end() && cue[1] > s.begin())) {
        where.add(s);
      }
    }
    if (!ActorResolution.placed(g.subject(), where, normalizer)
        || (!EntityKeys.NO_TARGET.equals(g.object()) && !ActorResolution.placed(g.object(), where, normalizer))) {
      return ACTOR;
    }
    String text = String.join(" ", where.stream().map(s -> doc.text().substring(s.begin(), s.end())).toList());
    boolean readOtherwise = strict.system().stream().map(Scorer.ScoredSystem::fact)
        .filter(f -> f.document().equals(g.document()))
        .filter(f -> (f.subject().equals(g.subject()) && f.object().equals(g.object()))
            || (f.subject().equals(g.object()) && f.object().equals(g.subject())))
        .anyMatch(f -> f.evidence().stream().anyMatch(e -> text.contains(e) || e.contains(text)));
    if (readOtherwise) {
      return OTHER;
    }
    if (g.relation().equals("represents")) {
      return CONSTRUCTION;
    }
    List<String> lemmas = new ArrayList<>();
    for (DocumentGraph.Sentence s : where) {
      for (DocumentGraph.Token t : s.tokens()) {
        if (cue == null || (t.begin() < cue[1] && t.end() > cue[0])) {
          lemmas.add(t.lemma());
          lemmas.add(doc.text().substring(t.begin(), t.end()).toLowerCase(Locale.ROOT));
        }
      }
    }
    return triggers.knows(g.relation(), lemmas) ? CONSTRUCTION : LEXICON;
  }

  /** The span of the first cue found in the text (ignoring case and runs of spaces), or null. */
  static int[] locate(String text, List<String> cues) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String c : cues) {
      String cue = c.trim().toLowerCase(Locale.ROOT);
      if (cue.isEmpty()) {
        continue;
      }
      int at = lower.indexOf(cue);
      if (at >= 0) {
        return new int[] {at, at + cue.length()};
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
          java.util.regex.Pattern.quote(cue).replace(" ", "\\E\\s+\\Q")).matcher(lower);
      if (m.find()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return null;
  }
}
