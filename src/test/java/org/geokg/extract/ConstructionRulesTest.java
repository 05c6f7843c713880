package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * General constructions of wire news and readouts on the real pipeline, with sentences written for this
 * test: coordinated parties acting on each other (with a topic, a shared event noun, "between"), the
 * agent of an event noun after "by", a transfer "to" a recipient, and events that are only a topic of
 * discussion.
 */
class ConstructionRulesTest {
  @Test
  void partiesThatAgreeOnATopicAgreeWithEachOther() {
    assertThat(SentenceFacts.interactions("Chile and Peru agreed on a new border treaty."))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    // An actor after "on" is a party, not a topic: no reciprocal reading.
    assertThat(SentenceFacts.interactions("Chile and Peru agreed on Bolivia's proposal."))
        .doesNotContain("CHL Agree PER Asserted", "PER Agree CHL Asserted");
  }

  @Test
  void aVerbThatNeedsATargetIsNotReciprocal() {
    // "seek" is a demand on whom it is sought from; two parties seeking something make no demand on
    // each other.
    assertThat(SentenceFacts.interactions("Norway and Sweden are seeking to expand their trade."))
        .noneMatch(f -> f.contains("Demand"));
  }

  @Test
  void aSharedEventNounUnderALightVerbIsReciprocal() {
    assertThat(SentenceFacts.interactions("Uganda and Kenya signed an agreement on trade."))
        .contains("UGA Agree KEN Asserted", "KEN Agree UGA Asserted");
    // Sanctions are not shared: two states imposing them act on no one named.
    assertThat(SentenceFacts.interactions("Uganda and Kenya imposed sanctions.")).isEmpty();
  }

  @Test
  void failingToReachAgreementIsNoAgreement() {
    // Was read as an agreement: "fail" did not negate its complement.
    assertThat(SentenceFacts.interactions("Chile and Peru failed to reach agreement on the border."))
        .contains("CHL Agree PER Negated", "CHL Reject PER Asserted")
        .doesNotContain("CHL Agree PER Asserted", "PER Agree CHL Asserted");
  }

  @Test
  void thePartiesAfterBetweenActOnEachOther() {
    assertThat(SentenceFacts.interactions("The talks between Sudan and Chad were held in Tripoli."))
        .contains("SDN Consult TCD Asserted", "TCD Consult SDN Asserted");
  }

  @Test
  void theAgentOfAnEventNounAfterBy() {
    assertThat(SentenceFacts.interactions("The attack on Georgia by Russia killed ten people."))
        .contains("RUS Assault GEO Asserted").doesNotContain("GEO Assault RUS Asserted");
  }

  @Test
  void anActAfterTakingStepsIsTheClauseSubjects() {
    assertThat(SentenceFacts.interactions("Canada has taken steps to impose sanctions on Belarus."))
        .contains("CAN Sanction BLR Asserted");
    // The owner of the noun the infinitive hangs on acts, not the clause's subject.
    assertThat(SentenceFacts.interactions("Canada welcomed Japan's decision to impose sanctions on Belarus."))
        .doesNotContain("CAN Sanction BLR Asserted");
  }

  @Test
  void providingSomethingToAnActorIsAid() {
    assertThat(SentenceFacts.interactions("Brazil is providing military equipment to Angola."))
        .contains("BRA Aid AGO Asserted");
  }

  @Test
  void anEventThatIsOnlyATopicOfDiscussionIsNotClaimed() {
    assertThat(SentenceFacts.interactions("Chile and Argentina discussed how their two countries will work together on trade."))
        .contains("CHL Consult ARG Asserted")
        .noneMatch(f -> f.contains("Cooperate"));
    // A named event as what was discussed is still an event.
    assertThat(SentenceFacts.interactions("Chile and Argentina discussed Russia's invasion of Ukraine."))
        .contains("RUS Assault UKR Asserted");
  }

  @Test
  void anEventBeingUndoneIsNotClaimedAsHappening() {
    assertThat(SentenceFacts.interactions("Ghana lifted its blockade on goods from Togo."))
        .noneMatch(f -> f.contains("Coerce"));
  }

  @Test
  void aThingOfAnActorStandsForTheActor() {
    assertThat(SentenceFacts.interactions("Kenya welcomed the decision of Uganda to reopen the border."))
        .contains("KEN Support UGA Asserted");
    assertThat(SentenceFacts.interactions("Japan announced $20 million in aid for the people of Haiti."))
        .contains("JPN Aid HTI Asserted");
    // An event noun's "of" names its target, not its agent.
    assertThat(SentenceFacts.interactions("Kenya condemned the arrest of Ugandan journalists."))
        .noneMatch(f -> f.startsWith("KEN Accuse UGA"));
  }

  @Test
  void acceptingDemandsIsYielding() {
    assertThat(SentenceFacts.interactions("Argentina accepted the demands of Chile."))
        .contains("ARG Concede CHL Asserted").doesNotContain("ARG Agree CHL Asserted");
  }

  @Test
  void anAnswerToAMessageIsAimedAtItsSender() {
    assertThat(SentenceFacts.interactions("Argentina accepted demands from Chile."))
        .contains("ARG Concede CHL Asserted");
    assertThat(SentenceFacts.interactions("Kenya rejected an appeal from Uganda to close the border."))
        .contains("KEN Reject UGA Asserted");
  }

  @Test
  void aNounThatMeasuresOutAnEventLeavesTheEventTheAct() {
    assertThat(SentenceFacts.interactions("Chile held two rounds of talks with Peru."))
        .contains("CHL Consult PER Asserted");
    assertThat(SentenceFacts.interactions("Israel launched a wave of strikes against Syria."))
        .contains("ISR Assault SYR Asserted");
    assertThat(SentenceFacts.interactions("Russia and China on Monday launched ten days of war games."))
        .contains("RUS Cooperate CHN Asserted", "CHN Cooperate RUS Asserted");
  }

  @Test
  void aProtestWithNoTargetIsAimedAtWhereItHappens() {
    assertThat(SentenceFacts.interactions("Thousands of students demonstrated in Bolivia on Friday."))
        .contains("BOL-EDU Protest BOL Asserted");
    assertThat(SentenceFacts.interactions("Peruvian workers demonstrated in Chile on Friday."))
        .contains("PER-LAB Protest CHL Asserted");
    // Strikes by a subject that is no sector of people are no protest ("conducted strikes in Iraq").
    assertThat(SentenceFacts.interactions("Coalition nations conducted strikes in Iraq."))
        .noneMatch(f -> f.contains("Protest"));
  }

  @Test
  void anActAskedForHasNotHappened() {
    assertThat(SentenceFacts.interactions("Egypt urged the European Union to support Sudan."))
        .contains("EGY Demand EU Asserted").doesNotContain("EU Support SDN Asserted");
    assertThat(SentenceFacts.interactions("Brazil faces pressure from Argentina to help Bolivia."))
        .noneMatch(f -> f.contains("Aid BOL Asserted"));
    assertThat(SentenceFacts.interactions("China called on Japan to withdraw its troops from Korea."))
        .contains("CHN Demand JPN Asserted").noneMatch(f -> f.startsWith("JPN Retreat") && f.endsWith("Asserted"));
  }

  @Test
  void aCommitmentRenegedOnIsNoAgreement() {
    assertThat(SentenceFacts.interactions("Zambia reneged on its commitment to Malawi."))
        .doesNotContain("ZMB Agree MWI Asserted");
  }

  @Test
  void theAuthorsOwnThingIsNoTargetAmongThem() {
    // Was read as every author supporting and accusing every other: "our efforts" and "our concern"
    // stand for the authors, who are also the subjects.
    String text = "The following statement was released by the Governments of Chile, Peru and Colombia.\n\n"
        + "We will step up our efforts to fight hunger. We reiterate our concern about the drought. "
        + "We condemn Russia's attack on Ukraine.";
    assertThat(SentenceFacts.interactions(text, "https://www.state.gov/a-joint-statement/"))
        .contains("CHL Accuse RUS Asserted", "COL Accuse RUS Asserted")
        .noneMatch(f -> f.matches("(CHL|PER|COL) \\w+ (CHL|PER|COL) .*"));
    // Parties that discuss their own cooperation still consult each other.
    assertThat(SentenceFacts.interactions("Chile and Peru discussed their cooperation."))
        .contains("CHL Consult PER Asserted");
  }

  @Test
  void anAmountOfAidAfterALightVerbsOblique() {
    // With a second recipient after "as well as", the parser makes the event noun an oblique of
    // "announce" ("announce … in assistance"), with the amount on the noun; the aid was not read.
    assertThat(SentenceFacts.facts("Japan is pleased to announce nearly $8 million in emergency food "
        + "assistance for the people of Nepal as well as Bhutanese refugees in the region."))
        .contains("JPN Aid NPL Asserted 8000000 USD");
  }

  @Test
  void anEventNounAfterEngagedInIsTheSubjectsAct() {
    assertThat(SentenceFacts.interactions("Chile and Peru participated in joint naval exercises."))
        .contains("CHL Cooperate PER Asserted", "PER Cooperate CHL Asserted");
    assertThat(SentenceFacts.interactions("Kenya participated in military exercises with Uganda."))
        .contains("KEN Cooperate UGA Asserted");
    // Sanctions are not shared: two states taking part in them act on no one named.
    assertThat(SentenceFacts.interactions("Chile and Peru participated in sanctions.")).isEmpty();
  }

  @Test
  void aStatedActUnlessAnotherActsIsAThreatToIt() {
    // An ultimatum needs no verb of threatening (CAMEO 13x): the threat is toward whoever must act.
    assertThat(SentenceFacts.interactions("Kenya said it would boycott the summit unless Uganda releases the prisoners."))
        .contains("KEN Threaten UGA Asserted");
    // A refusal under a condition, and a mere possibility, are no threats.
    assertThat(SentenceFacts.interactions("Kenya will not attend the summit unless Uganda releases the prisoners."))
        .noneMatch(f -> f.contains("Threaten"));
    assertThat(SentenceFacts.interactions("Peru may leave the pact unless Chile changes its tariffs."))
        .noneMatch(f -> f.contains("Threaten"));
  }

  @Test
  void coordinatedStatesBeforeASectorNounAreEachAGroup() {
    // Only the state next to the noun was read ("US and British activists" was British alone).
    assertThat(SentenceFacts.interactions("Chilean and Peruvian activists staged a protest in Bolivia."))
        .contains("CHL-NGO Protest BOL Asserted", "PER-NGO Protest BOL Asserted");
    assertThat(SentenceFacts.interactions("French, German and Italian troops attacked rebels in Mali."))
        .contains("FRA-MIL Assault MLI-REB Asserted", "DEU-MIL Assault MLI-REB Asserted",
            "ITA-MIL Assault MLI-REB Asserted");
  }

  @Test
  void weaponsGivenToSomeoneAreAid() {
    assertThat(SentenceFacts.interactions("Ukraine received weapons from Poland."))
        .contains("POL Aid UKR Asserted");
    assertThat(SentenceFacts.interactions("Kenya obtained arms from Ethiopia."))
        .contains("ETH Aid KEN Asserted");
  }

  @Test
  void anEventNounOfAPassiveLightVerbWithItsAgentAfterBy() {
    assertThat(SentenceFacts.interactions("An offensive was launched against Georgia by Russia on Friday."))
        .contains("RUS Assault GEO Asserted").doesNotContain("GEO Assault RUS Asserted");
    assertThat(SentenceFacts.interactions("The sanctions imposed on Iran by Canada have hurt its economy."))
        .contains("CAN Sanction IRN Asserted");
  }

  @Test
  void blockingRoadsIsAProtest() {
    // Obstructing passage is CAMEO 144: a protest, with no place named aimed at the protesters' own state.
    assertThat(SentenceFacts.interactions("Angry Chilean farmers blocked roads on Monday."))
        .contains("CHL-AGR Protest CHL Asserted");
    // Blocking what is no passage is no protest.
    assertThat(SentenceFacts.interactions("Chilean farmers blocked Bolivia's proposal."))
        .noneMatch(f -> f.contains("Protest"));
  }

  @Test
  void aSectorNounThroughoutAStateIsItsGroup() {
    assertThat(SentenceFacts.interactions("Thousands of students throughout Kenya staged demonstrations on Monday."))
        .contains("KEN-EDU Protest KEN Asserted");
  }

  @Test
  void cuttingBackARelationshipIsASanction() {
    // The relationship noun names no actor: the party after "with" is the target (CAMEO 16x).
    assertThat(SentenceFacts.interactions("Kenya suspended air links with Somalia."))
        .contains("KEN Sanction SOM Asserted");
    assertThat(SentenceFacts.interactions("Chile's severance of relations with Bolivia surprised observers."))
        .contains("CHL Sanction BOL Asserted");
    assertThat(SentenceFacts.interactions("Peru announced a suspension of trade links with Ecuador."))
        .contains("PER Sanction ECU Asserted");
  }

  @Test
  void aConcernItsOwnerHoldsWithNoVerbOfSaying() {
    String text = "The following statement was released by the Governments of Chile and Peru.\n\n"
        + "We are united in our deep concern regarding Venezuela's continuing attacks on journalists.";
    assertThat(SentenceFacts.interactions(text, "https://www.state.gov/a-joint-statement/"))
        .contains("CHL Accuse VEN Asserted", "PER Accuse VEN Asserted");
    // A curated leader's name as a modifier, which the NER took for a place here, is still the leader.
    assertThat(SentenceFacts.interactions(text.replace("Venezuela's", "the Lukashenka regime’s"),
        "https://www.state.gov/a-joint-statement/"))
        .contains("CHL Accuse alexander-lukashenko Asserted", "PER Accuse alexander-lukashenko Asserted");
  }

  @Test
  void anActOnADeedIsAimedAtItsDoerNamedAfterBy() {
    assertThat(SentenceFacts.interactions("Argentina condemned the missile launches by Iran."))
        .contains("ARG Accuse IRN Asserted");
    assertThat(SentenceFacts.interactions("Chile welcomed the decision by Peru to hold elections."))
        .contains("CHL Support PER Asserted");
    // Whom the deed hit is not whom the condemnation is aimed at.
    assertThat(SentenceFacts.interactions("Brazil condemned the attacks by Venezuela on Guyana."))
        .contains("BRA Accuse VEN Asserted").doesNotContain("BRA Accuse GUY Asserted");
    // A passive's "by" is its own agent.
    assertThat(SentenceFacts.interactions("The proposal was condemned by Peru."))
        .noneMatch(f -> f.endsWith("Accuse PER Asserted"));
  }

  @Test
  void aCurfewOrCrackdownInAPlaceIsAimedAtTheStateThatHoldsIt() {
    // CAMEO 1723 (curfew), 175 (crackdown): a measure imposed in a place coerces those who live there.
    assertThat(SentenceFacts.interactions("Egyptian police imposed a curfew in the city of Suez."))
        .anyMatch(f -> f.startsWith("EGY") && f.contains(" Coerce EGY "));
    assertThat(SentenceFacts.interactions("Kenya launched a crackdown in Somalia."))
        .contains("KEN Coerce SOM Asserted");
  }

  @Test
  void anEventNounCarriedByACompoundHeadIsTheAct() {
    // "a bombing campaign against Y": the compound is the event, the carrier's preposition its target.
    assertThat(SentenceFacts.interactions("Russia launched a bombing campaign against Georgia."))
        .contains("RUS Assault GEO Asserted");
    assertThat(SentenceFacts.interactions("Japan sent an aid package to Haiti."))
        .contains("JPN Aid HTI Asserted");
    assertThat(SentenceFacts.interactions("Russia's bombing campaign against Georgia went on for a week."))
        .contains("RUS Assault GEO Asserted");
    // A carrier without an event noun as its compound is no event.
    assertThat(SentenceFacts.interactions("Japan sent a software package to Haiti."))
        .noneMatch(f -> f.startsWith("JPN") && f.contains("HTI"));
  }
}
