package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.link.Entity;

/**
 * Whom an act is aimed at when its object names no actor itself: the doer of a deed it answers ("condemned
 * the missile launches by the DPRK"), the owner of a thing ("the right of Russian troops …"), the party
 * after a preposition of {@code target_prepositions} ("sanctions on Iran"), or the sender of a message
 * ("rejected an appeal from X"). Part of {@link ActorResolver}, whose resolution it calls back.
 */
final class ActorTargets {
  /** Where a message noun names its sender ("an appeal from X", "calls by X"). */
  private static final Set<String> SENDER_RELATIONS = Set.of("nmod:from", "nmod:by", "nmod:agent");
  /** How a reversal verb holds the deed it undoes: "lifted its blockade", "reneged on its commitment". */
  private static final Set<String> UNDONE_RELATIONS = Set.of("obj", "obl:on", "obl:from", "obl:out_of");
  private final Lexicons lex;
  private final ActorResolver actors;

  ActorTargets(Lexicons lex, ActorResolver actors) {
    this.lex = lex;
    this.actors = actors;
  }

  /**
   * The actors an object node stands for, as {@link ActorResolver#resolve(int, SemanticGraph, IndexedWord)};
   * when it stands for none, those it is aimed at ("further action against Russia", "sanctions on Iran": lexicon target_prepositions).
   */
  List<Entity> of(int s, SemanticGraph g, IndexedWord w) {
    return of(s, g, w, true);
  }

  /**
   * The actors a stance or tie is held toward when its object is node {@code w}: those the node stands for,
   * the doer of a deed ("support efforts by ASEAN") or the owner of a thing ("support the aspirations of the
   * people of Belarus"), as {@link #of} reads them; never whom the thing is aimed at. "We will continue to
   * support efforts to sanction Y", "back the pressure on Y" back an act, which is aimed at Y: no attitude
   * toward Y is stated (the guard of ties.rules' {@code support-verb-continued}, session 17, for every
   * stance; session 30, when "support" and "back" became stances of the verb table).
   */
  List<Entity> heldToward(int s, SemanticGraph g, IndexedWord w) {
    return of(s, g, w, false);
  }

  /** {@link #of} when {@code aimed}, else {@link #heldToward}: the walks to whom a thing is aimed at are skipped. */
  private List<Entity> of(int s, SemanticGraph g, IndexedWord w, boolean aimed) {
    List<Entity> own = aimed ? ownDeedTargets(s, g, w) : List.of();
    if (!own.isEmpty()) {
      return own;
    }
    List<Entity> direct = actors.resolve(s, g, w);
    if (!direct.isEmpty() || w.tag() == null || !w.tag().startsWith("NN") || lex.contains("kin_nouns", w.lemma())) {
      // "imposed sanctions on the adult children of X": a relative is no thing of X that stands for X.
      return direct;
    }
    Set<Entity> out = new LinkedHashSet<>();
    // "condemned the missile launches by the DPRK", "welcomed the decision by Uganda": an act on a
    // deed is aimed at its doer, named after "by", as CAMEO codes criticising an attack.
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("nmod:by") || rel.equals("nmod:agent")) {
        actors.resolve(s, g, e.getDependent(), out, 1);
      }
    }
    // "condemned the attacks against the Iraqi people": whom another's aggression hit is its
    // victim, not the target of the act that names it.
    if (!out.isEmpty() || lex.contains("aggression_nouns", w.lemma())) {
      return new ArrayList<>(out);
    }
    if (!ofNamesTarget(w)) {
      // "defended the right of Russian troops to fire on militants in X": the owner a thing is "of" is
      // what the act is aimed at; the thing's own complements (on, to …) are the owner's business.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("nmod:of")) {
          actors.resolve(s, g, e.getDependent(), out, 1);
        }
      }
      if (out.isEmpty()) {
        // "support the democratic aspirations of the people of Belarus": a thing of a thing of an actor
        // (a common noun, not an aggression or an event whose "of" names its target) is the actor's too.
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
          IndexedWord inner = e.getDependent();
          if (e.getRelation().toString().equals("nmod:of") && inner.tag() != null && inner.tag().matches("NNS?")
              && !lex.contains("aggression_nouns", inner.lemma()) && !ofNamesTarget(inner)) {
            for (SemanticGraphEdge f : g.outgoingEdgeList(inner)) {
              if (f.getRelation().toString().equals("nmod:of")) {
                actors.resolve(s, g, f.getDependent(), out, 2);
              }
            }
          }
        }
      }
      if (!out.isEmpty()) {
        return new ArrayList<>(out);
      }
    }
    // "exchanged views on Iran", "shared perspectives about China": what is exchanged in talks is about
    // the actor after its preposition, it is not aimed at it; the actor is the topic, not a party.
    boolean exchanged = lex.contains("exchange_nouns", (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT));
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (exchanged && !rel.equals("nmod:of")) {
        continue;
      }
      // "welcomed the decision of the EU", "aid for the people of Haiti": what an act is aimed at is
      // the actor a thing is "of", unless the noun is an event whose "of" names its target already
      // ("the arrest of X" is aimed at X by whoever arrested).
      if ((aimed && rel.startsWith("nmod:") && lex.contains("target_prepositions", rel.substring("nmod:".length()))
              && eventTakesTargetAfter(w, rel.substring("nmod:".length())))
          || (rel.equals("nmod:of") && !ofNamesTarget(w))
          || (SENDER_RELATIONS.contains(rel) && lex.contains("message_nouns", w.lemma()))) {
        // "rejected an appeal from X", "accepted demands by X": an answer to a message is aimed at
        // whoever sent it.
        if (rel.equals("nmod:of") || SENDER_RELATIONS.contains(rel)) {
          actors.resolve(s, g, e.getDependent(), out, 1);
        } else {
          aimedAt(s, g, e.getDependent(), out);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The actors a thing after a target preposition stands for ("sanctions on Iran"); for a common noun
   * that stands for none by itself, the state its nationality adjective or name compound places it in
   * ("lifted a blockade on Palestinian lorries", "eased the ban on Algerian flights": aimed at the state
   * whose lorries or flights they are, as the light-verb rules already read "imposed a blockade on
   * Palestinian boats"). Session 26. Only for the target prepositions: a thing "of" an actor is read by
   * {@link ActorResolver} itself.
   */
  private void aimedAt(int s, SemanticGraph g, IndexedWord thing, Set<Entity> out) {
    int before = out.size();
    actors.resolve(s, g, thing, out, 1);
    if (out.size() > before || thing.tag() == null || !thing.tag().matches("NNS?")) {
      return;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(thing)) {
      String rel = e.getRelation().toString();
      IndexedWord m = e.getDependent();
      if ((rel.equals("amod") || rel.equals("compound")) && m.tag() != null && m.tag().matches("JJ|NNPS?")) {
        actors.resolve(s, g, m, out, 2);
      }
    }
  }

  /**
   * "X lifted its blockade on Y", "X eased its sanctions against Y", "X suspended its aid to Y": undoing
   * (a verb of {@code reversal_verbs}) the subject's own deed (an event noun of {@code interaction_nouns}
   * whose possessive pronoun stands for the verb's subject) is aimed at whom the deed was aimed at, named after a target preposition (or
   * "of", for a noun whose "of" names its target); not at the subject itself. Empty otherwise: an act
   * that judges a deed ("condemned its attacks on Y") is aimed at its doer.
   */
  private List<Entity> ownDeedTargets(int s, SemanticGraph g, IndexedWord w) {
    if (w.tag() == null || !w.tag().startsWith("NN")
        || lex.rows("interaction_nouns", (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT)).isEmpty()) {
      return List.of();
    }
    IndexedWord possessor = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals("nmod:poss") && "PRP$".equals(e.getDependent().tag())) {
        possessor = e.getDependent();
      }
    }
    if (possessor == null) {
      return List.of();
    }
    Set<Entity> subjects = new LinkedHashSet<>();
    for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
      IndexedWord verb = in.getGovernor();
      // The deed may be the verb's object ("lifted its blockade on Y") or, for a verb that undoes it
      // through a preposition, its oblique ("reneged on its commitment to Y", session 26).
      if (!UNDONE_RELATIONS.contains(in.getRelation().toString()) || verb.lemma() == null
          || !lex.contains("reversal_verbs", verb.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (SemanticGraphEdge e : g.outgoingEdgeList(in.getGovernor())) {
        if (e.getRelation().toString().startsWith("nsubj")) {
          actors.resolve(s, g, e.getDependent(), subjects, 1);
        }
      }
    }
    Set<Entity> owners = new LinkedHashSet<>(actors.resolve(s, g, possessor));
    if (subjects.isEmpty() || !subjects.equals(owners)) {
      return List.of();
    }
    Set<Entity> out = new LinkedHashSet<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if ((rel.startsWith("nmod:") && lex.contains("target_prepositions", rel.substring("nmod:".length())))
          || (rel.equals("nmod:of") && ofNamesTarget(w))) {
        aimedAt(s, g, e.getDependent(), out);
      }
    }
    out.removeAll(owners);
    return new ArrayList<>(out);
  }

  /** Whether an event noun's "of" names whom the event is aimed at ("the invasion of Ukraine"). */
  /**
   * Whether a target preposition after {@code w} can name whom {@code w} is aimed at: always for a noun
   * that is no event of {@code interaction_nouns.tsv}; for an event noun, only a preposition one of its
   * rows lists ("coordination with X" is with X; "coordination on Venezuela" is about Venezuela, as
   * "talks on Ukraine" are).
   */
  private boolean eventTakesTargetAfter(IndexedWord w, String prep) {
    String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    List<Map<String, String>> rows = lex.rows("interaction_nouns", lemma);
    return rows.isEmpty() || rows.stream()
        .anyMatch(r -> Arrays.asList(r.getOrDefault("preps", "").split("\\|")).contains(prep));
  }

  private boolean ofNamesTarget(IndexedWord w) {
    String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    return lex.rows("interaction_nouns", lemma).stream()
        .anyMatch(r -> Arrays.asList(r.getOrDefault("preps", "").split("\\|")).contains("of"));
  }
}
