package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout constructions of session 20 (s20-read): a date after "on" ("On June 2, X and Y convened a
 * meeting") is no party and does not stop the reciprocal reading; an actor there still does. Sentences
 * written for this test, on the real pipeline.
 */
class ReadoutRecallTwentyTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aDateAfterOnDoesNotStopAMeetingOfTheParties() {
    // Dates are tagged after the rules run (geokg.dates = selected): the guard knows them by word.
    assertThat(SentenceFacts.facts(
        "On March 9, Ecuador and Colombia virtually convened the fourth meeting of their border commission.", STATE))
        .contains("ECU Consult COL Asserted", "COL Consult ECU Asserted");
    assertThat(SentenceFacts.facts("On Tuesday, Kenya and Tanzania held talks in Arusha.", STATE))
        .contains("KEN Consult TZA Asserted");
  }

  @Test
  void anActorAfterOnStillStopsTheReciprocalReading() {
    // A party after "on" is no date: the two do not simply meet each other.
    assertThat(SentenceFacts.facts("On Ukraine, Ecuador and Colombia held consultations with Brazil.", STATE))
        .noneMatch(l -> l.equals("ECU Consult COL Asserted"));
  }
}
