package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An event noun that is the "of" of an occasion put ahead ("the next meeting of the dialogue", "the upcoming
 * round of talks") is planned, as the event noun with the adjective itself is; an occasion put behind ("the
 * last round of talks") keeps the clause's tense. Sentences written for this test.
 */
class ProspectiveOccasionTest {

  @Test
  void theNextMeetingOfADialogueIsPlanned() {
    assertThat(SentenceFacts.interactions("Officials discussed the next meeting of the Spain-Morocco "
        + "strategic dialogue."))
        .contains("ESP Consult MAR Planned").doesNotContain("ESP Consult MAR Asserted");
  }

  @Test
  void theUpcomingRoundOfTalksIsPlanned() {
    assertThat(SentenceFacts.interactions("Officials discussed the upcoming round of talks between Japan and India."))
        .contains("JPN Consult IND Planned").doesNotContain("JPN Consult IND Asserted");
  }

  @Test
  void theLastRoundOfTalksKeepsItsTense() {
    assertThat(SentenceFacts.interactions("Officials discussed the last round of talks between Japan and India."))
        .contains("JPN Consult IND Asserted").doesNotContain("JPN Consult IND Planned");
  }
}
