package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.link.Entity;

/**
 * Who does what a clause says when the clause has no subject of its own: the subject of the nearest
 * clause above (a controlling verb's "to deter …", a passive's "was accused of attacking …"), the noun a
 * participle or infinitive hangs on ("a network funding …"), or the party a verb of {@code credit_verbs}
 * thanks for the act ("thanked X for condemning …"). Part of {@link ActorResolver}, whose resolution it
 * calls back.
 */
final class ClauseSubjects {
  private final Lexicons lex;
  private final ActorResolver actors;
  private final CreditedParties credited;

  ClauseSubjects(Lexicons lex, ActorResolver actors, CreditedParties credited) {
    this.lex = lex;
    this.actors = actors;
    this.credited = credited;
  }

  /**
   * The actors of the nearest subject above a trigger, for rules whose subject is the clause's
   * ("… committed to work together to deter Russian aggression": who deters is who committed).
   */
  List<Entity> of(int s, SemanticGraph g, IndexedWord trigger) {
    IndexedWord w = trigger;
    boolean viaFor = false;
    for (int depth = 0; w != null && depth < 6; depth++) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        boolean numeralBefore = rel.equals("dep") && e.getDependent().index() < w.index()
            && "CD".equals(e.getDependent().tag());
        // A passive subject is the subject of the acts under its verb ("Iran was accused of attacking the
        // ship", "We are united in calling for …"), and of a state its participle names ("Canada is
        // committed to supporting X": lexicon stative_participles), not of what is done to it. Not of
        // the acts a verb of intent_verbs promises ("is committed to defeating X"): promised, not done.
        boolean passive = rel.equals("nsubj:pass")
            && (depth == 0 ? lex.contains("stative_participles", w.word().toLowerCase(Locale.ROOT))
                : !lex.contains("intent_verbs", w.lemma().toLowerCase(Locale.ROOT)));
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("nsubj:pass:xsubj") || passive
            || (rel.equals("nmod:poss") && depth == 0) || numeralBefore) {
          // The nouns joined to the subject ("the Secretary and her counterparts") act with it (session 30).
          List<Entity> found = actors.resolveJoined(s, g, e.getDependent());
          if (!found.isEmpty()) {
            return withMeetingParty(s, g, w, found);
          }
          if (rel.endsWith("xsubj") && objectControlled(g, w, e.getDependent(), lex)) {
            // "we urge countries to work together", "we encourage the international community to work
            // together": the one urged does the act; when it names no actor, the one who urges does not
            // take its place.
            return List.of();
          }
        }
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      String rel = up == null ? "" : up.getRelation().toString();
      // The parser hangs "for" variously: an edge "…:for", or a "for" node of its own ("dep").
      viaFor |= rel.endsWith(":for") || "for".equalsIgnoreCase(w.word());
      if (viaFor && up != null && lex.contains("credit_verbs", up.getGovernor().lemma())) {
        // "thanked the Prime Minister for condemning X", "praised Ghana for its role in supporting Y":
        // the act a courtesy is given for is the one thanked's, not the thanker's.
        return credited.of(s, g, up.getGovernor());
      }
      if (rel.equals("acl") && commaParticiple(g, up)) {
        // "Peru expelled two diplomats, accusing Chile of spying" (session 22): the parser hangs a free
        // participle after a comma on the object before it; wire copy uses it for the clause subject's
        // next act, as the restrictive "a network funding the rebels" is not.
        w = up.getGovernor();
        continue;
      }
      if (rel.startsWith("acl") && !rel.startsWith("acl:relcl")) {
        // A participle or infinitive on a noun acts for that noun, not for the clause above: "a
        // network funding the Houthis" (the network funds), "Jamaica's stance in condemning Russia"
        // (Jamaica condemns). The noun's possessor, or for a participle the noun itself, is the subject.
        IndexedWord noun = up.getGovernor();
        for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
          if (e.getRelation().toString().equals("nmod:poss")) {
            List<Entity> found = actors.resolve(s, g, e.getDependent());
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
        if (rel.equals("acl")) {
          return actors.resolve(s, g, noun);
        }
      }
      w = up == null ? null : up.getGovernor();
    }
    return List.of();
  }

  /**
   * Whether {@code controller}, the controlled subject of the infinitive {@code w}, is the object of a
   * verb of {@code appeal_words} above it ("urged X to V", "called on X to V"): the one asked acts, not the
   * one who asks. Not "took steps to impose X" (step_nouns), where the taker acts.
   */
  private static boolean objectControlled(SemanticGraph g, IndexedWord w, IndexedWord controller, Lexicons lex) {
    SemanticGraphEdge up = Clauses.governingEdge(g, w);
    if (up == null || !up.getRelation().toString().startsWith("xcomp") || up.getGovernor().lemma() == null
        || !lex.contains("appeal_words", up.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return g.outgoingEdgeList(up.getGovernor()).stream().anyMatch(e -> e.getDependent().equals(controller)
        && (e.getRelation().toString().equals("obj") || e.getRelation().toString().equals("obl:on")));
  }

  /**
   * Whether {@code acl} hangs a present participle set off by a comma ("…, accusing X of …") on a common
   * noun that is itself a verb's object or oblique, and that is no event noun ("the attacks, killing
   * twenty": the participle tells what the event did, it is nobody's act of the clause subject).
   */
  private boolean commaParticiple(SemanticGraph g, SemanticGraphEdge acl) {
    IndexedWord noun = acl.getGovernor();
    IndexedWord part = acl.getDependent();
    // A date ("expelled two diplomats on Monday, accusing …") ends the clause as an object does.
    boolean date = "DATE".equals(noun.ner()) || "TIME".equals(noun.ner());
    if (!"VBG".equals(part.tag()) || noun.tag() == null || !(noun.tag().matches("NNS?") || date)
        || part.index() < noun.index()) {
      return false;
    }
    String lemma = noun.lemma() == null ? noun.word() : noun.lemma().toLowerCase(Locale.ROOT);
    if (!lex.rows("interaction_nouns", lemma).isEmpty() || lex.contains("aggression_nouns", lemma)) {
      return false;
    }
    IndexedWord before = g.getNodeByIndexSafe(part.index() - 1);
    if (before == null || !",".equals(before.word())) {
      return false;
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, noun);
    return up != null && up.getRelation().toString().matches("obj|obl(:.*)?")
        && up.getGovernor().tag() != null && up.getGovernor().tag().startsWith("VB");
  }

  /**
   * "noted our response to Russia's decision to recognize X": the parser often hangs an infinitive that
   * follows a noun of {@code decision_nouns} (right after it, or after a date: {@link #datedFrom}) on the
   * verb above, with that verb's subject (or its object's
   * owner) as the infinitive's subject; the act is the decision's owner's. The owner's actors, or null when
   * the trigger is no infinitive right after such a noun or the noun has no possessive owner (the parse's
   * subject stands then).
   */
  List<Entity> decisionOwner(int s, SemanticGraph g, IndexedWord trigger) {
    if (trigger.tag() == null || !trigger.tag().equals("VB")) {
      return null;
    }
    IndexedWord to = g.getNodeByIndexSafe(trigger.index() - 1);
    IndexedWord noun = g.getNodeByIndexSafe(datedFrom(g, trigger.index() - 2));
    if (to == null || noun == null || !"to".equalsIgnoreCase(to.word()) || noun.tag() == null
        || !noun.tag().startsWith("NN") || !lex.contains("decision_nouns", noun.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
      if (e.getRelation().toString().equals("nmod:poss")) {
        return actors.resolve(s, g, e.getDependent());
      }
    }
    return null;
  }

  // "the Taliban's decision on 23 March 2022 to deny …": how many words a date between the decision
  // noun and its infinitive may take ("on", the day, the month, the year).
  private static final int DECISION_DATE_WORDS = 5;

  /**
   * The index of the word before a date that ends at index {@code i} and begins with "on" or "in" ("X's
   * decision on March 23 to deny …", "X's decision in May 2021 to expel …"), or {@code i} when no such
   * date ends there. The date is known by its words (a number, a word of {@code date_words}): SUTime tags
   * dates only after the rules have matched (README, session 20). The parser hangs an infinitive after
   * such a date on the clause above, so the decision's owner is found on tokens, as right after the noun.
   */
  private int datedFrom(SemanticGraph g, int i) {
    int j = i;
    while (j > 0 && i - j < DECISION_DATE_WORDS) {
      IndexedWord w = g.getNodeByIndexSafe(j);
      if (w == null) {
        return i;
      }
      String word = w.word().toLowerCase(Locale.ROOT);
      if ((word.equals("on") || word.equals("in")) && j < i) {
        return j - 1;
      }
      if (!"CD".equals(w.tag()) && !lex.contains("date_words", word)) {
        return i;
      }
      j--;
    }
    return i;
  }

  /**
   * "X spoke with Y to discuss continued coordination to support Z": what is discussed at a meeting is
   * spoken of by both sides, so when the subject is found at a verb of {@code reciprocal_consult_verbs}
   * that is the purpose of a verb of {@code consult_verbs} (xcomp, advcl), the meeting verb's "with"
   * party joins the subjects.
   */
  private List<Entity> withMeetingParty(int s, SemanticGraph g, IndexedWord w, List<Entity> found) {
    if (w.tag() == null || !w.tag().startsWith("VB") || !lex.contains("reciprocal_consult_verbs", w.lemma())) {
      return found;
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, w);
    if (up == null || !up.getRelation().toString().matches("xcomp|advcl(:to)?")
        || !lex.contains("consult_verbs", up.getGovernor().lemma())) {
      return found;
    }
    List<Entity> out = new ArrayList<>(found);
    for (SemanticGraphEdge e : g.outgoingEdgeList(up.getGovernor())) {
      if (e.getRelation().toString().equals("obl:with")) {
        for (Entity x : actors.resolve(s, g, e.getDependent())) {
          if (!out.contains(x)) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }

  /** The word of the subject of the clause node {@code w} is in (its nearest verb's), or null. */
  static String subjectWord(SemanticGraph g, IndexedWord w) {
    IndexedWord v = w;
    for (int depth = 0; v != null && depth < 4; depth++) {
      if (v.tag() != null && v.tag().startsWith("VB")) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
          if (e.getRelation().toString().startsWith("nsubj")) {
            return e.getDependent().word();
          }
        }
        return null;
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, v);
      v = up == null ? null : up.getGovernor();
    }
    return null;
  }
}
