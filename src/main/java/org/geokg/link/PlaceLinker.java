package org.geokg.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.link.Mention.Form;

/**
 * Links city names to {@link Place}s, with care: a name is taken only where CoreNLP reads a location
 * there or a preposition of place comes before it ("talks in Vienna"), never inside a person's or an
 * organisation's name; a name that places in two states share is taken only when the document names
 * exactly one of those states. A capital already linked as its state ("Moscow said") keeps that
 * mention and gets its place beside it, so that it can also say where an event happened.
 */
final class PlaceLinker {
  private final PhraseIndex<Place> names = new PhraseIndex<>();
  private final Set<String> prepositions;

  PlaceLinker(Gazetteer g) {
    for (Place p : g.places().values()) {
      names.add(p.name(), p);
      g.placeAliases(p.id()).forEach(a -> names.add(a, p));
    }
    Set<String> preps = new HashSet<>();
    g.placeContext().forEach(w -> preps.add(w.toLowerCase(Locale.ROOT)));
    this.prepositions = Set.copyOf(preps);
  }

  /** Links the places of every sentence; the document's state mentions must be linked already. */
  void link(LinkedDocument d) {
    Set<String> statesNamed = new HashSet<>();
    for (Mention m : d.mentions()) {
      if (m.entity().kind() == EntityKind.STATE) {
        statesNamed.add(m.entity().key());
      }
    }
    for (int s = 0; s < d.sentences().size(); s++) {
      List<CoreLabel> toks = d.tokens(s);
      List<String> words = new ArrayList<>(toks.size());
      toks.forEach(t -> words.add(PhraseIndex.normalize(t.word())));
      for (int i = 0; i < toks.size(); ) {
        PhraseIndex.Match<Place> m = names.longestAt(words, i);
        if (m == null) {
          i++;
          continue;
        }
        Place p = choose(m.values(), statesNamed);
        Mention there = d.mentionAt(s, m.begin());
        if (p != null && there != null) {
          // A capital as metonym: the state stays the mention; the place is where it is, over the
          // mention's span ("Washington, D.C." is one seat).
          if (there.begin() == m.begin() && there.form() == Form.SEAT && there.entity().key().equals(p.iso3())) {
            d.setPlace(s, there.begin(), there.end(), p);
            i = Math.max(m.end(), there.end());
            continue;
          }
        } else if (p != null && free(d, s, m.begin(), m.end()) && readsAsPlace(toks, m.begin(), m.end())) {
          d.add(new Mention(p.entity(), s, m.begin(), m.end(), Form.NAME));
          d.setPlace(s, m.begin(), m.end(), p);
        }
        i = m.end();
      }
    }
  }

  /** The one place a name stands for: the only one, or the only one in a state the document names. */
  private static Place choose(List<Place> candidates, Set<String> statesNamed) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Place found = null;
    for (Place p : candidates) {
      if (statesNamed.contains(p.iso3())) {
        if (found != null && !found.iso3().equals(p.iso3())) {
          return null;
        }
        found = found == null || p.population() > found.population() ? p : found;
      }
    }
    return found;
  }

  private static boolean free(LinkedDocument d, int s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (d.mentionAt(s, i) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * CoreNLP reads a location on every token, or a preposition of place comes before a proper noun
   * that CoreNLP reads as no person or organisation; and the name does not run on into a longer one.
   */
  private boolean readsAsPlace(List<CoreLabel> toks, int begin, int end) {
    boolean location = true;
    for (int i = begin; i < end; i++) {
      String ner = toks.get(i).ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner) || !toks.get(i).tag().startsWith("NNP")) {
        return false;
      }
      location &= "LOCATION".equals(ner);
    }
    if (end < toks.size() && toks.get(end).tag().startsWith("NNP")) {
      return false;
    }
    boolean afterPreposition = begin > 0
        && prepositions.contains(toks.get(begin - 1).word().toLowerCase(Locale.ROOT));
    return location || afterPreposition;
  }
}
