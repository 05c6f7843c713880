package org.geokg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persons a document named in full, by each word of their names, in the order named. A bare
 * surname is the person of that name named last at or before its sentence; of one person only, that
 * person wherever named; of two or more with none named before it, nobody ("the Osmanis": a foreign
 * minister and a president of two states in one release).
 */
final class Surnames {
  private record Named(int sentence, Entity person) {}

  private final Map<String, List<Named>> byWord = new HashMap<>();

  void add(String word, int sentence, Entity person) {
    List<Named> list = byWord.computeIfAbsent(word, k -> new ArrayList<>());
    // "Anne A. Witkowsky … Anne Witkowsky": a name that differs only in its middle is the one named first.
    Entity same = list.stream().map(Named::person).filter(p -> sameName(p, person)).findFirst().orElse(person);
    if (list.stream().noneMatch(n -> n.person().equals(same) && n.sentence() == sentence)) {
      list.add(new Named(sentence, same));
    }
  }

  static boolean sameName(Entity a, Entity b) {
    if (a.equals(b)) {
      return true;
    }
    String[] x = a.label().split(" ");
    String[] y = b.label().split(" ");
    return x.length > 1 && y.length > 1 && x[0].equals(y[0]) && x[x.length - 1].equals(y[y.length - 1]);
  }

  /** The person a bare {@code word} in sentence {@code s} names, or null. */
  Entity at(String word, int s) {
    List<Named> list = byWord.get(word);
    if (list == null || list.isEmpty()) {
      return null;
    }
    Entity first = list.get(0).person();
    if (list.stream().allMatch(n -> n.person().equals(first))) {
      return first;
    }
    Entity last = null;
    for (Named n : list) {
      if (n.sentence() <= s) {
        last = n.person();
      }
    }
    return last;
  }
}
