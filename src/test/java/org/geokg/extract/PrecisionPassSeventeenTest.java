package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * False-positive causes of the session 17 precision pass, with sentences written for this test: a trip not
 * made to a body's meetings held in a state read as a rejection of that state; backing that goes on ("will
 * continue to support X"), the lasting stance the Support event's derived one used to give. (A single
 * courtesy implying no supports stance is in {@code InferenceStancesTest}.)
 */
class PrecisionPassSeventeenTest {

  @Test
  void stayingAwayFromABodysMeetingsInAStateIsNoRejectionOfTheState() {
    assertThat(SentenceFacts.interactions("Norway will not travel to Belarus for meetings of the Council of the "
        + "Baltic Sea States."))
        .contains("NOR Consult BLR Negated")
        .noneMatch(f -> f.contains(" Reject "));
  }

  @Test
  void refusingToMeetAStateIsStillARejection() {
    assertThat(SentenceFacts.interactions("Finland will not meet with Belarus.")).contains("FIN Reject BLR Asserted");
    assertThat(SentenceFacts.interactions("Sweden will not travel to Belarus for talks."))
        .contains("SWE Reject BLR Asserted");
  }

  @Test
  void backingThatGoesOnIsALastingSupport() {
    // The stance a courtesy's Support event no longer implies is read where the text states it.
    assertThat(SentenceFacts.facts("Norway will continue to support the people of Chad."))
        .contains("NOR supports TCD Asserted");
  }

  @Test
  void backingAnActAimedAtAnotherIsNoSupportOfIt() {
    assertThat(SentenceFacts.facts("Peru will continue to support efforts to sanction Bolivia."))
        .noneMatch(f -> f.startsWith("PER supports BOL"));
  }
}
