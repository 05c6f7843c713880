package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.claim.Claim;
import org.geokg.claim.Coding;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;

/**
 * The event-data conventions (CAMEO, PLOVER) that make one interaction stand for another act: a
 * stated intention to harm is a threat, a stated refusal to cooperate a rejection, a stated intention
 * to cooperate an agreement. Each derived claim is asserted, with the rule's id and a suffix.
 */
final class EventConventions {
  private static final Relation AGREE = Relation.of("Agree");
  private static final Relation THREATEN = Relation.of("Threaten");
  private static final Relation REJECT = Relation.of("Reject");
  private final Lexicons lex;

  EventConventions(Lexicons lex) {
    this.lex = lex;
  }

  /** The claims {@code c}, found by {@code r} at {@code trigger}, also stands for. */
  List<Claim> derived(Claim c, Rule r, SemanticGraph g, IndexedWord trigger) {
    List<Claim> out = new ArrayList<>();
    if (!c.relation().isInteraction() || c.targetless()) {
      // A targetless act ("vowed to withdraw") promises or refuses nothing toward anyone: the Agree,
      // Threaten or Reject these conventions derive are each toward the act's target.
      return out;
    }
    String cls = c.relation().localName();
    if (askedOfAnother(g, trigger)) {
      // "demanded that its partners refuse to recognize X", "urged Y to vow to attack Z": the refusal,
      // threat or promise is asked of another, not stated by anyone; the appeal is its own claim.
      return out;
    }
    if (c.modality() == Modality.HYPOTHETICAL && lex.contains("hostile_intent_classes", cls)
        && reportedFuture(g, trigger) && announcedDecision(g, trigger)) {
      // "announced Wednesday it would prohibit all aid to Y", "decided it would expel two of Y's
      // diplomats": a decision announced, with no condition on it, is the act itself as event coders
      // code it (PLOVER SANCTION, not THREATEN); "said it would …" stays an intention, a threat below.
      out.add(asserted(c, c.relation(), r.confidence() * 0.85, r.id() + "+announced"));
    } else if ((c.modality() == Modality.PLANNED || c.modality() == Modality.HYPOTHETICAL)
        && lex.contains("hostile_intent_classes", cls) && expressedIntent(g, trigger) && !openQuestion(g, trigger)) {
      // A stated intention to harm is a threat (CAMEO 13, PLOVER THREATEN): "said they would
      // boycott", "will impose sanctions unless …".
      out.add(asserted(c, THREATEN, r.confidence() * 0.9, r.id() + "+threat"));
    }
    if (c.modality() == Modality.NEGATED && lex.contains("refusable_classes", cls)
        && (futureAux(g, trigger) || expressedIntent(g, trigger)) && !forBodysMeeting(g, trigger)) {
      // A stated refusal to cooperate is a rejection (CAMEO 12, PLOVER REJECT): "said it
      // would not send aid", "will not meet"; a plain negated fact ("did not meet") is not.
      out.add(asserted(c, REJECT, r.confidence() * 0.85, r.id() + "+refusal"));
    }
    if ((c.modality() == Modality.PLANNED
            || (c.modality() == Modality.HYPOTHETICAL && (reportedFuture(g, trigger) || desiredOwnAct(g, trigger))))
        && lex.contains("intent_classes", cls) && expressedIntent(g, trigger) && !openQuestion(g, trigger)) {
      // A stated intention to cooperate is itself an act (CAMEO 03x, PLOVER AGREE): "offered to
      // negotiate", "will visit", "promised aid", "wants to help Y" (session 30).
      out.add(asserted(c, AGREE, r.confidence() * 0.9, r.id() + "+intent"));
    }
    return out;
  }

  /**
   * Whether a promised act (the node a rule names {@code act}) would harm: a verb whose rows in the
   * predicate table are all of {@code hostile_intent_classes} ("vowed to attack Y" is no commitment
   * toward Y, but a threat, which {@link #derived} reads).
   */
  boolean hostileAct(IndexedWord act) {
    if (act == null) {
      return false;
    }
    List<Map<String, String>> rows = lex.rows("interaction_verbs", act.lemma() == null ? act.word() : act.lemma());
    return !rows.isEmpty() && rows.stream().allMatch(row -> lex.contains("hostile_intent_classes", row.get("class")));
  }

  /**
   * Whether a promised act (the node a rule names {@code act}) is no cooperation with its party: a verb
   * whose rows in the predicate table name no class of {@code intent_classes} ("pledged to urge Y to
   * release prisoners" promises a demand on Y, CAMEO 10, not an intent to cooperate with Y, CAMEO 03).
   * A verb of no row (impose, continue) says nothing either way.
   */
  boolean uncooperativeAct(IndexedWord act) {
    if (act == null) {
      return false;
    }
    List<Map<String, String>> rows = lex.rows("interaction_verbs", act.lemma() == null ? act.word() : act.lemma());
    return !rows.isEmpty() && rows.stream().noneMatch(row -> lex.contains("intent_classes", row.get("class")));
  }

  private static Claim asserted(Claim c, Relation rel, double confidence, String by) {
    return new Claim(c.subject(), rel, c.object(), Modality.ASSERTED, confidence, c.date(), c.dateText(), null, null,
        by, c.evidence(), Coding.NONE, c.location());
  }

  /**
   * Whether the act is for a meeting of some body ("will not travel to X for meetings of the Council",
   * "will not go to X for the forum of …"): staying away says the meeting goes on without the actor, a
   * boycott of the body's sessions, not a refusal of the place that hosts them; the act stays negated.
   */
  private boolean forBodysMeeting(SemanticGraph g, IndexedWord trigger) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      IndexedWord purpose = e.getDependent();
      String lemma = purpose.lemma() == null ? purpose.word() : purpose.lemma();
      if ((rel.equals("obl:for") || rel.equals("nmod:for"))
          && (lex.contains("consult_nouns", lemma.toLowerCase(Locale.ROOT))
              || lex.contains("gathering_nouns", lemma.toLowerCase(Locale.ROOT)))
          && g.outgoingEdgeList(purpose).stream().anyMatch(x -> x.getRelation().toString().equals("nmod:of"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger has a future or hypothetical auxiliary ("will not send"). */
  private boolean futureAux(SemanticGraph g, IndexedWord trigger) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      String lemma = e.getDependent().lemma() == null ? e.getDependent().word() : e.getDependent().lemma();
      if (e.getRelation().toString().equals("aux")
          && (lex.contains("future_aux", lemma) || lex.contains("hypothetical_aux", lemma))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor itself expressed the intention ("offered to negotiate", "said it will visit",
   * "is willing to withdraw"), as CAMEO's 03x codes it; a reported schedule ("is expected to visit",
   * "plans to") is not an act of the actor.
   */
  private boolean expressedIntent(SemanticGraph g, IndexedWord trigger) {
    // An act named by a noun ("his visit to Y next month", "the upcoming meeting with Y") is a schedule
    // when a speech verb only reports a clause about it ("noted the President looks forward to his visit
    // to Y", "says the upcoming meeting with Y will include …"): the speaker states no intention of the
    // actor's. Announcing the act itself ("announced a visit to Y": the noun is the verb's object) still is.
    boolean noun = trigger.tag() != null && trigger.tag().startsWith("NN");
    IndexedWord w = trigger;
    for (int depth = 0; w != null && depth < 4; depth++) {
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      if (up != null && up.getRelation().toString().startsWith("advcl") && (conditional(g, w) || inverted(g, w))) {
        // "warned of costs should Moscow pursue aggression against Y", "… if Moscow attacks Y": the act
        // in the condition is what the speaker guards against, no intention of its own subject's; checked
        // before the verb's own word, so that "if it committed aggression against Y" (commit is also a verb
        // of intent) states no intention either (session 30).
        return false;
      }
      String lemma = w.lemma() == null ? w.word() : w.lemma();
      // Verbs as verbs: "Biden's want to have a relationship" states no act of Biden's.
      boolean verb = w.tag() == null || w.tag().startsWith("VB");
      if (depth > 0 && ((verb && (lex.contains("intent_verbs", lemma) || ownDesire(g, w, lemma)
          || (lex.contains("speech_verbs", lemma) && (!noun || objectOfVerb(g, trigger)))
          || lex.contains("threaten_verbs", lemma) || lex.contains("refusal_verbs", lemma)))
          || lex.contains("intent_adjectives", lemma))) {
        return true;
      }
      if (ownAct(g, trigger, depth) && readinessSubject(g, w)) {
        // "reaffirmed its readiness to impose costs on Y": the parser makes the noun the act's controlled
        // subject, off the path up. Only for the act itself (the verb, or its object noun): "… in response
        // to any further aggression by Y" under it is no intention of Y's.
        return true;
      }
      if (up != null && contingency(up)) {
        // "ready to impose sanctions in the event of a further invasion of Y", "in response to X's attack":
        // the act named after a noun of contingency_nouns is what the intended act answers, no intention
        // of its own doer's (session 27).
        return false;
      }
      w = up == null ? null : up.getGovernor();
    }
    return false;
  }

  /** Whether {@code e} hangs an event on a noun of {@code contingency_nouns} ("the event of", "response to"). */
  private boolean contingency(SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    IndexedWord noun = e.getGovernor();
    String lemma = noun.lemma() == null ? noun.word() : noun.lemma();
    return (rel.startsWith("nmod:of") || rel.startsWith("nmod:to") || rel.startsWith("nmod:for"))
        && lex.contains("contingency_nouns", lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a clause opens with a word of {@code inversion_marks} before its subject ("should it pursue …"). */
  private boolean inverted(SemanticGraph g, IndexedWord clause) {
    int subject = g.outgoingEdgeList(clause).stream()
        .filter(e -> e.getRelation().toString().startsWith("nsubj") && !e.getRelation().toString().contains("xsubj"))
        .mapToInt(e -> e.getDependent().index()).min().orElse(-1);
    return subject > 0 && g.outgoingEdgeList(clause).stream().anyMatch(e -> {
      String rel = e.getRelation().toString();
      return (rel.equals("aux") || rel.equals("cop")) && e.getDependent().index() < subject
          && lex.contains("inversion_marks", e.getDependent().word().toLowerCase(Locale.ROOT));
    });
  }

  /** Whether the word {@code depth} steps up from the trigger is the act's own verb: the trigger, or its object's verb. */
  private static boolean ownAct(SemanticGraph g, IndexedWord trigger, int depth) {
    if (depth == 0) {
      return true;
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    return depth == 1 && up != null && up.getRelation().toString().equals("obj");
  }

  /**
   * Whether a noun trigger is what some verb does, its object at any depth ("announced a visit to Y", "said
   * it would send aid to Y"), as against a noun a reported clause only talks about ("looks forward to his
   * visit", "the upcoming meeting … will include"): a schedule, no one's stated intention.
   */
  private static boolean objectOfVerb(SemanticGraph g, IndexedWord trigger) {
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    return up != null && up.getRelation().toString().equals("obj");
  }

  /** Whether a noun of {@code intent_adjectives} ("readiness") is the controlled subject of {@code w}. */
  private boolean readinessSubject(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      IndexedWord dep = e.getDependent();
      String lemma = dep.lemma() == null ? dep.word() : dep.lemma();
      if (e.getRelation().toString().equals("nsubj:xsubj") && lex.contains("intent_adjectives", lemma.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X wants to attack Y": X's own intention; "X wants Z to attack Y" is X's demand on Z, no intention of
   * Z's (a verb of desire_verbs with an object).
   */
  private boolean ownDesire(SemanticGraph g, IndexedWord w, String lemma) {
    return lex.contains("desire_verbs", lemma)
        && !hasObject(g, w);
  }

  /**
   * Whether the act is the actor's own wanted act, "X wants to help Y", "X wants to hold talks with Y": the
   * act's verb (for an event noun, the verb it is the object of) is the infinitive of a verb of {@code
   * desire_verbs} with no object of its own, and that wish is stated, not put in doubt (no auxiliary of
   * {@code hypothetical_aux}: "would want to"; no mark of {@code conditional_marks}: "if Y wants to"). The
   * modality rules make such an act hypothetical (appeal_words, as for a need), so the intent convention
   * above did not reach it, while "X wants to attack Y" was already a threat. CAMEO files WANT with 030
   * (express intent to cooperate) as its code, and PETRARCH's transformations read "wants to attack" as a
   * threat (138): the friendly twin is the AGREE of 03x. An act of {@code performative_verbs} ("wanted to
   * thank Y") is done in the saying, or reported: no intention of a later act.
   */
  private boolean desiredOwnAct(SemanticGraph g, IndexedWord trigger) {
    IndexedWord act = trigger;
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    if (trigger.tag() != null && trigger.tag().startsWith("NN") && up != null
        && up.getRelation().toString().equals("obj")) {
      act = up.getGovernor();
      up = Clauses.governingEdge(g, act);
    }
    if (act.tag() == null || !act.tag().startsWith("VB") || up == null
        || !up.getRelation().toString().startsWith("xcomp")) {
      return false;
    }
    String actLemma = (act.lemma() == null ? act.word() : act.lemma()).toLowerCase(Locale.ROOT);
    if (lex.contains("performative_verbs", actLemma)) {
      return false;
    }
    IndexedWord wish = up.getGovernor();
    String lemma = (wish.lemma() == null ? wish.word() : wish.lemma()).toLowerCase(Locale.ROOT);
    if (!lex.contains("desire_verbs", lemma) || hasObject(g, wish)) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(wish)) {
      String rel = e.getRelation().toString();
      String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
      if ((rel.equals("aux") && lex.contains("hypothetical_aux", dep))
          || (rel.equals("mark") && lex.contains("conditional_marks", dep))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasObject(SemanticGraph g, IndexedWord w) {
    return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("obj"));
  }

  /**
   * Whether the act sits, through clauses, in the complement of an appeal addressed to another actor:
   * a clause with its own subject under a word of {@code appeal_words} ("demanded that Y refuse to …"),
   * or an infinitive under one that has an object ("urged Y to …", "wants Y to …"). "X wants to V"
   * (no object) is X's own intention and is not asked of another.
   */
  private boolean askedOfAnother(SemanticGraph g, IndexedWord trigger) {
    IndexedWord w = trigger;
    for (int depth = 0; w != null && depth < 4; depth++) {
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      if (up == null) {
        return false;
      }
      String rel = up.getRelation().toString();
      IndexedWord gov = up.getGovernor();
      String lemma = gov.lemma() == null ? gov.word() : gov.lemma();
      if (lex.contains("appeal_words", lemma)) {
        if (rel.startsWith("ccomp")) {
          return true;
        }
        if (rel.startsWith("xcomp") && hasObject(g, gov)) {
          return true;
        }
      }
      w = gov;
    }
    return false;
  }

  /**
   * Whether the act's hypothetical is only a future told in the past ("announced it would free 150
   * prisoners", "said it would send aid"): its verb (or, for an event noun, the verb it is the object of)
   * has an auxiliary of {@code reported_future_aux} and no other modal, and no condition hangs on it
   * ("would send aid if …", "unless …").
   */
  private boolean reportedFuture(SemanticGraph g, IndexedWord trigger) {
    IndexedWord verb = trigger;
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    if (trigger.tag() != null && trigger.tag().startsWith("NN") && up != null
        && up.getRelation().toString().equals("obj")) {
      verb = up.getGovernor();
    }
    boolean would = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      IndexedWord dep = e.getDependent();
      String lemma = (dep.lemma() == null ? dep.word() : dep.lemma()).toLowerCase(Locale.ROOT);
      if (rel.equals("aux")) {
        if (lex.contains("reported_future_aux", lemma) || lex.contains("reported_future_aux", dep.word().toLowerCase(Locale.ROOT))) {
          would = true;
        } else if (lex.contains("hypothetical_aux", lemma)) {
          return false;
        }
      }
      if (rel.equals("mark") && lex.contains("conditional_marks", dep.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (rel.startsWith("advcl") && conditional(g, dep)) {
        return false;
      }
    }
    return would;
  }

  /**
   * Whether the act's clause (the trigger's verb, or for an event noun the verb it is the object of) is
   * the complement of a verb of {@code decision_verbs} ("announced it would ban …", "decided it would …"):
   * the actor made the act known as decided, not as an intention that a threat is.
   */
  private boolean announcedDecision(SemanticGraph g, IndexedWord trigger) {
    IndexedWord verb = trigger;
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    if (trigger.tag() != null && trigger.tag().startsWith("NN") && up != null
        && up.getRelation().toString().equals("obj")) {
      verb = up.getGovernor();
      up = Clauses.governingEdge(g, verb);
    }
    if (up == null || !up.getRelation().toString().startsWith("ccomp")) {
      return false;
    }
    IndexedWord head = up.getGovernor();
    String lemma = (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
    return lex.contains("decision_verbs", lemma);
  }

  /** Whether a clause is introduced by a mark of {@code conditional_marks} ("if", "unless"). */
  private boolean conditional(SemanticGraph g, IndexedWord clause) {
    return g.outgoingEdgeList(clause).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
        && lex.contains("conditional_marks", e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  /** "whether Japan would impose sanctions": an open question, not a stated intention. */
  private static boolean openQuestion(SemanticGraph g, IndexedWord trigger) {
    return g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
        && e.getDependent().word().equalsIgnoreCase("whether"));
  }
}
