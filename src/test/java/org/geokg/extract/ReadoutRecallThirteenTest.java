package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 13 (s13-sd): a thing of a thing of an actor as the
 * target, work done to back an actor, standing with another. Sentences written for this test, on the real
 * pipeline.
 */
class ReadoutRecallThirteenTest {

  private static final String RELEASE = "https://www.state.gov/a-press-statement/";

  @Test
  void aThingOfTheThingOfAnActorStandsForTheActor() {
    assertThat(SentenceFacts.facts("Canada is committed to support the democratic aspirations of the people of Belarus."))
        .contains("CAN supports BLR Asserted");
    // An aggression in between is no thing of its victim's.
    assertThat(SentenceFacts.facts("Canada is committed to support the victims of the attacks of Belarus."))
        .doesNotContain("CAN supports BLR Asserted");
  }

  @Test
  void workDoneToBackAnActorIsItsOwnersSupport() {
    assertThat(SentenceFacts.facts("Chile and Peru discussed their joint efforts to support Ukraine."))
        .contains("CHL supports UKR Asserted", "PER supports UKR Asserted");
    assertThat(SentenceFacts.facts("Japan pledged continued close cooperation to support Ukraine."))
        .contains("JPN supports UKR Asserted");
    assertThat(SentenceFacts.facts("Norway commended Ghana's efforts to assist Liberia."))
        .contains("GHA supports LBR Asserted");
    // Backing a measure aimed at another is no support of that other.
    assertThat(SentenceFacts.facts("Japan discussed continued coordination to support the sanctions on Russia."))
        .noneMatch(l -> l.startsWith("JPN supports RUS"));
  }

  @Test
  void standingWithAnotherIsSupport() {
    assertThat(SentenceFacts.facts("We stand with the people of Ukraine.", RELEASE))
        .contains("USA supports UKR Asserted");
    assertThat(SentenceFacts.facts("We stand united with Moldova.", RELEASE))
        .contains("USA supports MDA Asserted");
    assertThat(SentenceFacts.facts("Canada will continue to stand together with Lithuania."))
        .contains("CAN supports LTU Asserted");
    // Standing ready to work with another says no stance.
    assertThat(SentenceFacts.facts("Canada stands ready to work with Iraq."))
        .noneMatch(l -> l.startsWith("CAN supports IRQ"));
  }

  @Test
  void cooperationThePartiesSpeakOfIsTheLeadsWithEachOtherParty() {
    String meeting = "Chilean Foreign Minister Alberto Vidal met with Peruvian Foreign Minister Rosa Ortiz today in Lima."
        + " Foreign Minister Vidal thanked Peru for its support. ";
    assertThat(SentenceFacts.interactions(meeting
        + "The two discussed the latest developments in the region, including the need for continued cooperation on fisheries."))
        .contains("CHL Cooperate PER Asserted").doesNotContain("PER Cooperate CHL Asserted");
    // Cooperation with a party named is that party's; talk of how to cooperate is no cooperation.
    assertThat(SentenceFacts.interactions(meeting + "They discussed how to deepen cooperation on fisheries."))
        .noneMatch(l -> l.startsWith("CHL Cooperate PER"));
  }
}
