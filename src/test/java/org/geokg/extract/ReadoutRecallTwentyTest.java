package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout constructions of session 20 (s20-read): a courtesy offered "for" or "on" a thing goes to the
 * thing's owner (rules courtesy-for, courtesy-for-oblique), unless an addressee is named after "to" or the
 * phrase is "on behalf of". Sentences written for this test, on the real pipeline.
 */
class ReadoutRecallTwentyTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aCourtesyForAnActorsThingGoesToTheActor() {
    // A state's leadership is its government: the claim goes to Norway's government.
    assertThat(SentenceFacts.facts("Canada expressed deep appreciation for the leadership of Norway.", STATE))
        .anyMatch(l -> l.matches("CAN Support NOR(-GOV)? Asserted"));
    assertThat(SentenceFacts.facts("Chile conveyed its gratitude for Peru's help during the floods.", STATE))
        .contains("CHL Support PER Asserted");
    assertThat(SentenceFacts.facts("Portugal offered congratulations on Ghana's successful election.", STATE))
        .contains("PRT Support GHA Asserted");
  }

  @Test
  void onBehalfOfNamesNoAddresseeAndAnAddresseeAfterToKeepsTheCourtesy() {
    // The principal after "on behalf of" is the speaker's side, not whom the courtesy goes to.
    assertThat(SentenceFacts.facts(
        "Spain offered condolences on behalf of the European Union for the victims of the storm.", STATE))
        .noneMatch(l -> l.startsWith("ESP Support EU"));
    // With an addressee named, the courtesy goes to the addressee only.
    assertThat(SentenceFacts.facts(
        "Austria expressed condolences to Turkey for the lives lost in the fire near Greece's border.", STATE))
        .contains("AUT Support TUR Asserted")
        .noneMatch(l -> l.startsWith("AUT Support GRC"));
  }

  @Test
  void aCourtesyForAThingOfNoOwnerSaysNothing() {
    assertThat(SentenceFacts.facts("Belgium expressed its gratitude for the fine weather at the summit.", STATE))
        .noneMatch(l -> l.contains(" Support "));
  }

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
