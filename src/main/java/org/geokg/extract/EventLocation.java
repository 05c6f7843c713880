package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.geokg.link.Place;

/**
 * Where an interaction happened, as its sentence says: a city the event is done to ("visited Ankara",
 * "the offensive on Marib"); a place in a locative phrase ("in", "at", "near": {@code place_context.tsv})
 * on the event's word, on the clauses above it, or on the nouns it governs ("held talks in Geneva"),
 * also through a venue so placed ("met at the embassy in Rome"); else the one place the sentence puts
 * after a locative word; else a state named so ("talks in Greenland"). Absent when the sentence names
 * no place so.
 */
final class EventLocation {
  private EventLocation() {}

  /** Whether a word hangs on its governor by a locative preposition ("talks in Vienna"). */
  static boolean locative(SemanticGraph g, IndexedWord w, Gazetteer gazetteer) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      String prep = preposition(e);
      if (prep != null && gazetteer.locatives().contains(prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the event of {@code trigger} happened: a place's entity, a state's, or null.
   *
   * @param lex the lexicons: a visit's word ({@code mode_visit}) takes a capital as object where it
   *     happened ("will visit Ankara"), not only as the state it stands for; a trip's word
   *     ({@code travel_verbs}, {@code mode_visit}) is where it goes "to"
   */
  static Entity of(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, Gazetteer gazetteer,
      Lexicons lex) {
    Place p = place(d, s, g, trigger, gazetteer, lex);
    if (p != null) {
      return p.entity();
    }
    // A state a trip goes to is not taken as its place: on the held-out releases it placed an event the
    // annotators did not (session 17).
    return state(d, s, g, trigger, gazetteer);
  }

  private static boolean trip(IndexedWord w, Lexicons lex) {
    return lex.contains("travel_verbs", lemma(w)) || lex.contains("mode_visit", lemma(w));
  }

  private static Place place(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, Gazetteer gazetteer,
      Lexicons lex) {
    Place aimedAt = placeActedOn(d, s, g, trigger, lex.contains("mode_visit", lemma(trigger)));
    if (aimedAt != null) {
      return aimedAt;
    }
    IndexedWord w = trigger;
    for (int depth = 0; w != null && depth < 4; depth++) {
      Place p = locativeChild(d, s, g, w, gazetteer);
      if (p != null) {
        return p;
      }
      p = trip(w, lex) ? destination(d, s, g, w) : null;
      if (p != null) {
        return p;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("compound")) {
          p = locativeChild(d, s, g, e.getDependent(), gazetteer);
          if (p != null) {
            return p;
          }
        }
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      w = up == null ? null : up.getGovernor();
    }
    return onlyLocatedPlace(d, s, g, trigger, gazetteer);
  }

  /**
   * The place a trip goes "to" ("travelled to Kyiv", "her trip to Ankara"), or null; none when it goes to
   * cities of several states ("will travel to Brussels, Ankara and Jakarta"): its meetings are then in any
   * of them (the enhanced graph gives each city of the list its own "to").
   */
  private static Place destination(LinkedDocument d, int s, SemanticGraph g, IndexedWord trip) {
    Place first = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(trip)) {
      Place p = "to".equals(preposition(e)) ? d.placeAt(s, e.getDependent().index() - 1) : null;
      if (p == null) {
        continue;
      }
      if (first != null && !first.iso3().equals(p.iso3())) {
        return null;
      }
      if (first == null) {
        first = p;
      }
      for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
        Place q = c.getRelation().toString().startsWith("conj") ? d.placeAt(s, c.getDependent().index() - 1) : null;
        if (q != null && !q.iso3().equals(p.iso3())) {
          return null;
        }
      }
    }
    return first;
  }

  /** A state named by name in a locative phrase on the event's word or the clauses above it. */
  private static Entity state(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, Gazetteer gazetteer) {
    IndexedWord w = trigger;
    for (int depth = 0; w != null && depth < 4; depth++) {
      Entity named = namedState(d, s, g, w, gazetteer);
      if (named != null) {
        return named;
      }
      // Through a venue so placed ("rioted at a jail in northern Israel", "met at a hotel in Kenya"):
      // the venue's own locative state is where the event happened, as locativeChild reads a city.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String prep = preposition(e);
        if (prep != null && gazetteer.locatives().contains(prep)) {
          Entity within = namedState(d, s, g, e.getDependent(), gazetteer);
          if (within != null) {
            return within;
          }
        }
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      w = up == null ? null : up.getGovernor();
    }
    return null;
  }

  /** A state named by name in a locative phrase of {@code venue}'s own ("a jail in Israel", "met in Chile"), or null. */
  private static Entity namedState(LinkedDocument d, int s, SemanticGraph g, IndexedWord venue, Gazetteer gazetteer) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(venue)) {
      String prep = preposition(e);
      Mention m = d.mentionAt(s, e.getDependent().index() - 1);
      if (prep != null && gazetteer.locatives().contains(prep) && m != null
          && m.entity().kind() == EntityKind.STATE && m.form() == Mention.Form.NAME) {
        return m.entity();
      }
    }
    return null;
  }

  /**
   * A city the event is done to, as event data place it: the object of the event's word ("visited
   * Ankara", "shelled Donetsk"), its passive subject ("Kharkiv was shelled") or what an attack is "on"
   * or "against" ("the offensive on Marib"). The target is then the state that holds it (see
   * {@code ActorResolver}); the city is where it happened. A capital standing for its state ("accused
   * Moscow", "sanctions on Beijing") is an actor, not a place, except as the object of a visit.
   */
  private static Place placeActedOn(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, boolean visit) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      String prep = preposition(e);
      if (rel.equals("obj") || rel.equals("nsubj:pass") || "on".equals(prep) || "against".equals(prep)) {
        int t = e.getDependent().index() - 1;
        Place p = d.placeAt(s, t);
        Mention m = d.mentionAt(s, t);
        boolean city = m != null && m.entity().kind() == EntityKind.PLACE;
        if (p != null && (city || (visit && rel.equals("obj")))) {
          return p;
        }
        if (p == null && visit && rel.equals("obj")) {
          // "will visit Ankara April 5-6": the parser heads the object on the date, the city its compound.
          for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
            Place q = c.getRelation().toString().equals("compound") && c.getDependent().index() < e.getDependent().index()
                ? d.placeAt(s, c.getDependent().index() - 1) : null;
            if (q != null) {
              return q;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * A place in a locative phrase on {@code w}; or one level down, the place of a venue so placed ("met at
   * the embassy in Rome", "talks at the conference centre near Geneva").
   */
  private static Place locativeChild(LinkedDocument d, int s, SemanticGraph g, IndexedWord w, Gazetteer gazetteer) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String prep = preposition(e);
      IndexedWord venue = e.getDependent();
      if ("on".equals(prep) && gazetteer.placeMarginNouns().contains(lemma(venue))) {
        // "met on the sidelines of the Munich Security Conference": where the gathering is.
        for (SemanticGraphEdge of : g.outgoingEdgeList(venue)) {
          Place p = of.getRelation().toString().equals("nmod:of") ? gatheringPlace(d, s, g, of.getDependent(), gazetteer) : null;
          if (p != null) {
            return p;
          }
        }
      }
      if (prep != null && gazetteer.locatives().contains(prep)) {
        Place p = d.placeAt(s, venue.index() - 1);
        if (p == null) {
          p = locativeOf(d, s, g, venue, gazetteer);
        }
        if (p == null) {
          p = gatheringPlace(d, s, g, venue, gazetteer);
        }
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** The city a gathering is named after ("the Munich Security Conference", "the Madrid Summit"), or null. */
  private static Place gatheringPlace(LinkedDocument d, int s, SemanticGraph g, IndexedWord gathering, Gazetteer gazetteer) {
    if (!gazetteer.placeEventNouns().contains(lemma(gathering))) {
      return null;
    }
    // The city is the first word of the name, however the parser nests it ("Munich" under "Security").
    for (IndexedWord x : g.descendants(gathering)) {
      if (x.index() < gathering.index() && gathering.index() - x.index() <= 4) {
        Place p = d.placeAt(s, x.index() - 1);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static String lemma(IndexedWord w) {
    return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
  }

  /** The place a noun is put in by a locative phrase of its own ("the embassy in Rome"), or null. */
  private static Place locativeOf(LinkedDocument d, int s, SemanticGraph g, IndexedWord venue, Gazetteer gazetteer) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(venue)) {
      String prep = preposition(e);
      if (prep != null && gazetteer.locatives().contains(prep)) {
        Place p = d.placeAt(s, e.getDependent().index() - 1);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The place a sentence names after a locative word, when it names exactly one so; not one that places
   * another act the event's word governs ("decided to meet in Tokyo": the meeting to come is there, the
   * decision is not).
   */
  private static Place onlyLocatedPlace(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger,
      Gazetteer gazetteer) {
    List<CoreLabel> toks = d.tokens(s);
    Place found = null;
    for (int i = 1; i < toks.size(); i++) {
      Place p = d.placeAt(s, i);
      if (p == null || d.placeAt(s, i - 1) == p) {
        continue;
      }
      if (!gazetteer.locatives().contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (placesOtherAct(g, trigger, i)) {
        continue;
      }
      if (found != null && !found.equals(p)) {
        return null;
      }
      found = p;
    }
    return found;
  }

  /** Whether the word at token {@code i} is put in place on a verb below the event's word, another act. */
  private static boolean placesOtherAct(SemanticGraph g, IndexedWord trigger, int i) {
    IndexedWord w = g.getNodeByIndexSafe(i + 1);
    SemanticGraphEdge up = w == null ? null : Clauses.governingEdge(g, w);
    IndexedWord h = up == null ? null : up.getGovernor();
    return h != null && !h.equals(trigger) && h.tag() != null && h.tag().startsWith("VB")
        && g.descendants(trigger).contains(h);
  }

  /** The preposition of an {@code obl:in} or {@code nmod:at} edge, or null. */
  private static String preposition(SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    int colon = rel.indexOf(':');
    if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return null;
    }
    return rel.substring(colon + 1).toLowerCase(Locale.ROOT);
  }
}
