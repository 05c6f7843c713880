package org.geokg.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.DocumentGraph;

/**
 * How many of a gold set's actors geokg places: the share of gold source and target actors (each
 * counted once per document and role) that some entity linked anywhere in the document's sentences
 * stands for, after normalisation (a person as the state it represents, a group as its country, a body
 * as its state). It separates "could not place the actor" from "did not read the event": an event whose
 * actors are both placed and still missed is a reading problem.
 *
 * @param actors gold actors with a state or organisation key
 * @param resolved those some linked entity in their document stands for
 * @param unkeyed gold annotations left out because an actor has no state or organisation key
 */
public record ActorResolution(int actors, int resolved, int unkeyed) {

  /** resolved / actors, NaN when there are none. */
  public double rate() {
    return actors == 0 ? Double.NaN : (double) resolved / actors;
  }

  /** Measures a set: its gold facts against what linking found in each document. */
  public static ActorResolution measure(EvalSet set, Map<String, List<DocumentGraph.Sentence>> linked,
      ActorNormalizer normalizer) {
    Set<List<String>> actors = new LinkedHashSet<>();
    for (GoldFact g : set.gold()) {
      String doc = g.document() == null ? "" : g.document();
      actors.add(List.of(doc, "source", g.subject()));
      if (!EntityKeys.NO_TARGET.equals(g.object())) {
        actors.add(List.of(doc, "target", g.object()));
      }
    }
    // A set scored as a whole (the seed) has no document per fact: its actors may be anywhere.
    List<DocumentGraph.Sentence> all = linked.values().stream().flatMap(List::stream).toList();
    int resolved = 0;
    for (List<String> a : actors) {
      if (placed(a.get(2), a.get(0).isEmpty() ? all : linked.getOrDefault(a.get(0), List.of()), normalizer)) {
        resolved++;
      }
    }
    int unkeyed = (int) set.skipped().stream().filter(k -> k.relation() != null).count();
    return new ActorResolution(actors.size(), resolved, unkeyed);
  }

  /** Whether an entity linked in one of {@code sentences} stands for {@code key}. */
  static boolean placed(String key, List<DocumentGraph.Sentence> sentences, ActorNormalizer normalizer) {
    for (DocumentGraph.Sentence s : sentences) {
      for (String iri : s.entities()) {
        String own = normalizer.key(iri);
        if (own.equals(key) || normalizer.normalize(iri).equals(key) || EntityKeys.samePerson(own, key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "0.812 (406/500 gold actors; 12 annotations with an actor of no key)". */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%s (%d/%d gold source and target actors placed%s)",
        actors == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", rate()), resolved, actors,
        unkeyed == 0 ? "" : "; " + unkeyed + " annotations with an actor of no key not counted");
  }
}
