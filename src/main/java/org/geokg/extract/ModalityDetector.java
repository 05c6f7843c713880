package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.claim.Modality;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;

/**
 * Decides how a sentence puts the fact at a trigger word: negated ("did not mention"), hypothetical
 * ("would face … should they"), planned ("plans to", "is expected to visit"), reported ("…, X said")
 * or asserted. The cue words are the lexicons {@code negation}, {@code hypothetical_aux},
 * {@code conditional_marks}, {@code planning_verbs}, {@code threaten_verbs}, {@code appeal_words}, {@code advocacy_verbs},
 * {@code prospect_verbs}, {@code obligation_aux}, {@code ability_aux}, {@code possibility_adjectives},
 * {@code possibility_nouns},
 * {@code continuation_verbs} and {@code speech_verbs}.
 *
 * <p>A modal or future auxiliary counts on the clause it belongs to and on the non-finite clauses under
 * it ("will visit", "would agree to meet"), not across a clause with its own tense: in "will bring the
 * total to $5 billion since Russia launched its invasion" the invasion was launched. A future of
 * continuing ("will continue to urge", "will keep supplying") says the act is already going on.
 */
final class ModalityDetector {
  private final Lexicons lex;
  private final QuoteSpeakers quotes;

  ModalityDetector(Lexicons lex, QuoteSpeakers quotes) {
    this.lex = lex;
    this.quotes = quotes;
  }

  /** The modality and, for reported speech, the speaker. */
  record Result(Modality modality, Entity speaker) {}

  Result detect(SemanticGraph g, IndexedWord trigger, int s, ActorResolver actors, List<CoreLabel> tokens) {
    // Walk from the trigger up through the clauses that govern it; the first cue found wins in the
    // order negation, condition, plan, report.
    boolean negated = false;
    boolean hypothetical = false;
    boolean planned = false;
    // Set once the walk has left a clause with its own tense: auxiliaries above it are not its modality.
    boolean tensed = false;
    // Set once the walk has passed a verb of continuing ("look forward to continuing our cooperation").
    boolean continuing = false;
    // A relative clause on the way up tells what its noun is; it is no act a possibility noun above has in view.
    boolean throughRelative = false;
    Entity speaker = null;
    IndexedWord w = trigger;
    // Set when the walk reached w from a later conjunct that shares w's auxiliary (see bareConjunct).
    boolean fromConjunct = false;
    // Set once the walk has passed a verb of threatening: what is threatened is not presupposed.
    boolean threatened = false;
    // Set when the walk reached w from a time clause ("when the two leaders met"): w's negation is not
    // the clause's ("we were not in the room when they met": they met).
    boolean fromTimeClause = false;
    // The depth of the verb whose content clause, in the past tense, the walk came up from ("I want to
    // update that the envoy met X"): a plan or wish above that verb is about the telling, not about what
    // the clause says happened. The verb itself still counts ("we hope that they met").
    int pastContentDepth = Integer.MAX_VALUE;
    // A verb reached from the sentence's root through clauses only ("Do you believe that Iran is funding
    // Hamas?") is what a yes/no question asks about; a relative clause or a noun ("his summit with Putin")
    // is presupposed by it.
    boolean clausalPath = trigger.tag() != null && trigger.tag().startsWith("VB") || existential(g, trigger);
    boolean reachedRoot = false;
    // The depth of a polite frame ("would like to", "want to") over a verb that does its act in the saying
    // ("we would like to thank X"): the frame's own modal or wish is not the act's.
    int frameDepth = performativeFrame(g, trigger) ? 1 : -1;
    if (prospective(g, trigger)) {
      // "the Secretary's upcoming trip to New Delhi", "the planned talks": the noun itself puts the event
      // ahead, whatever the tense of the clause that mentions it.
      planned = true;
    }
    if (possible(g, trigger)) {
      // "a potential meeting between X and Y": one that may come, not one held or fixed.
      hypothetical = true;
    }
    if (nonspecific(g, trigger)) {
      // "any further military aggression by Russia against Ukraine will be met with …": no aggression in
      // particular, one that may come.
      hypothetical = true;
    }
    // Set when the walk reached w from a later bare conjunct joined by a conjunction that shares w's
    // negated auxiliary ("will not attend the summit and meet X").
    boolean sharesNegation = false;
    // The relation by which the walk reached w from the word below it.
    String cameBy = null;
    // The depth of the verb of credit_verbs whose "for" complement the walk came up from (see creditedFor):
    // its negation ("did not thank X for its support") is the thanking's, not the credited act's.
    int creditDepth = Integer.MAX_VALUE;
    for (int depth = 0; w != null && depth < 4; depth++) {
      boolean frame = depth == frameDepth;
      if (!frame && invertedCondition(g, w, tokens)) {
        hypothetical = true;
      }
      for (SemanticGraphEdge e : frame ? List.<SemanticGraphEdge>of() : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
        String lemma = e.getDependent().lemma() == null ? dep : e.getDependent().lemma().toLowerCase(Locale.ROOT);
        if (depth <= 1 && depth < creditDepth && (!fromConjunct || sharesNegation) && !fromTimeClause && (rel.equals("neg") || rel.equals("advmod"))
            && lex.contains("negation", dep) && !strayClitic(g, w, e.getDependent())) {
          negated = true;
        }
        if (depth <= 1 && depth < creditDepth && (!fromConjunct || sharesNegation) && !fromTimeClause && rel.equals("advmod")
            && lex.contains("cessation_adverbs", lemma) && negatedWord(g, e.getDependent())) {
          // "will no longer travel to X": "no" hangs on "longer", not on the verb; the act is called off.
          negated = true;
        }
        if (!tensed && rel.equals("aux") && lex.contains("hypothetical_aux", dep)) {
          hypothetical = true;
        }
        if ((depth == 0 || depth == 1 && fromConjunct) && rel.equals("aux")
            && (lex.contains("obligation_aux", dep) || lex.contains("ability_aux", dep)) && !infinitive(g, w)) {
          // "Iran must cooperate with the IAEA", "how the two countries can cooperate": an act asked for
          // or one that is possible, on the act's own verb only (a verb the walk passes over, as in
          // "can count on our support", does not put the act under it in doubt).
          hypothetical = true;
        }
        if (!tensed && rel.equals("aux") && lex.contains("future_aux", dep)
            && !(depth > 0 && lex.contains("continuation_verbs", w.lemma()))) {
          planned = true;
        }
        if (rel.equals("mark") && lex.contains("conditional_marks", dep)) {
          hypothetical = true;
        }
        if (rel.equals("nsubj:xsubj") && lex.contains("planning_verbs", lemma)) {
          // "reaffirmed its readiness to impose costs on Y": the parser makes the noun of readiness the
          // controlled subject of the act, which is planned, as after "ready to".
          planned = true;
        }
        if (rel.equals("nsubj:xsubj") && lex.contains("wish_nouns", lemma) && owned(g, e.getDependent())) {
          // "welcomed Finland's request to join NATO", "Sweden's bid to join": the owner's own act, wished
          // for and not yet done; not an act asked of another, which a request of no owner may be.
          planned = true;
        } else if (rel.equals("nsubj:xsubj") && (lex.contains("appeal_words", lemma) || lex.contains("possibility_nouns", lemma))) {
          // "faces pressure to help Iran": the pressure, not an actor, is the act's subject.
          hypothetical = true;
        }
        if (depth > 0 && speaker == null && !fromTimeClause && (rel.equals("nsubj") || rel.equals("obj"))
            && lex.contains("speech_verbs", w.lemma())) {
          List<Entity> who = actors.resolve(s, g, e.getDependent());
          if (!who.isEmpty() && who.get(0).kind() == EntityKind.PERSON) {
            speaker = who.get(0);
          }
        }
      }
      if (depth > 0 && !frame && depth <= pastContentDepth && goingFuture(g, w, tokens)) {
        // "is going to meet Y next week": a future, as "will meet".
        planned = true;
      }
      if (depth > 0 && !frame && !fromTimeClause && depth <= pastContentDepth && lex.contains("planning_verbs", w.lemma())
          && !(isNoun(w) && ("amod".equals(cameBy) || "compound".equals(cameBy)))) {
        // A plan noun the trigger only modifies names a document ("signed two joint action plans"), not
        // the trigger's act put ahead.
        // "proposed a dialogue during her meeting with X": what is proposed is the dialogue; the meeting
        // is when it was proposed, and took place. The governor's own future ("will propose it during
        // her visit") still reaches it through the auxiliary.
        planned = true;
      }
      if (depth > 0 && !frame && !continuing && depth <= pastContentDepth && anticipates(g, w)) {
        // "looks forward to his visit to Israel", "look forward to welcoming X": a plan, unless what is
        // looked forward to is continuing ("look forward to continuing our close cooperation").
        planned = true;
      }
      continuing |= lex.contains("continuation_verbs", w.lemma()) || g.outgoingEdgeList(w).stream()
          .anyMatch(e -> e.getRelation().toString().equals("amod") && lex.contains("continuation_verbs", e.getDependent().lemma()));
      if (depth > 0 && !frame && depth <= 2 && depth < creditDepth && lex.contains("refusal_verbs", w.lemma())) {
        negated = true;
      }
      boolean ownTense = finite(g, w);
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      fromConjunct = false;
      sharesNegation = false;
      if (up == null) {
        up = bareConjunct(g, w);
        if (up == null) {
          reachedRoot = true;
          break;
        }
        fromConjunct = true;
        // A bare conjunct's present tag is the tagger's (see bareConjunct): it shares the modal above.
        ownTense &= !"VBP".equals(w.tag());
        sharesNegation = sharesNegatedAux(g, up);
      }
      tensed |= ownTense;
      String rel = up.getRelation().toString();
      clausalPath &= fromConjunct || rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("conj")
          || rel.startsWith("advcl") || turnLabel(g, up);
      if (depth == 0 && trigger.tag() != null && trigger.tag().startsWith("NN") && rel.startsWith("nsubj")
          && !existential(g, trigger)) {
        // "their problems with China could get worse": the modal is about the predicate, not about
        // the problems the noun names.
        break;
      }
      if (rel.startsWith("advcl:if") || rel.startsWith("advcl:unless") || rel.startsWith("advcl:whether")) {
        hypothetical = true;
      }
      // The parser hangs "when" as the clause's advmod and "after"/"until" as its mark (advcl:after).
      IndexedWord clause = up.getDependent();
      // An event noun hung as a time phrase ("during her meeting with X", obl:during or nmod:during)
      // is a time frame as a time clause is.
      boolean timePhrase = (rel.startsWith("obl:") || rel.startsWith("nmod:"))
          && lex.contains("temporal_marks", rel.substring(rel.indexOf(':') + 1));
      // A relative clause opened by a time word ("we were not in the room when the two leaders met") is a
      // time clause the parser hangs on the noun before it.
      fromTimeClause = timePhrase || (rel.startsWith("advcl") || rel.startsWith("acl:relcl")) && ((rel.startsWith("advcl:")
          && lex.contains("temporal_marks", rel.substring("advcl:".length())))
          || g.outgoingEdgeList(clause).stream().anyMatch(e -> {
            String r = e.getRelation().toString();
            return (r.equals("advmod") || r.equals("mark")) && e.getDependent().index() < clause.index()
                && lex.contains("temporal_marks", e.getDependent().word().toLowerCase(Locale.ROOT));
          }));
      boolean obliged = g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
          && lex.contains("obligation_aux", e.getDependent().word().toLowerCase(Locale.ROOT)));
      w = up.getGovernor();
      cameBy = rel;
      int credit = creditedFor(g, rel, w);
      if (credit > 0) {
        // "will thank Poland for welcoming refugees", "will thank X for its support of Y": the act a verb of
        // credit_verbs credits is done, whatever the thanking's future, plan or appeal; it keeps its own
        // tense. Nothing above the credit verb is the act's modality (as above a past content clause), nor is
        // the credit verb's own negation; the thanking's own claim is read from its own verb, so its
        // modality does not change.
        tensed = true;
        pastContentDepth = Math.min(pastContentDepth, depth + credit);
        creditDepth = Math.min(creditDepth, depth + credit);
      }
      throughRelative |= rel.equals("acl:relcl");
      if (isNoun(w) && !throughRelative && lex.contains("possibility_nouns", w.lemma()) && (rel.startsWith("acl") || rel.startsWith("nmod:of")
          || rel.startsWith("advcl") || rel.startsWith("ccomp"))) {
        // "the prospect of China providing support", "capabilities to conduct investigations": an act that
        // may come or could be done.
        hypothetical = true;
      }
      // A relative clause in the past ("the understandings we negotiated with X", which the parser may hang
      // as a parataxis) tells what happened, as a content clause does: a plan above it ("we are prepared to
      // conclude a deal on the basis of …") is not the clause's.
      if ((rel.startsWith("ccomp") || rel.equals("acl:relcl") || rel.startsWith("parataxis")) && "VBD".equals(clause.tag())
          && pastContentDepth == Integer.MAX_VALUE) {
        pastContentDepth = depth + 1;
      }
      if (obliged && rel.startsWith("ccomp") && lex.contains("speech_verbs", w.lemma())) {
        // "said that the government and the rebels must reach an agreement": what the speaker asks for
        // (say-must's Demand), not an agreement reached.
        hypothetical = true;
      }
      if (depth == 0 && trigger.tag() != null && trigger.tag().startsWith("NN")
          && (rel.equals("obj") || rel.equals("obl:for")) && lex.contains("advocacy_verbs", w.lemma())
          && !lex.contains("message_nouns", trigger.lemma())) {
        // "encouraged further talks between X and Y", "called for a ceasefire", "demanded the withdrawal
        // of X's troops": an event noun an appeal asks for has not happened. A message pressed or made
        // ("pressed their demands") is the appeal itself.
        hypothetical = true;
      }
      if (depth == 0 && trigger.tag() != null && trigger.tag().startsWith("NN") && rel.equals("obj")
          && lex.contains("prospect_verbs", w.lemma()) && !lex.contains("relation_nouns", trigger.lemma())) {
        // "we are exploring a dialogue between …", "weighing sanctions on X": a possibility looked into,
        // not an act done. Ties weighed ("are weighing their financial ties to Russia") exist already.
        hypothetical = true;
      }
      if ((rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("acl") || rel.startsWith("advcl"))
          && depth + 1 <= pastContentDepth && depth + 1 != frameDepth && lex.contains("appeal_words", w.lemma())) {
        // "urged the EU to support the PLO", "demanded that Hamas renounce …", "faces pressure to help
        // Iran": the act asked for has not happened; the appeal is its own claim. A negation inside the
        // complement is part of what is asked ("urge China not to provide support to Russia"): the act is
        // asked not to happen, not said not to have happened.
        hypothetical = true;
        negated = false;
      }
      // An event noun that is a passive's agent ("principles threatened by Russia's aggression in Y", also
      // a participle's "by" phrase, which the parser leaves as obl:by) is what threatens, not the act
      // threatened: its own modality is read further up.
      boolean threatener = depth == 0 && (rel.equals("obl:agent")
          || (rel.equals("obl:by") && w.tag() != null && w.tag().equals("VBN")));
      if (!rel.startsWith("ccomp") && !threatener && lex.contains("threaten_verbs", w.lemma())) {
        // "threatened to launch an offensive", "warned X of sanctions": the threatened act has not
        // happened; the threat is its own claim. A clausal report ("warned that X had attacked") is
        // left to the rest of the walk.
        hypothetical = true;
        threatened = true;
      }
      // "At his meeting with X, the President said …": the meeting is when he spoke, not what he reported.
      if (speaker == null && !fromTimeClause && lex.contains("speech_verbs", w.lemma())) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
          String r = e.getRelation().toString();
          if (r.equals("nsubj") || (r.equals("obj") && e.getDependent().index() > w.index())) {
            List<Entity> who = actors.resolve(s, g, e.getDependent());
            if (!who.isEmpty() && who.get(0).kind() == EntityKind.PERSON) {
              speaker = who.get(0);
            }
          }
        }
      }
    }
    // "will meet … to discuss Russia's invasion of Ukraine", "urge China not to support Russia's
    // aggression": an aggression named with its own possessive agent (presupposed_nouns) has happened,
    // whatever plan, appeal or negation around it speaks of it. A threat is left as it was: "threatened to
    // launch an offensive in its war with Y" threatens the offensive, and the event data code no war there.
    if (clausalPath && reachedRoot && !polarQuestion(tokens) && askedInQuestionTurn(s, actors, tokens)) {
      // "QUESTION: How has the United States helped X?": what a wh-question presupposes is the asker's
      // premise, and in a transcript the asker is a journalist, not the publisher: nothing is asserted.
      hypothetical = true;
    }
    if (clausalPath && reachedRoot && polarQuestion(tokens)) {
      // "Did the two ministers meet?", "Is Russia supplying arms to X?": a yes/no question asserts
      // nothing. A wh-question presupposes its clause ("Why did Russia invade Ukraine?": it did).
      hypothetical = true;
    }
    if (scheduleEntry(g, tokens)) {
      // A public schedule's timed entry ("1:00 p.m. Secretary Blinken meets with X, at the Department of
      // State") lists the day's appointments ahead of them: its present tense is the programme, not a
      // meeting held.
      planned = true;
    }
    boolean given = presupposed(g, trigger, s, actors);
    if (negated && !given) {
      return new Result(Modality.NEGATED, null);
    }
    if (hypothetical && !(given && !threatened)) {
      return new Result(Modality.HYPOTHETICAL, null);
    }
    if (planned && !given && !standingTie(g, trigger)) {
      return new Result(Modality.PLANNED, null);
    }
    if (speaker == null && quotes.speaker(s) != null && QuoteSpeakers.insideQuote(tokens, trigger.index() - 1)) {
      speaker = quotes.speaker(s);
    }
    if (speaker != null) {
      return new Result(Modality.REPORTED, speaker);
    }
    return new Result(Modality.ASSERTED, null);
  }

  /**
   * How far above {@code gov}, reached by relation {@code rel}, a verb of {@code credit_verbs} credits the
   * act the walk came from: 1 when the act is the verb's own "for" complement ("thank X for welcoming Y":
   * {@code advcl:for}, {@code obl:for}), 2 when it hangs on the verb's object ("thank Poland for its
   * support": {@code nmod:for} on "Poland"); 0 when no credit verb credits it.
   */
  private int creditedFor(SemanticGraph g, String rel, IndexedWord gov) {
    if (rel.equals("advcl:for") || rel.equals("obl:for")) {
      return creditVerb(gov) ? 1 : 0;
    }
    if (rel.equals("nmod:for") && isNoun(gov)) {
      SemanticGraphEdge up = Clauses.governingEdge(g, gov);
      return up != null && up.getRelation().toString().equals("obj") && creditVerb(up.getGovernor()) ? 2 : 0;
    }
    return 0;
  }

  private boolean creditVerb(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("VB") && w.lemma() != null
        && lex.contains("credit_verbs", w.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code w} is an infinitive with "to" (a {@code mark} tagged TO): a modal the parser hangs on it
   * is an elided verb's ("doing everything we can to support Ukraine": the support is given).
   */
  private static boolean infinitive(SemanticGraph g, IndexedWord w) {
    return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
        && "TO".equals(e.getDependent().tag()));
  }

  /**
   * Whether the noun {@code trigger} has an adjective of {@code possibility_adjectives} ("a potential
   * meeting"), or is the "of" of a noun that has one ("a possible round of talks").
   */
  private boolean possible(SemanticGraph g, IndexedWord trigger) {
    if (!isNoun(trigger)) {
      return false;
    }
    if (hasDependentIn(g, trigger, "amod", "possibility_adjectives")) {
      return true;
    }
    return g.incomingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:of")
        && isNoun(e.getGovernor()) && e.getGovernor().index() < trigger.index()
        && hasDependentIn(g, e.getGovernor(), "amod", "possibility_adjectives"));
  }

  /** Whether the noun {@code trigger} has a determiner of {@code nonspecific_determiners} ("any attack"). */
  private boolean nonspecific(SemanticGraph g, IndexedWord trigger) {
    return isNoun(trigger) && hasDependentIn(g, trigger, "det", "nonspecific_determiners");
  }

  /**
   * Whether the noun {@code trigger} has an adjective of {@code prospective_adjectives} ("an upcoming visit"),
   * or is the "of" of a noun that has one ("the next meeting of the strategic dialogue", "the upcoming round
   * of talks"): the occasion put ahead is the event's own.
   */
  private boolean prospective(SemanticGraph g, IndexedWord trigger) {
    if (!isNoun(trigger)) {
      return false;
    }
    if (hasDependentIn(g, trigger, "amod", "prospective_adjectives")) {
      return true;
    }
    return g.incomingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:of")
        && isNoun(e.getGovernor()) && e.getGovernor().index() < trigger.index()
        && hasDependentIn(g, e.getGovernor(), "amod", "prospective_adjectives"));
  }

  /** Whether {@code word} has a dependent by relation {@code rel} whose lower-cased word is in {@code lexicon}. */
  private boolean hasDependentIn(SemanticGraph g, IndexedWord word, String rel, String lexicon) {
    return g.outgoingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().equals(rel)
        && lex.contains(lexicon, e.getDependent().word().toLowerCase(Locale.ROOT)));
  }

  private static boolean isNoun(IndexedWord w) {
    return w.tag() != null && w.tag().startsWith("NN");
  }

  /**
   * Whether {@code w} with its particle or adverb is a phrase of {@code anticipation_phrases} ("look
   * forward"): its lemma, a space and the word it governs as {@code advmod} or {@code compound:prt}.
   */
  private boolean anticipates(SemanticGraph g, IndexedWord w) {
    if (w.lemma() == null) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("advmod") || rel.equals("compound:prt")) && lex.contains("anticipation_phrases",
          w.lemma() + " " + e.getDependent().word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun {@code n} is what an existential clause says there is ("Will there be a meeting
   * between X and Y?", "There will be talks"): the parser makes it the clause's head, with "there" as its
   * {@code expl} or subject and "be" as its copula, or the subject of a verb that has an {@code expl}. The clause's modality, and a question about it, are the noun's.
   */
  private static boolean existential(SemanticGraph g, IndexedWord n) {
    if (n.tag() == null || !n.tag().startsWith("NN")) {
      return false;
    }
    if (g.outgoingEdgeList(n).stream().anyMatch(e -> e.getRelation().toString().equals("expl")
        || e.getRelation().toString().startsWith("nsubj") && e.getDependent().word().equalsIgnoreCase("there"))) {
      return true;
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, n);
    return up != null && up.getRelation().toString().startsWith("nsubj")
        && g.outgoingEdgeList(up.getGovernor()).stream().anyMatch(e -> e.getRelation().toString().equals("expl"));
  }

  /**
   * Whether {@code trigger}, a verb of {@code performative_verbs}, is the complement of a polite frame of
   * {@code performative_frames} ("we would like to thank X", "I want to welcome Y"; a bare lemma such as
   * "want" in the present tense only): the act is done in the saying.
   */
  private boolean performativeFrame(SemanticGraph g, IndexedWord trigger) {
    if (trigger.lemma() == null || !lex.contains("performative_verbs", trigger.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    if (up == null || !up.getRelation().toString().startsWith("xcomp")) {
      return false;
    }
    IndexedWord frame = up.getGovernor();
    String lemma = frame.lemma() == null ? "" : frame.lemma().toLowerCase(Locale.ROOT);
    if (lex.contains("performative_frames", lemma) && ("VBP".equals(frame.tag()) || "VBZ".equals(frame.tag()))) {
      return true;
    }
    return g.outgoingEdgeList(frame).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
        && lex.contains("performative_frames", e.getDependent().word().toLowerCase(Locale.ROOT) + " " + lemma));
  }

  /**
   * Whether {@code w} is the progressive of a verb of {@code future_periphrases} with a "be" auxiliary and
   * "to" right after it, over a verb ("is going to meet Y"): a future. "Went to Paris to meet Y" is not.
   */
  private boolean goingFuture(SemanticGraph g, IndexedWord w, List<CoreLabel> tokens) {
    if (!"VBG".equals(w.tag()) || w.lemma() == null || !lex.contains("future_periphrases", w.lemma().toLowerCase(Locale.ROOT))
        || tokens == null || w.index() >= tokens.size() || !"to".equalsIgnoreCase(tokens.get(w.index()).word())) {
      return false;
    }
    return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("aux")
        && "be".equalsIgnoreCase(e.getDependent().lemma()));
  }

  /**
   * Whether a bare conjunct reached by {@code up} shares its head's negated auxiliary: the head has an
   * auxiliary and a negation of {@code negation} ("will not attend … and meet X") and the conjunction is
   * one of {@code shared_negation_conjunctions} ("or", "and"; not "but").
   */
  private boolean sharesNegatedAux(SemanticGraph g, SemanticGraphEdge up) {
    String rel = up.getRelation().toString();
    int colon = rel.indexOf(':');
    if (colon < 0 || !lex.contains("shared_negation_conjunctions", rel.substring(colon + 1))) {
      return false;
    }
    IndexedWord head = up.getGovernor();
    boolean aux = false;
    boolean neg = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
      String r = e.getRelation().toString();
      aux |= r.equals("aux");
      neg |= (r.equals("neg") || r.equals("advmod")) && lex.contains("negation", e.getDependent().word().toLowerCase(Locale.ROOT));
    }
    return aux && neg;
  }

  /**
   * Whether {@code up} hangs a clause from a transcript's turn label ("QUESTION: Will there be a meeting …?",
   * the label a word of {@code question_turn_labels} at the root, the clause its {@code dep} or
   * {@code parataxis}): the label is no clause above the question, so the question still asks about it.
   */
  private boolean turnLabel(SemanticGraph g, SemanticGraphEdge up) {
    String rel = up.getRelation().toString();
    IndexedWord label = up.getGovernor();
    return (rel.equals("dep") || rel.startsWith("parataxis")) && Clauses.governingEdge(g, label) == null
        && lex.contains("question_turn_labels", label.word().toLowerCase(Locale.ROOT));
  }

  /** Whether the noun {@code n} has a possessive owner ("Finland's request", "their bids"). */
  private static boolean owned(SemanticGraph g, IndexedWord n) {
    return g.outgoingEdgeList(n).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss"));
  }

  /** Whether the trigger is a noun of {@code presupposed_nouns} with a possessive ("Russia's invasion"). */
  private boolean presupposed(SemanticGraph g, IndexedWord trigger, int s, ActorResolver actors) {
    SemanticGraphEdge head = Clauses.governingEdge(g, trigger);
    if (head != null && head.getRelation().toString().equals("compound") && trigger.tag() != null
        && trigger.tag().startsWith("NN")) {
      // "its pressure campaign against Taiwan": the event the compound names is the head's.
      trigger = head.getGovernor();
    }
    if (trigger.tag() == null || !trigger.tag().startsWith("NN") || !lex.contains("presupposed_nouns", trigger.lemma())) {
      return false;
    }
    List<SemanticGraphEdge> out = g.outgoingEdgeList(trigger);
    if (out.stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss"))) {
      return true;
    }
    // "our response to the brutal Russian invasion of Ukraine": a definite aggression whose agent is an
    // adjective of an actor is as given as "Russia's invasion". An indefinite one ("to deter a Russian
    // invasion", "any Russian attack") is not: it may be what is feared or planned.
    boolean definite = out.stream().anyMatch(e -> e.getRelation().toString().equals("det")
        && e.getDependent().word().equalsIgnoreCase("the"));
    return definite && out.stream().anyMatch(e -> e.getRelation().toString().equals("amod")
        && !actors.resolve(s, g, e.getDependent()).isEmpty());
  }

  /**
   * Whether the trigger names a tie that already stands: a noun of {@code bond_nouns} or
   * {@code cooperation_nouns} made definite by "the", a demonstrative or a possessive ("looks forward to
   * strengthening the excellent cooperation between our two countries", "will travel to reaffirm the strong
   * partnership between X and Y", "to build on our partnership"). A plan above it is to deepen or reaffirm
   * the tie, which holds now (the gold's "ongoing joint work" is asserted); an indefinite one ("a new
   * partnership") or one a verb of {@code founding_verbs} takes as its object ("will launch the
   * partnership") is still to come.
   */
  private boolean standingTie(SemanticGraph g, IndexedWord trigger) {
    if (trigger.tag() == null || !trigger.tag().startsWith("NN") || trigger.lemma() == null) {
      return false;
    }
    String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
    if (!lex.contains("bond_nouns", lemma) && !lex.contains("cooperation_nouns", lemma)) {
      return false;
    }
    // "will emphasize the importance of trilateral cooperation among X, Y, and Z": the cooperation weighed
    // stands, as a definite one does; the future is the weighing's (session 28).
    boolean weighed = g.incomingEdgeList(trigger).stream().anyMatch(up -> up.getRelation().toString().equals("nmod:of")
        && up.getGovernor().lemma() != null
        && lex.contains("importance_nouns", up.getGovernor().lemma().toLowerCase(Locale.ROOT)));
    boolean definite = weighed || g.outgoingEdgeList(trigger).stream().anyMatch(e -> {
      String rel = e.getRelation().toString();
      String word = e.getDependent().word().toLowerCase(Locale.ROOT);
      return rel.equals("nmod:poss")
          || rel.equals("det") && (word.equals("the") || word.equals("this") || word.equals("that"));
    });
    if (!definite) {
      return false;
    }
    for (SemanticGraphEdge up : g.incomingEdgeList(trigger)) {
      IndexedWord head = up.getGovernor();
      if (up.getRelation().toString().equals("obj") && head.lemma() != null
          && lex.contains("founding_verbs", head.lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence ends with a question mark and lies in a transcript's question turn ({@link FirstPerson#inQuestionTurn}). */
  private static boolean askedInQuestionTurn(int s, ActorResolver actors, List<CoreLabel> tokens) {
    return tokens != null && !tokens.isEmpty() && "?".equals(tokens.get(tokens.size() - 1).word())
        && actors != null && actors.firstPerson().inQuestionTurn(s);
  }

  /** Whether the sentence ends with a question mark and holds no wh-word (a tag of WDT, WP, WP$ or WRB). */
  /**
   * A sentence that opens with a clock time ("1:00 p.m.", "11:30 a.m.") and whose main verb is in the
   * simple present: an entry of a daily public schedule. A past or future main verb, or a time inside the
   * sentence ("At 1:00 p.m. the ministers met"), is a report like any other.
   */
  private static boolean scheduleEntry(SemanticGraph g, List<CoreLabel> tokens) {
    if (tokens == null || tokens.size() < 3) {
      return false;
    }
    int i = tokens.get(0).word().equals("(") || tokens.get(0).word().equals("-LRB-") ? 1 : 0;
    if (!tokens.get(i).word().matches("\\d{1,2}:\\d{2}")) {
      return false;
    }
    String half = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    if (!(half.equals("a.m.") || half.equals("p.m.") || half.equals("a.m") || half.equals("p.m"))) {
      return false;
    }
    if (g.getRoots().isEmpty()) {
      return false;
    }
    String tag = g.getFirstRoot().tag();
    return "VBZ".equals(tag) || "VBP".equals(tag);
  }

  private static boolean polarQuestion(List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty() || !"?".equals(tokens.get(tokens.size() - 1).word())) {
      return false;
    }
    return tokens.stream().noneMatch(t -> t.tag() != null && t.tag().startsWith("W"));
  }

  /**
   * Whether the clause of {@code w} is a condition put by inversion: a word of {@code inversion_marks}
   * (had, were, should) that opens the clause before its subject, as its auxiliary or copula or as the
   * verb the parser hangs it from ("Had Russia invaded Finland, …", "Were China to invade Taiwan, …"). A
   * question ("Had Russia invaded Finland?") is not one.
   */
  private boolean invertedCondition(SemanticGraph g, IndexedWord w, List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty() || "?".equals(tokens.get(tokens.size() - 1).word())) {
      return false;
    }
    IndexedWord subject = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().startsWith("nsubj") && !e.getRelation().toString().contains("xsubj")) {
        subject = e.getDependent();
        break;
      }
    }
    if (subject == null) {
      return false;
    }
    List<IndexedWord> candidates = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("aux") || rel.equals("cop")) {
        candidates.add(e.getDependent());
      }
    }
    SemanticGraphEdge up = Clauses.governingEdge(g, w);
    if (up != null && up.getRelation().toString().startsWith("ccomp")) {
      candidates.add(up.getGovernor());
    }
    for (IndexedWord v : candidates) {
      if (v.index() >= subject.index() || !lex.contains("inversion_marks", v.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int before = v.index() - 2;
      if (before < 0 || before >= tokens.size()) {
        return before < 0;
      }
      String prev = tokens.get(before).word();
      String tag = tokens.get(before).tag();
      if (",".equals(prev) || ";".equals(prev) || ":".equals(prev) || "CC".equals(tag) || "--".equals(prev)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The conjunction edge to a main clause's first verb from a later conjunct that has no auxiliary and no
   * subject of its own ("will have talks … and meet students", "could visit Y and sign …"): the conjunct
   * shares the first verb's auxiliary, which the parser hangs on the first verb only. Below a main clause
   * the parser copies the first verb's own governing edge onto the conjunct, so the walk needs no help
   * there. The first verb's negation is not carried over ("did not attend and issued a statement").
   */
  private static SemanticGraphEdge bareConjunct(SemanticGraph g, IndexedWord w) {
    if (!"VB".equals(w.tag()) && !"VBP".equals(w.tag())) {
      return null;
    }
    for (SemanticGraphEdge up : g.incomingEdgeList(w)) {
      IndexedWord head = up.getGovernor();
      if (!up.getRelation().toString().startsWith("conj") || head.tag() == null || !head.tag().startsWith("VB")
          || head.index() > w.index()) {
        continue;
      }
      if ("VBP".equals(w.tag()) && g.outgoingEdgeList(head).stream().noneMatch(e ->
          e.getRelation().toString().equals("aux") && "MD".equals(e.getDependent().tag()))) {
        // The tagger often makes a bare verb after a comma a present form ("will underscore X, thank Y,
        // and highlight Z": thank/VBP): after a modal it can only be the modal's infinitive. Without one it
        // is a present tense of its own.
        continue;
      }
      boolean own = false;
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        // The parser copies the first verb's subject onto the conjunct: only a subject of its own counts.
        own |= rel.startsWith("aux") || rel.equals("mark")
            || (rel.startsWith("nsubj") && !g.hasChildWithReln(head, e.getRelation())
                || rel.startsWith("nsubj") && !g.getChildrenWithReln(head, e.getRelation()).contains(e.getDependent()));
      }
      return own ? null : up;
    }
    return null;
  }

  /** Whether a verb carries its own tense: a past or present form, or a past or present auxiliary. */
  private static boolean finite(SemanticGraph g, IndexedWord w) {
    if (isFiniteTag(w.tag())) {
      return true;
    }
    if (w.tag() == null || !w.tag().startsWith("VB")) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("aux") || rel.equals("aux:pass")) && isFiniteTag(e.getDependent().tag())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFiniteTag(String tag) {
    return "VBD".equals(tag) || "VBZ".equals(tag) || "VBP".equals(tag);
  }

  /**
   * Whether {@code neg} is a contracted "n't" ("n’t") that the parser hung on {@code head} though the word it
   * is written onto, the token right before it, is neither {@code head} nor an auxiliary or copula of
   * {@code head}: "Wasn’t that a huge mistake given the fact that … a court in Moscow banned …" parsed with
   * "n’t" on "banned" negates the question's "Was", not the banning.
   */
  private static boolean strayClitic(SemanticGraph g, IndexedWord head, IndexedWord neg) {
    String w = neg.word().toLowerCase(Locale.ROOT);
    if (!w.equals("n't") && !w.equals("n’t")) {
      return false;
    }
    IndexedWord host = g.getNodeByIndexSafe(neg.index() - 1);
    if (host == null || host.equals(head)) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(host)) {
      String rel = e.getRelation().toString();
      if (e.getGovernor().equals(head) && (rel.startsWith("aux") || rel.equals("cop"))) {
        return false;
      }
    }
    return true;
  }

  // Whether a word carries a negation of its own ("no" in "no longer").
  private boolean negatedWord(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && lex.contains("negation", e.getDependent().word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
