package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The strict scores' view of gold actors: a person or body counts as the state (or organisation) it
 * represents by the gold's own {@code represents} rows (the document's first, then the set's) and, for
 * government bodies and organs, by the curated reference data, followed through bodies to a state; and
 * a system person is given the gold's name for them when the words of the two names agree
 * ({@link EntityKeys#samePerson}), or, when none does, the words of one of the other names the reference
 * data gives the person ("Lukashenka" for Alexander Lukashenko).
 */
final class GoldActors {
  // Chains are short (person → body → state); the bound guards against cycles in bad gold.
  private static final int MAX_STEPS = 4;

  private final boolean perDocument;
  private final UnaryOperator<String> reference;
  private final Map<String, Map<String, String>> representsByDoc = new HashMap<>();
  private final Map<String, String> represents = new HashMap<>();
  private final Map<String, Set<String>> personsByDoc = new HashMap<>();
  private final Function<String, Set<String>> aliases;

  /**
   * @param reference a body's key → the key it represents by curated data, or null
   */
  GoldActors(List<GoldFact> gold, boolean perDocument, UnaryOperator<String> reference) {
    this(gold, perDocument, reference, k -> Set.of());
  }

  /**
   * @param reference a body's key → the key it represents by curated data, or null
   * @param aliases a system person's key → the keys of the other names the reference data gives them
   */
  GoldActors(List<GoldFact> gold, boolean perDocument, UnaryOperator<String> reference,
      Function<String, Set<String>> aliases) {
    this.perDocument = perDocument;
    this.reference = reference;
    this.aliases = aliases;
    for (GoldFact g : gold) {
      String doc = doc(g.document());
      if (g.relation().equals("represents")) {
        representsByDoc.computeIfAbsent(doc, k -> new HashMap<>()).putIfAbsent(g.subject(), g.object());
        represents.putIfAbsent(g.subject(), g.object());
      }
    }
    for (GoldFact g : gold) {
      String doc = doc(g.document());
      for (String k : List.of(g.subject(), normalize(doc, g.subject()), normalize(doc, g.object()))) {
        if (EntityKeys.isPerson(k)) {
          personsByDoc.computeIfAbsent(doc, x -> new LinkedHashSet<>()).add(k);
        }
      }
    }
  }

  /** The key a gold actor counts as in document {@code doc} ({@code ""} for sets scored as a whole). */
  String normalize(String doc, String key) {
    String current = key;
    for (int i = 0; i < MAX_STEPS; i++) {
      String next = representedBy(doc, current);
      if (next == null || next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private String representedBy(String doc, String key) {
    Map<String, String> local = representsByDoc.getOrDefault(doc, Map.of());
    String next = local.get(key);
    if (next == null) {
      next = represents.get(key);
    }
    if (next == null && EntityKeys.isPerson(key)) {
      next = byName(local, key);
      if (next == null) {
        next = byName(represents, key);
      }
    }
    if (next == null && !EntityKeys.isPerson(key)) {
      next = reference.apply(key);
    }
    return next;
  }

  private static String byName(Map<String, String> reps, String person) {
    List<String> found = new ArrayList<>();
    reps.forEach((p, r) -> {
      if (EntityKeys.samePerson(p, person) && !found.contains(r)) {
        found.add(r);
      }
    });
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * A system key, with a person renamed to the gold's name for them in the same document when exactly one
   * gold person's name agrees with it (or one agrees word for word).
   */
  String unifyPerson(String doc, String key) {
    if (!EntityKeys.isPerson(key)) {
      return key;
    }
    Set<String> persons = personsByDoc.getOrDefault(doc(doc), Set.of());
    if (persons.contains(key)) {
      return key;
    }
    List<String> same = persons.stream().filter(p -> EntityKeys.samePerson(p, key)).toList();
    if (same.size() == 1) {
      return same.get(0);
    }
    if (same.isEmpty()) {
      // Another spelling the reference data knows ("Lukashenka" for Lukashenko): one gold person only.
      Set<String> names = aliases.apply(key);
      List<String> byAlias = persons.stream()
          .filter(p -> names.stream().anyMatch(a -> EntityKeys.samePerson(p, a))).toList();
      return byAlias.size() == 1 ? byAlias.get(0) : key;
    }
    // Several agree ("Blinken" in a release naming two Blinkens): only the same words, in any order, decide.
    int words = key.split("-").length;
    return same.stream().filter(p -> p.split("-").length == words).findFirst().orElse(key);
  }

  private String doc(String document) {
    return perDocument && document != null ? document : "";
  }
}
