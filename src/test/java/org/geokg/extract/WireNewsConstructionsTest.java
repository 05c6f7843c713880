package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire-news constructions of sanctions and threats that the CAMEO codebook codes (161 recalling or
 * withdrawing an envoy, 162 cutting aid, 190 retaliation; 138 a threat of it), on the real pipeline,
 * with sentences written for this test (the states are chosen for the purpose, no event is meant).
 */
class WireNewsConstructionsTest {
  @Test
  void anEnvoyRecalledOrWithdrawnNamesTheTargetAfterFromOrTo() {
    // WITHDRAW * AMBASSADOR [161]: the parser hangs "from Y" on the envoy, not on the verb.
    assertThat(SentenceFacts.interactions("Chile withdrew its ambassador from Peru."))
        .contains("CHL Sanction PER Asserted").noneMatch(f -> f.contains("Retreat"));
    // The envoy posted to Y, recalled or withdrawn.
    assertThat(SentenceFacts.interactions("Chile recalled its ambassador to Peru."))
        .contains("CHL Sanction PER Asserted");
    assertThat(SentenceFacts.interactions("Chile withdrew its envoy to Peru for consultations."))
        .contains("CHL Sanction PER Asserted");
  }

  @Test
  void troopsWithdrawnStayARetreatAndAnEnvoyWithNoTargetIsNoEvent() {
    assertThat(SentenceFacts.interactions("Chile withdrew its troops from Peru."))
        .contains("CHL Retreat PER Asserted").noneMatch(f -> f.contains("Sanction"));
    assertThat(SentenceFacts.interactions("Chile withdrew its ambassador.")).isEmpty();
  }

  @Test
  void aidCutIsASanctionTowardTheOneItWentTo() {
    // CUT * AID [162], with and without the particle, the target on the verb or on the noun.
    assertThat(SentenceFacts.interactions("Chile cut aid to Peru.")).contains("CHL Sanction PER Asserted");
    assertThat(SentenceFacts.interactions("Chile cut off aid to Peru.")).contains("CHL Sanction PER Asserted");
    // The aid cut is not also given (reversal_verbs).
    assertThat(SentenceFacts.interactions("Chile cut its military assistance to Peru."))
        .contains("CHL Sanction PER Asserted").noneMatch(f -> f.contains(" Aid "));
    // Cutting something that is no aid is no sanction.
    assertThat(SentenceFacts.interactions("Chile cut interest rates to two percent.")).isEmpty();
  }

  @Test
  void retaliationIsAnAssaultAndAVowToRetaliateIsAThreat() {
    assertThat(SentenceFacts.interactions("Chile retaliated against Peru with air strikes."))
        .contains("CHL Assault PER Asserted");
    // A promise to harm is a threat (intent convention), the act itself only planned.
    assertThat(SentenceFacts.interactions("Chile vowed to retaliate against Peru."))
        .contains("CHL Threaten PER Asserted").doesNotContain("CHL Assault PER Asserted");
    // Retaliating against a measure names no target.
    assertThat(SentenceFacts.interactions("Chile retaliated against the sanctions.")).isEmpty();
  }

  @Test
  void aStatesDiplomatsStandForItUnderControlVerbsAfterOfAndInAnExpulsionNoun() {
    // A control verb passes its subject into the complement (nsubj:xsubj).
    assertThat(SentenceFacts.interactions("Chile decided to expel Peru's diplomats."))
        .anyMatch(f -> f.startsWith("CHL Sanction PER"));
    // The actor after "of" a sector noun.
    assertThat(SentenceFacts.interactions("Chile expelled diplomats of Peru."))
        .anyMatch(f -> f.startsWith("CHL Sanction PER"));
    // The expulsion noun, itself the subject of another verb.
    assertThat(SentenceFacts.interactions("Chile's expulsion of Peru's diplomats angered Bolivia."))
        .anyMatch(f -> f.startsWith("CHL Sanction PER"));
  }

  @Test
  void aRefusalOfAnActTowardAPartyIsARejectionOfIt() {
    // Deploying is no cooperative act the refusal convention knows; refusing it in a state rejects it.
    assertThat(SentenceFacts.interactions("Chile refused to deploy troops in Peru."))
        .contains("CHL Reject PER Asserted");
    // A phrasal act may turn the act round: refusing to rule out action is no rejection.
    assertThat(SentenceFacts.interactions("Chile refused to rule out military action against Peru."))
        .doesNotContain("CHL Reject PER Asserted");
  }

  @Test
  void aPromisedActDoneInAStateIsACommitmentTowardIt() {
    assertThat(SentenceFacts.interactions("Chile agreed to reopen its embassy in Peru."))
        .contains("CHL Agree PER Asserted");
    assertThat(SentenceFacts.interactions("Chile pledged to invest $2 billion in Peru."))
        .contains("CHL Agree PER Asserted");
  }

  @Test
  void goingOnStrikeAndProtestingAtAPlacedVenueAreDomesticProtests() {
    assertThat(SentenceFacts.interactions("Hundreds of Kenyan workers went on strike on Monday."))
        .contains("KEN-LAB Protest KEN Asserted");
    assertThat(SentenceFacts.interactions("Kenyan students protested at the university in Nairobi."))
        .contains("KEN-EDU Protest KEN Asserted");
  }

  @Test
  void aMediatorConsultsEachPartyAfterBetween() {
    // CAMEO 045: the mediator's act toward each side; the sides do not consult each other by it.
    assertThat(SentenceFacts.interactions(
        "Qatar launched a mediation effort on Saturday between the Emirates and Saudi Arabia."))
        .contains("QAT Consult ARE Asserted", "QAT Consult SAU Asserted")
        .noneMatch(f -> f.startsWith("ARE ") || f.startsWith("SAU "));
    assertThat(SentenceFacts.interactions("Egypt mediated between Israel and Jordan."))
        .contains("EGY Consult ISR Asserted", "EGY Consult JOR Asserted");
  }

  @Test
  void aCameoPatternWithANounAfterThePrepositionWinsOverTheHandRowWithNone() {
    // ENGAGE * (IN FIREFIGHT) [190]: the hand table's "engage" has no such reading.
    assertThat(SentenceFacts.interactions("Syrian rebels engaged Filipino peacekeepers in a firefight."))
        .anyMatch(f -> f.endsWith("Assault PHL Asserted"));
    // ACCUSE * (OF GENOCIDE) [112] and the hand row agree: one class.
    assertThat(SentenceFacts.interactions("Chile accused Peru of genocide."))
        .containsOnly("CHL Accuse PER Asserted");
  }

  @Test
  void troopsPulledOrWithdrawnOutOfAStateRetreatFromIt() {
    // "out of" is one preposition to the parser (obl:out_of), as "from" is.
    assertThat(SentenceFacts.interactions("Kenyan troops pulled out of Somalia."))
        .contains("KEN-MIL Retreat SOM Asserted");
    assertThat(SentenceFacts.interactions("Kenya withdrew its troops out of Somalia."))
        .contains("KEN Retreat SOM Asserted");
  }

  @Test
  void protestersCountedOrNamedByAPeopleAreTheCiviliansOfWhereTheyProtest() {
    // A quantity with its noun after "of", or with none: the civilians of the state where they protest.
    assertThat(SentenceFacts.interactions("Thousands of people demonstrated in Peru on Sunday."))
        .contains("PER-CVL Protest PER Asserted");
    assertThat(SentenceFacts.interactions("Thousands protested in Lima on Sunday."))
        .contains("PER-CVL Protest PER Asserted");
    // A noun of protester_nouns, which no sector names.
    assertThat(SentenceFacts.interactions("Prisoners rioted at a jail in Lima on Monday."))
        .contains("PER-CVL Protest PER Asserted");
    // A demonym on a people's noun: the state's civilians, not the state protesting at itself.
    assertThat(SentenceFacts.interactions("Thousands of Peruvian Kurds demonstrated in Cusco on Sunday."))
        .contains("PER-CVL Protest PER Asserted");
    // A sector noun after the quantity keeps its sector.
    assertThat(SentenceFacts.interactions("Thousands of students demonstrated in Bolivia."))
        .contains("BOL-EDU Protest BOL Asserted");
  }

  @Test
  void troopsOfADeploymentArriveAsTroopsOfAContingentDo() {
    // "deployment" a noun of quantity_nouns: the troops after "of" are the pattern's subject noun.
    assertThat(SentenceFacts.interactions("The first deployment of Chilean peacekeeping troops arrived in Peru."))
        .anyMatch(f -> f.startsWith("CHL") && f.contains(" Aid PER"));
  }

  @Test
  void undoingOnesOwnDeedIsAimedAtWhomTheDeedWasAimedAt() {
    // The possessive stands for the subject: the target is after the deed's preposition.
    assertThat(SentenceFacts.interactions("Argentina lifted its embargo on Peru."))
        .contains("ARG Retreat PER Asserted");
    assertThat(SentenceFacts.interactions("Ecuador eased its sanctions against Peru."))
        .contains("ECU Retreat PER Asserted");
    // Judging a deed is aimed at its doer, whoever "its" stands for: no act toward the deed's victim.
    assertThat(SentenceFacts.interactions("Chile condemned Peru for its attacks on Bolivia."))
        .contains("CHL Accuse PER Asserted").doesNotContain("CHL Accuse BOL Asserted");
  }

  @Test
  void anAmountPledgedInAidToAStateIsACommitmentTowardIt() {
    // The amount is the verb's object and "to Y" hangs on the event noun after it.
    assertThat(SentenceFacts.interactions("Chile pledged $5 million in aid to Peru."))
        .contains("CHL Agree PER Asserted");
    // No amount: a pledge of support in a fight is no commitment toward the enemy.
    assertThat(SentenceFacts.interactions("Chile pledged its support in the fight against Peru."))
        .doesNotContain("CHL Agree PER Asserted");
  }

  @Test
  void anOccupationEndedIsARetreat() {
    assertThat(SentenceFacts.interactions("Chile ended its occupation of Peru."))
        .contains("CHL Retreat PER Asserted");
  }

  @Test
  void refugeSoughtInAStateIsADemandOnIt() {
    assertThat(SentenceFacts.interactions("Some 8,000 Bolivians sought refuge in Peru last month."))
        .contains("BOL Demand PER Asserted");
    assertThat(SentenceFacts.interactions("Hundreds of Bolivian dissidents requested asylum in Peru."))
        .contains("BOL-OPP Demand PER Asserted");
  }

  @Test
  void attendingAMeetingInANamedStateConsultsItsHostButACityIsOnlyAVenue() {
    assertThat(SentenceFacts.interactions("Bachelet is scheduled to attend a summit in Peru on the unrest in Bolivia."))
        .contains("bachelet Consult PER Planned");
    assertThat(SentenceFacts.interactions("The Secretary will attend the NATO Summit in Vilnius."))
        .noneMatch(f -> f.contains("LTU"));
  }

  @Test
  void anOfficialActingOnAPlaceOfItsOwnStateIsADomesticEventOnIt() {
    // A city named instead of the state: the official's threat is on Chile, as event data code it.
    assertThat(SentenceFacts.interactions(
        "Chilean President Michelle Bachelet threatened to impose a curfew in the city of Arica."))
        .contains("michelle-bachelet Threaten CHL Asserted");
    // The state itself on its own city stays no relation between actors.
    assertThat(SentenceFacts.interactions("Chile threatened to impose a curfew in Arica.")).isEmpty();
  }

  @Test
  void anOfficialActingInHisOwnCapitalIsADomesticEventOnTheState() {
    // Session 18: the capital is linked as its state (its seat), but after "in" it is the city where
    // the act happens, as any other city of the state.
    assertThat(SentenceFacts.interactions(
        "Chilean President Ana Velarde threatened to impose a curfew in Santiago after the riots."))
        .contains("ana-velarde Threaten CHL Asserted");
    // Meeting people in one's own capital is no act on the state (a class the parties share).
    assertThat(SentenceFacts.interactions("Chilean President Ana Velarde met Chilean business leaders in Santiago."))
        .noneMatch(f -> f.endsWith("CHL Asserted"));
    // The state itself on its own capital stays nothing.
    assertThat(SentenceFacts.interactions("Chile threatened to impose a curfew in Santiago.")).isEmpty();
  }

  @Test
  void anIntentionToldInThePastWithWouldIsACommitmentButNotUnderAConditionOrAnotherModal() {
    // "said it would V": a future told in the past, the actor's stated intention (CAMEO 03x, AGREE).
    assertThat(SentenceFacts.interactions("Peru said it would send aid to Ecuador."))
        .contains("PER Agree ECU Asserted");
    assertThat(SentenceFacts.interactions("Chile said it would withdraw its troops from Bolivia."))
        .contains("CHL Agree BOL Asserted");
    // A condition on the act, another modal, an open question: no stated intention.
    assertThat(SentenceFacts.interactions("Peru said it would send aid to Ecuador if the rebels agreed to a ceasefire."))
        .doesNotContain("PER Agree ECU Asserted");
    assertThat(SentenceFacts.interactions("Peru said it could send aid to Ecuador."))
        .doesNotContain("PER Agree ECU Asserted");
    assertThat(SentenceFacts.interactions("Analysts asked whether Chile would withdraw its troops from Bolivia."))
        .doesNotContain("CHL Agree BOL Asserted");
    // A harm told the same way stays a threat, not a commitment.
    assertThat(SentenceFacts.interactions("Bolivia said it would impose sanctions on Paraguay."))
        .contains("BOL Threaten PRY Asserted").doesNotContain("BOL Agree PRY Asserted");
  }

  @Test
  void attendingAConferenceOrForumInANamedStateConsultsItsHost() {
    assertThat(SentenceFacts.interactions("Colombia attended a forum in Ecuador."))
        .contains("COL Consult ECU Asserted");
    assertThat(SentenceFacts.interactions("Uruguay attended a conference in Montevideo."))
        .noneMatch(f -> f.contains("Consult"));
  }

  @Test
  void aLightVerbWhoseHandRowsNeverReadItsObjectTakesTheDictionarysObjectNouns() {
    // GIVE * PERMISSION [080 → Concede], LAUNCH * OPERATION [190 → Assault]: the nouns are not event
    // nouns of interaction_nouns.tsv, and the hand rows of give/launch name a particle or a preposition only.
    assertThat(SentenceFacts.interactions("Bolivia gave permission to Peru to use its airspace."))
        .contains("BOL Concede PER Asserted");
    assertThat(SentenceFacts.interactions("Argentina gave food to Paraguay."))
        .contains("ARG Aid PRY Asserted");
    assertThat(SentenceFacts.interactions("Bolivia launched a military operation against Paraguay."))
        .contains("BOL Assault PRY Asserted");
  }

  @Test
  void aWarOrOffensiveItsAgentWagesInAStateIsAimedAtThatState() {
    // "in" Y on a war, invasion, offensive, bombing, airstrike or aggression with its agent named.
    assertThat(SentenceFacts.interactions("Chile's war in Bolivia has killed thousands."))
        .contains("CHL Assault BOL Asserted");
    assertThat(SentenceFacts.interactions("Peru condemned Chile's invasion in Bolivia."))
        .contains("CHL Assault BOL Asserted", "PER Accuse CHL Asserted");
    // No agent: no claim.
    assertThat(SentenceFacts.interactions("The war in Bolivia has raised food prices.")).isEmpty();
  }

  @Test
  void leadingADelegationToAStateIsAVisitNotAnAgreement() {
    // LEAD * DELEGATION [036] read as the visit (042, as SEND * DELEGATION): done, a Consult; announced, planned.
    assertThat(SentenceFacts.interactions("The Peruvian minister led a delegation to Chile."))
        .contains("PER Consult CHL Asserted").noneMatch(f -> f.contains("Agree"));
    assertThat(SentenceFacts.interactions("The Peruvian minister will lead a delegation to Chile next week."))
        .contains("PER Consult CHL Planned").noneMatch(f -> f.contains("Agree"));
  }

  @Test
  void permissionRefusedToARecipientNamedBeforeAnInfinitiveIsAReject() {
    // "give permission to X to V": the parser makes X the infinitive's subject; X is the recipient.
    assertThat(SentenceFacts.interactions("Peru would not give permission to Chile to build the pipeline."))
        .contains("PER Reject CHL Asserted");
    assertThat(SentenceFacts.interactions("Peru gave permission to Chile to build the pipeline."))
        .contains("PER Concede CHL Asserted");
    // "for X to V" names no recipient.
    assertThat(SentenceFacts.interactions("Peru gave permission for Chile to build the pipeline.")).isEmpty();
  }

  @Test
  void aDeedCondemnedThroughALooselyParsedParticipleIsAimedAtItsDoer() {
    // "condemned the abuses committed by X", parsed with "committed" hung loosely on the verb.
    assertThat(SentenceFacts.interactions("Peru condemned the abuses committed by Chile."))
        .contains("PER Accuse CHL Asserted");
    assertThat(SentenceFacts.interactions("Peru discussed the report written by Chile.")).isEmpty();
  }
}
