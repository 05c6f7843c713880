package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 23, s23-prec, with sentences written for this test: precision guards from a full read of bulk
 * releases 1-150. "The release by X of detainees" is a freeing the text talks about, not an attribution
 * naming who wrote the text; a party counted in thousands that a state hosts or that visits is a
 * population, not a party to talks; an event noun a verb of prospect_verbs takes as object ("exploring a
 * dialogue") is hypothetical; a US state's name is no city abroad. Each with the limit that keeps it in
 * bounds.
 */
class PrecisionTwentyThreeTest {

  private static final String STATE_GOV = "https://www.state.gov/a-press-statement/";

  @Test
  void aReleaseOfDetaineesNamesNoAuthor() {
    assertThat(SentenceFacts.interactions("The United States welcomes the release by Tajikistan of nine Kyrgyz "
        + "border guards. We are grateful to the Government of Kazakhstan for the role it played.", STATE_GOV))
        .contains("USA Support KAZ-GOV Asserted")
        .noneMatch(f -> f.startsWith("TJK Support") || f.startsWith("KGZ") && f.contains(" Support "));
  }

  @Test
  void aStatementReleasedByGovernmentsStillNamesItsAuthors() {
    assertThat(SentenceFacts.interactions("The following statement was released by the Governments of Norway "
        + "and Sweden. We condemn Russia's attack on Ukraine.", STATE_GOV))
        .contains("NOR Accuse RUS Asserted", "SWE Accuse RUS Asserted");
  }

  @Test
  void aPopulationHostedOrVisitingIsNoPartyToTalks() {
    assertThat(SentenceFacts.interactions("Ecuador hosts more than 380,000 Colombian refugees."))
        .noneMatch(f -> f.contains(" Consult "));
    assertThat(SentenceFacts.interactions("Nearly 2.3 million German tourists visited Croatia last year."))
        .noneMatch(f -> f.contains(" Consult "));
  }

  @Test
  void aDelegationHostedIsStillAMeeting() {
    assertThat(SentenceFacts.interactions("Ecuador hosted Colombia's foreign minister in Quito on Monday."))
        .anyMatch(f -> f.startsWith("ECU Consult COL"));
    assertThat(SentenceFacts.interactions("Ecuador hosted two Colombian ministers in Quito on Monday."))
        .anyMatch(f -> f.startsWith("ECU Consult COL"));
    assertThat(SentenceFacts.interactions("German officials visited Croatia last year."))
        .anyMatch(f -> f.contains(" Consult HRV"));
  }

  @Test
  void aUsStateIsNoCityAbroad() {
    assertThat(SentenceFacts.interactions("The envoy met leaders of the Montana Group in Port-au-Prince on Monday."))
        .noneMatch(f -> f.contains("BGR"));
    assertThat(SentenceFacts.interactions("Colombia's navy partnered with Florida International University on "
        + "a fisheries study."))
        .noneMatch(f -> f.contains("URY"));
  }

  @Test
  void aDialogueExploredIsNotHeld() {
    assertThat(SentenceFacts.interactions("Chile is exploring a dialogue with Peru on water rights."))
        .noneMatch(f -> f.endsWith("Asserted"));
    assertThat(SentenceFacts.interactions("Norway is weighing new sanctions on Belarus."))
        .noneMatch(f -> f.endsWith("Asserted"));
  }

  @Test
  void aDialogueHeldOrDiscussedStaysDone() {
    assertThat(SentenceFacts.interactions("Chile held a dialogue with Peru on water rights."))
        .contains("CHL Consult PER Asserted");
    // Ties weighed exist already: the prospect is about them, not about making them.
    assertThat(SentenceFacts.facts("Spain is weighing its economic ties to Russia."))
        .noneMatch(f -> f.contains("Hypothetical"));
  }
}
