package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Modality readings of the session 21 bulk review (s21-mod), with sentences written for this test: a
 * yes/no question about what an existential clause says there is; the "going to" future; a negated
 * auxiliary shared by a bare conjunct; a polite frame over a verb that does its act in the saying. Each
 * with the limit that keeps it from reaching too far.
 */
class ModalityTwentyOneTest {

  @Test
  void aQuestionAboutAnExistentialMeetingAssertsNothing() {
    assertThat(SentenceFacts.interactions("Will there be a meeting between Norway and Sweden?"))
        .anyMatch(f -> f.startsWith("NOR Consult SWE") && f.endsWith("Hypothetical"))
        .noneMatch(f -> f.contains("Consult") && (f.endsWith("Planned") || f.endsWith("Asserted")));
  }

  @Test
  void anExistentialStatementKeepsItsOwnTense() {
    assertThat(SentenceFacts.interactions("There will be a meeting between Denmark and Finland next week."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Planned"))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Hypothetical"));
    assertThat(SentenceFacts.interactions("There was a meeting between Brazil and Argentina last week."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Asserted"))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Hypothetical"));
  }

  @Test
  void goingToIsAFuture() {
    assertThat(SentenceFacts.interactions("Poland is going to meet with Germany next week."))
        .contains("POL Consult DEU Planned").doesNotContain("POL Consult DEU Asserted");
  }

  @Test
  void goingSomewhereToActIsATripMade() {
    assertThat(SentenceFacts.interactions("Chile went to Lima to meet with Peru."))
        .contains("CHL Consult PER Asserted").doesNotContain("CHL Consult PER Planned");
  }

  @Test
  void aBareConjunctSharesANegatedAuxiliary() {
    assertThat(SentenceFacts.interactions("France will not attend the summit in Spain and meet with Portugal."))
        .contains("FRA Consult PRT Negated").doesNotContain("FRA Consult PRT Planned");
  }

  @Test
  void butDoesNotCarryTheNegation() {
    assertThat(SentenceFacts.interactions("Italy will not attend the summit in Greece but will meet with Malta."))
        .contains("ITA Consult MLT Planned").doesNotContain("ITA Consult MLT Negated");
  }

  @Test
  void aPoliteFrameOverAThankDoesTheThanking() {
    assertThat(SentenceFacts.interactions("Kenya would like to thank Uganda for its support."))
        .contains("KEN Support UGA Asserted").doesNotContain("KEN Support UGA Hypothetical");
  }

  @Test
  void aPoliteFrameOverAnActDoneOutsideSpeechIsStillAWish() {
    assertThat(SentenceFacts.interactions("Canada would like to meet with Mexico."))
        .contains("CAN Consult MEX Hypothetical").doesNotContain("CAN Consult MEX Asserted");
  }

  @Test
  void aMeetingThatIsWhenSomeoneSpokeIsNotWhatHeReported() {
    assertThat(SentenceFacts.interactions("At his meeting with the Norwegian Prime Minister on Friday, the Swedish "
        + "Prime Minister Magnus Karlsson said that he was ready to help."))
        // Session 27: the prime minister is the meeting's party as a person who represents Sweden (the tables
        // now list a namesake, and an unlisted name keeps its own key), or as Sweden itself.
        .anyMatch(f -> f.matches("(SWE|magnus-karlsson) Consult NOR Asserted"))
        .noneMatch(f -> f.endsWith("Consult NOR Reported"));
  }

  @Test
  void aTimePhraseStillTakesTheVerbsFuture() {
    assertThat(SentenceFacts.interactions("Finland will propose a new forum at the summit with Estonia next week."))
        .contains("FIN Consult EST Planned").doesNotContain("FIN Consult EST Asserted");
  }

  @Test
  void aCampaignAskedToStopIsGoingOn() {
    assertThat(SentenceFacts.interactions("The United States called on Russia to cease its pressure campaign "
        + "against Georgia."))
        .contains("RUS Coerce GEO Asserted", "USA Demand RUS Asserted").doesNotContain("RUS Coerce GEO Hypothetical");
  }

  @Test
  void aQuestionAfterATurnLabelStillAssertsNothing() {
    assertThat(SentenceFacts.interactions("QUESTION: Will there be a meeting between Norway and Sweden?"))
        .anyMatch(f -> f.startsWith("NOR Consult SWE") && f.endsWith("Hypothetical"))
        .noneMatch(f -> f.contains("Consult") && (f.endsWith("Planned") || f.endsWith("Asserted")));
    assertThat(SentenceFacts.interactions("QUESTION: Did Norway meet with Sweden?"))
        .contains("NOR Consult SWE Hypothetical").doesNotContain("NOR Consult SWE Asserted");
  }
}
