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
 * exactly one of those states; a one-word name that is also a word of a person's full name in the
 * document ("Ricardo Lagos") only after a preposition of place. A capital already linked as its state
 * ("Moscow said") keeps that mention and gets its place beside it, so that it can also say where an
 * event happened, unless the nouns after it make it part of a name ("the Minsk agreements"): then it
 * names the city only.
 */
final class PlaceLinker {
  private final PhraseIndex<Place> names = new PhraseIndex<>();
  private final Set<String> prepositions;
  private final Set<String> nameNouns;
  private final Set<String> eventNouns;
  private final Set<String> placeNouns;

  PlaceLinker(Gazetteer g) {
    this.nameNouns = g.placeNameNouns();
    this.eventNouns = g.placeEventNouns();
    this.placeNouns = g.placeNouns();
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
    Set<String> personWords = personWords(d);
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
        Mention stated = stateAfterComma(d, s, toks, m.end());
        if (stated == null) {
          stated = stateBefore(d, s, toks, m.begin());
        }
        String stateAfter = stated == null ? null : stated.entity().key();
        List<Place> candidates = stateAfter == null ? m.values()
            : m.values().stream().filter(c -> c.iso3().equals(stateAfter)).toList();
        if (candidates.isEmpty()) {
          // "Bali, Indonesia", "the northern Lebanese city of Tripoli": the state named in the phrase says
          // where the place is; a place of that name in another state ("Bali" in India, Libya's capital) is
          // not it. A capital of another state linked by its name stands here for the state named instead.
          Mention there = d.mentionAt(s, m.begin());
          if (there != null && there.begin() == m.begin() && there.form() == Form.SEAT
              && !there.entity().key().equals(stateAfter)) {
            d.add(new Mention(stated.entity(), s, there.begin(), there.end(), Form.SEAT));
          }
          i = m.end();
          continue;
        }
        Place p = choose(candidates, statesNamed);
        Mention there = d.mentionAt(s, m.begin());
        if (p != null && there != null) {
          // A capital as metonym: the state stays the mention; the place is where it is, over the
          // mention's span ("Washington, D.C." is one seat).
          if (there.begin() == m.begin() && there.form() == Form.SEAT && there.entity().key().equals(p.iso3())) {
            if (namesAThing(toks, there.end())) {
              // "the Minsk agreements", "the OSCE Minsk Group": the city's name, not its state.
              d.add(new Mention(p.entity(), s, there.begin(), there.end(), Form.NAME));
            }
            d.setPlace(s, there.begin(), there.end(), p);
            i = Math.max(m.end(), there.end());
            continue;
          }
          if (stated != null && there.begin() == m.begin() && there.form() == Form.SEAT) {
            // Another state's capital by name, where the phrase names the state of a city of that name.
            d.add(new Mention(p.entity(), s, m.begin(), m.end(), Form.NAME));
            d.setPlace(s, m.begin(), m.end(), p);
            i = m.end();
            continue;
          }
        } else if (p != null && free(d, s, m.begin(), m.end()) && readsAsPlace(toks, m.begin(), m.end())
            && !(!p.geonames() && m.begin() > 0 && toks.get(m.begin() - 1).tag().startsWith("NNP"))
            && !(m.end() - m.begin() == 1 && personWords.contains(words.get(m.begin()))
                && !afterPreposition(toks, m.begin()))) {
          // A one-word city name the document also uses in a person's full name ("Ricardo Lagos …
          // Lagos said") is linked only after a preposition of place. A region's name right after
          // another proper noun is part of a longer name ("East West Bank", a bank).
          d.add(new Mention(p.entity(), s, m.begin(), m.end(), Form.NAME));
          d.setPlace(s, m.begin(), m.end(), p);
        } else if (p != null && free(d, s, m.begin(), m.end()) && namesAGathering(toks, m.begin(), m.end())) {
          // "the Munich Security Conference": the city is where the gathering is, never an actor, so
          // it gets a place and no mention.
          d.setPlace(s, m.begin(), m.end(), p);
        }
        i = m.end();
      }
    }
  }

  /** The mention of the state named right after a comma at token {@code end} ("Bali, Indonesia"), or null. */
  private static Mention stateAfterComma(LinkedDocument d, int s, List<CoreLabel> toks, int end) {
    if (end + 1 >= toks.size() || !toks.get(end).word().equals(",")) {
      return null;
    }
    Mention m = d.mentionAt(s, end + 1);
    return m != null && m.begin() == end + 1 && m.entity().kind() == EntityKind.STATE && m.form() == Form.NAME
        ? m : null;
  }

  /**
   * The mention of the state a noun of settlement before "of" puts the name in ("the northern Lebanese
   * city of X", "Lebanon's port city of X"): a demonym, or a state's name with a possessive, among the
   * modifiers of a {@code place_nouns} noun right before "of" the name; else null.
   */
  private Mention stateBefore(LinkedDocument d, int s, List<CoreLabel> toks, int begin) {
    if (begin < 3 || !toks.get(begin - 1).word().equalsIgnoreCase("of")
        || !placeNouns.contains(toks.get(begin - 2).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int k = begin - 3; k >= 0 && k >= begin - 6; k--) {
      CoreLabel t = toks.get(k);
      Mention m = d.mentionAt(s, k);
      if (m != null && m.entity().kind() == EntityKind.STATE
          && (m.form() == Form.DEMONYM || (m.form() == Form.NAME && m.end() < toks.size() && "POS".equals(toks.get(m.end()).tag())))) {
        return m;
      }
      if (!(t.tag().startsWith("JJ") || t.tag().startsWith("NN") || t.tag().equals("POS") || t.tag().equals("HYPH"))) {
        return null;
      }
    }
    return null;
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
    return location || afterPreposition(toks, begin);
  }

  private boolean afterPreposition(List<CoreLabel> toks, int begin) {
    return begin > 0 && prepositions.contains(toks.get(begin - 1).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the nouns right after a capital make it part of a name ("Minsk agreements", "Paris
   * Agreement", "Helsinki Final Act"): within the next three nouns, one of {@code place_context.tsv}'s
   * name nouns.
   */
  private boolean namesAThing(List<CoreLabel> toks, int end) {
    for (int k = end; k < toks.size() && k < end + 3; k++) {
      CoreLabel t = toks.get(k);
      if (!(t.tag().startsWith("NN") || (t.tag().startsWith("JJ") && k == end))) {
        return false;
      }
      if (nameNouns.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a proper-noun city name opens the name of a gathering held there: within the next three
   * proper nouns, one of {@code place_context.tsv}'s event nouns ("Munich Security Conference").
   */
  private boolean namesAGathering(List<CoreLabel> toks, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (!toks.get(i).tag().startsWith("NNP")) {
        return false;
      }
    }
    for (int k = end; k < toks.size() && k < end + 3 && toks.get(k).tag().startsWith("NNP"); k++) {
      if (eventNouns.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The words of the full person names CoreNLP reads in a document (two or more PERSON tokens in a row). */
  private static Set<String> personWords(LinkedDocument d) {
    Set<String> out = new HashSet<>();
    for (int s = 0; s < d.sentences().size(); s++) {
      List<CoreLabel> toks = d.tokens(s);
      for (int i = 0; i < toks.size(); ) {
        int j = i;
        while (j < toks.size() && "PERSON".equals(toks.get(j).ner())) {
          j++;
        }
        if (j - i > 1) {
          for (int k = i; k < j; k++) {
            out.add(PhraseIndex.normalize(toks.get(k).word()));
          }
        }
        i = Math.max(j, i + 1);
      }
    }
    return out;
  }
}
