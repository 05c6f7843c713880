package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Place;

/**
 * The parties of a protest read by a rule with {@code object: self} ("Students staged demonstrations",
 * "workers went on strike"), where the sentence names no target. Event data codes such a protest as
 * directed at the government of where it happened ("rioted at a jail in Israel"), else at the
 * protesters' own state; protesters no actor names, but a sector noun does ("thousands of students
 * demonstrated in Bolivia"), are that sector of the state where they protest.
 *
 * <p>Stateless and thread-safe; the place of an event is {@link EventLocation}'s.
 */
final class ProtestParties {
  private final Gazetteer gazetteer;
  private final Lexicons lex;

  ProtestParties(Gazetteer gazetteer, Lexicons lex) {
    this.gazetteer = gazetteer;
    this.lex = lex;
  }

  /**
   * The protesters a sector noun {@code subject} names ("students", "workers") as a group of the state
   * where the event of {@code trigger} happened; empty when the noun is no sector or no place is said.
   */
  List<Entity> protesters(LinkedDocument d, int s, SemanticGraph g, IndexedWord subject, IndexedWord trigger) {
    if (subject == null || subject.lemma() == null) {
      return List.of();
    }
    Gazetteer.Sector sector = sectorOf(g, subject);
    Entity place = sector == null ? null : locationState(d, s, g, trigger);
    if (place == null) {
      return List.of();
    }
    return List.of(sector.groupOf(place));
  }

  /**
   * Protesters a people's noun names through a state's demonym that modifies it ("Iraqi Kurds
   * demonstrated in Kirkuk"): the resolver gives the bare state, but the people are that state's
   * civilians (as "thousands of Iraqis" is), so that their protest at home is a domestic event and not a
   * state acting on itself. A state named by the subject itself ("Iraq protested") stays.
   */
  List<Entity> asPeople(LinkedDocument d, int s, IndexedWord subject, List<Entity> protesters) {
    if (subject == null || subject.tag() == null || !subject.tag().startsWith("NNS") && !subject.tag().equals("NNPS")
        || d.mentionAt(s, subject.index() - 1) != null) {
      return protesters;
    }
    Gazetteer.Sector people = gazetteer.civilians();
    if (people == null) {
      return protesters;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : protesters) {
      out.add(e.kind() == EntityKind.STATE
          ? people.groupOf(e) : e);
    }
    return out;
  }

  /**
   * Whom the protest of {@code protesters} is aimed at: the state where it happened when the sentence
   * says, else each protester's own state (a group's country, a person's represented state); never a
   * protester itself, each state once, in the protesters' order.
   */
  List<Entity> targets(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, List<Entity> protesters,
      ActorResolver actors) {
    Entity place = locationState(d, s, g, trigger);
    List<Entity> own = new ArrayList<>();
    for (Entity e : protesters) {
      Entity st = place != null ? place : ownState(e, actors);
      if (st != null && !st.equals(e) && !own.contains(st)) {
        own.add(st);
      }
    }
    return own;
  }

  /**
   * The sector the protesters' noun names: a sector noun ("students"); through a noun of quantity, the
   * noun after "of" ("thousands of students"); people no sector names are civilians: a quantity with no
   * "of" ("thousands marched"), a people's plural name ("ethnic Albanians", "Kurds") or a noun of
   * {@code protester_nouns} ("prisoners", "supporters"), after a quantity or not. Null for any other noun.
   */
  private Gazetteer.Sector sectorOf(SemanticGraph g, IndexedWord subject) {
    IndexedWord noun = subject;
    boolean quantity = lex.contains("quantity_nouns", lower(subject.lemma()));
    if (quantity) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
        if (e.getRelation().toString().equals("nmod:of")) {
          noun = e.getDependent();
          break;
        }
      }
    }
    Gazetteer.Sector sector = gazetteer.sectors().get(lower(noun.lemma()));
    if (sector != null) {
      return sector;
    }
    boolean people = (quantity && noun == subject) || "NNPS".equals(noun.tag())
        || lex.contains("protester_nouns", lower(noun.lemma()));
    return people ? gazetteer.civilians() : null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /** The state where the event of {@code trigger} happened, as its sentence says; or null. */
  private Entity locationState(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger) {
    Entity where = EventLocation.of(d, s, g, trigger, gazetteer, lex);
    if (where == null || where.kind() == EntityKind.STATE) {
      return where;
    }
    Place p = gazetteer.places().get(where.key());
    return p == null ? null : gazetteer.entity(EntityKind.STATE, p.iso3()).orElse(null);
  }

  /** The state an actor belongs to: a group's country, a person's represented state, else null. */
  private Entity ownState(Entity e, ActorResolver actors) {
    if (e.kind() == EntityKind.GROUP) {
      return gazetteer.entity(EntityKind.STATE, e.stateCode()).orElse(null);
    }
    if (e.kind() == EntityKind.PERSON) {
      Entity r = actors.represented(e);
      return r != null && r.kind() == EntityKind.STATE ? r : null;
    }
    return null;
  }
}
