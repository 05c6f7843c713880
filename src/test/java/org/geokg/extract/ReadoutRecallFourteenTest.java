package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 14 (s14-sd): an aggression named with its own
 * agent is presupposed under a topic verb; what is discussed at a meeting is both sides'. Sentences
 * written for this test, on the real pipeline.
 */
class ReadoutRecallFourteenTest {

  @Test
  void anAggressionWithItsOwnAgentIsNoTopic() {
    assertThat(SentenceFacts.interactions(
        "Chile and Peru discussed the steps taken by many nations to support Moldova in the face of Russia's war against Moldova."))
        .contains("RUS Assault MDA Asserted");
    // Without its own agent the event stays talked about.
    assertThat(SentenceFacts.interactions("Chile and Peru discussed how to prevent a war against Moldova."))
        .noneMatch(l -> l.contains("Assault MDA"));
  }

  @Test
  void whatIsDiscussedAtAMeetingIsBothSides() {
    String meeting = "Chilean Foreign Minister Alberto Vidal met with Argentine Foreign Minister Ana Ruiz in Santiago."
        + " Foreign Minister Vidal thanked Argentina for its support. ";
    String text = meeting + "Foreign Minister Vidal spoke with Peruvian Foreign Minister Rosa Ortiz today to discuss"
        + " continued coordination to support Bolivia.";
    assertThat(SentenceFacts.facts(text)).contains("rosa-ortiz supports BOL Asserted", "alberto-vidal supports BOL Asserted");
    assertThat(SentenceFacts.interactions(text)).contains("CHL Cooperate PER Asserted")
        .doesNotContain("PER Cooperate CHL Asserted");
    // A call made to urge is the caller's act alone (persons are written by their ids).
    assertThat(SentenceFacts.facts(meeting + "Foreign Minister Vidal spoke with Peruvian Foreign Minister Rosa Ortiz"
        + " today to urge continued coordination to support Bolivia."))
        .doesNotContain("rosa-ortiz supports BOL Asserted");
  }
}
