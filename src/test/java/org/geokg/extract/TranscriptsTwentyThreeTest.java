package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards for briefing and interview transcripts (session 23, s23-transcript), with sentences
 * written for this test: a bare "the Secretary" is never a person whose title names a lower office
 * ("Assistant Secretary"); a "he" or "she" in a speaker's own turn is not that speaker; a journalist's
 * question asserts nothing, wh-questions included. Each with the case that must still be read.
 */
class TranscriptsTwentyThreeTest {
  private static final String RELEASE = "https://www.state.gov/a-briefing-on-travel/";
  private static final String OPENING = "MR SMITH: Good morning. I will now turn it over to Assistant Secretary "
      + "Maria Ortega.\n\n";

  @Test
  void theSecretaryIsNotTheAssistantSecretary() {
    assertThat(SentenceFacts.interactions(OPENING + "MS ORTEGA: Thank you. The Secretary will travel to Chile "
        + "next week.", RELEASE))
        .noneMatch(f -> f.contains("ortega"));
  }

  @Test
  void theSecretaryIsStillTheSecretaryNamedBefore() {
    assertThat(SentenceFacts.interactions(OPENING + "MS ORTEGA: Thank you. Secretary Blinken will visit Peru "
        + "on Monday.\n\nQUESTION: Thank you.\n\nMS ORTEGA: The Secretary will travel to Chile after that.",
        RELEASE))
        .contains("antony-blinken Consult CHL Planned").noneMatch(f -> f.contains("ortega"));
  }

  @Test
  void theDeputySecretaryIsTheDeputy() {
    assertThat(SentenceFacts.interactions("Deputy Secretary of State Wendy Sherman arrived in Lima on Monday. "
        + "The Deputy Secretary met with Peruvian Foreign Minister Ana Cecilia Gervasi.", RELEASE))
        .anyMatch(f -> f.startsWith("wendy-sherman Consult"));
  }

  @Test
  void aSpeakersHeIsSomeoneElse() {
    assertThat(SentenceFacts.interactions(OPENING + "MS ORTEGA: Thank you. Secretary Blinken will travel to "
        + "Chile and Peru next week.\n\nQUESTION: Will there be talks on trade?\n\nMS ORTEGA: Trade will be a "
        + "topic in the Secretary's meetings in Chile, and he will meet with Chilean officials there.", RELEASE))
        .contains("antony-blinken Consult CHL Planned").noneMatch(f -> f.contains("ortega"));
  }

  @Test
  void aJournalistsWhQuestionAssertsNothing() {
    // The answer's "we have supported the people of Peru" is the supports stance (session 30: no SUPPORT event).
    assertThat(SentenceFacts.facts("QUESTION: Thank you. How has the United States helped the people of "
        + "Peru this year?\n\nSECRETARY BLINKEN: We have supported the people of Peru in many ways.", RELEASE))
        .doesNotContain("USA Aid PER Asserted").contains("USA supports PER Asserted");
  }

  @Test
  void aWhQuestionOutsideAQuestionTurnKeepsItsPremise() {
    assertThat(SentenceFacts.interactions("Why did Russia invade Georgia in 2008?", RELEASE))
        .contains("RUS Assault GEO Asserted");
  }
}
