package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards of the session 19 bulk review, with sentences written for this test: a later verb
 * conjoined in a main clause, with no auxiliary or subject of its own, shares the first verb's "will" or
 * "would"; a verb with its own tense or auxiliary keeps its own reading; a negation inside an appeal's
 * complement is asked for ("urged X not to help Y": hypothetical, not negated); an aggression named with
 * its own possessive agent is asserted whatever appeal or negation speaks of it; a relative of an actor
 * (lexicon kin_nouns: "the children of X", "X's wife") is not that actor; a body named by a hyphenated
 * pair of actors ("the NATO-Russia Council") is no body of the second; a state acting on its own
 * government is the state on itself.
 */
class PrecisionBulkNineteenTest {

  @Test
  void aBareConjunctSharesTheFirstVerbsFuture() {
    assertThat(SentenceFacts.interactions("Norway will host a forum on fisheries and meet with Sweden."))
        .contains("NOR Consult SWE Planned")
        .doesNotContain("NOR Consult SWE Asserted");
  }

  @Test
  void aBareConjunctSharesTheFirstVerbsCondition() {
    assertThat(SentenceFacts.interactions("Chile would welcome the proposal and meet with Peru."))
        .contains("CHL Consult PER Hypothetical")
        .doesNotContain("CHL Consult PER Asserted");
  }

  @Test
  void aConjunctWithItsOwnTenseOrAuxiliaryKeepsItsReading() {
    assertThat(SentenceFacts.interactions("Norway hosted a forum on fisheries and met with Sweden."))
        .contains("NOR Consult SWE Asserted");
    assertThat(SentenceFacts.interactions("Norway will host a forum on fisheries, and it met with Sweden last week."))
        .contains("NOR Consult SWE Asserted");
  }

  @Test
  void aNegationInsideAnAppealIsAskedFor() {
    assertThat(SentenceFacts.interactions("Canada urged Mexico not to provide military assistance to Venezuela."))
        .contains("MEX Aid VEN Hypothetical")
        .doesNotContain("MEX Aid VEN Negated");
  }

  @Test
  void aNegatedActOfNoAppealStaysNegated() {
    assertThat(SentenceFacts.interactions("Canada did not provide military assistance to Venezuela."))
        .contains("CAN Aid VEN Negated");
  }

  @Test
  void anAggressionWithItsOwnAgentHasHappenedWhateverTheAppeal() {
    assertThat(SentenceFacts.interactions("Poland urged Hungary not to support Russia's invasion of Ukraine."))
        .contains("RUS Assault UKR Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault UKR") && !f.endsWith("Asserted"));
  }

  @Test
  void aDefiniteAggressionWithAnAdjectiveAgentHasHappenedWhateverThePlan() {
    // Found by the merged bulk run: the conjoined verbs took "will", and the invasion under them with it.
    assertThat(SentenceFacts.interactions("Tomorrow the ministers of Poland and Norway will meet and consult on "
        + "their response to the brutal Russian invasion of Ukraine."))
        .contains("RUS Assault UKR Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault UKR") && !f.endsWith("Asserted"));
  }

  @Test
  void anIndefiniteAggressionWithAnAdjectiveAgentIsStillWhatIsPlannedAgainst() {
    assertThat(SentenceFacts.interactions("Tomorrow the ministers of Poland and Norway will meet to discuss how "
        + "to deter a Russian invasion of Ukraine."))
        .noneMatch(f -> f.equals("RUS Assault UKR Asserted"));
  }

  @Test
  void aNegationDoesNotReachATimeClause() {
    // Found by the merged bulk run: "we were not in the room when the two leaders met" (they met).
    assertThat(SentenceFacts.interactions("Our envoy was not in the room when the Polish President met the "
        + "Norwegian Prime Minister."))
        .anyMatch(f -> f.contains("Consult") && f.contains("NOR") && f.endsWith("Asserted"))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Negated"));
  }

  @Test
  void aNegationOfTheEventsOwnClauseStillNegatesIt() {
    assertThat(SentenceFacts.interactions("Poland did not meet with Norway when the crisis began."))
        .contains("POL Consult NOR Negated");
  }

  @Test
  void aRelativeOfAnActorIsNotTheActor() {
    assertThat(SentenceFacts.interactions("Canada imposed sanctions on the adult children of Venezuela's president."))
        .noneMatch(f -> f.startsWith("CAN Sanction VEN"));
    assertThat(SentenceFacts.interactions("Norway's Foreign Minister met with the wife of the Swedish Prime Minister."))
        .noneMatch(f -> f.contains("Consult SWE"));
  }

  @Test
  void theRelativesNamedAfterTheirKinAreTheRelatives() {
    assertThat(SentenceFacts.interactions("Canada imposed sanctions on the adult children of President Vladimir "
        + "Putin, Anna Petrova and Olga Ivanova."))
        .anyMatch(f -> f.startsWith("CAN Sanction anna-petrova"))
        .noneMatch(f -> f.contains("vladimir-putin"));
  }

  @Test
  void aThingOfAnActorStillStandsForIt() {
    assertThat(SentenceFacts.interactions("Canada imposed sanctions on the government of Venezuela."))
        .anyMatch(f -> f.startsWith("CAN Sanction VEN"));
    assertThat(SentenceFacts.interactions("Norway's Foreign Minister met with the Prime Minister of Sweden."))
        .anyMatch(f -> f.contains("Consult SWE"));
  }

  @Test
  void aBodyNamedByAHyphenatedPairIsNoBodyOfTheSecond() {
    assertThat(SentenceFacts.interactions("Norway welcomed the decision of the NATO-Russia Council."))
        .noneMatch(f -> f.contains("russia-council"));
    assertThat(SentenceFacts.interactions("Norway praised the work of the Canada-Mexico Council."))
        .noneMatch(f -> f.contains("mexico-council"));
  }

  @Test
  void aStatesOwnUnlistedBodyIsStillItsBody() {
    assertThat(SentenceFacts.interactions("Norway praised the work of Malawi's Ministry of Health."))
        .anyMatch(f -> f.startsWith("NOR Support") && f.contains("ministry-of-health"));
  }

  @Test
  void aStateOnItsOwnGovernmentIsNoInteraction() {
    assertThat(SentenceFacts.interactions("Russia criticized the Russian government."))
        .noneMatch(f -> f.startsWith("RUS ") && f.contains(" RUS-GOV "));
  }

  @Test
  void aStatesPeopleOnItsGovernmentStillAre() {
    assertThat(SentenceFacts.interactions("Ukraine criticized the Russian government."))
        .anyMatch(f -> f.startsWith("UKR Accuse RUS-GOV"));
  }
}
