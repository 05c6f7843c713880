package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout constructions of session 9, on the real pipeline, with sentences written for this test: support
 * held as a stance, appeals and demands in a release's own voice, and the parties an instrument's list
 * names.
 */
class ReadoutVoiceTest {
  private static final String RELEASE = "https://www.state.gov/a-release-written-for-a-test/";

  @Test
  void supportHeldIsAStanceNotAnEvent() {
    assertThat(SentenceFacts.facts("Chile and Peru met in Lima. They reaffirmed their support for Bolivia's sovereignty."))
        .contains("CHL supports BOL Asserted", "PER supports BOL Asserted")
        .noneMatch(f -> f.contains(" Support BOL"));
    assertThat(SentenceFacts.facts("The Prime Minister of Canada praised Mexico's support for Haiti."))
        .contains("MEX supports HTI Asserted", "CAN Support MEX Asserted");
    // Support given as help stays aid.
    assertThat(SentenceFacts.facts("Canada provided financial support to Haiti."))
        .contains("CAN Aid HTI Asserted").noneMatch(f -> f.contains("supports"));
  }

  @Test
  void anAppealInTheReleasesOwnVoiceIsItsAuthorsDemand() {
    assertThat(SentenceFacts.interactions("It is time for Venezuela to free the detained journalists.", RELEASE))
        .contains("USA Demand VEN Asserted");
    assertThat(SentenceFacts.interactions("Venezuela must free the detained journalists now.", RELEASE))
        .contains("USA Demand VEN Asserted");
    // A text of no known author has no voice to demand it.
    assertThat(SentenceFacts.interactions("Venezuela must free the detained journalists now."))
        .noneMatch(f -> f.contains("Demand"));
    // The act asked for is not done.
    assertThat(SentenceFacts.interactions("It is time for Russia to end its war against Georgia.", RELEASE))
        .contains("USA Demand RUS Asserted").noneMatch(f -> f.startsWith("RUS") && f.endsWith("Asserted"));
    // What the speaker's own side must do is no demand on another.
    assertThat(SentenceFacts.interactions("We must strengthen our defences.", RELEASE)).isEmpty();
  }

  @Test
  void theAuthorAmongAnInstrumentsListedPartiesAgreesWithEach() {
    assertThat(SentenceFacts.interactions(
        "There were four participants in the negotiation of and Signatories to the Convention: Chile, Peru, "
            + "the Kingdom of Norway, and the United States.", RELEASE))
        .contains("USA Agree CHL Asserted", "USA Agree PER Asserted", "USA Agree NOR Asserted",
            "USA Consult CHL Asserted", "USA Consult NOR Asserted")
        .noneMatch(f -> f.startsWith("CHL") || f.startsWith("NOR"));
    // A list the author is not in, or parties to no instrument, say nothing of the author.
    assertThat(SentenceFacts.interactions("The Signatories to the Treaty: Chile, Peru and Bolivia.", RELEASE))
        .noneMatch(f -> f.contains("Agree"));
    assertThat(SentenceFacts.interactions("The parties to the conflict: Sudan, Chad and the United States.", RELEASE))
        .noneMatch(f -> f.contains("Agree"));
  }

  @Test
  void aStepOfNoNamedActorIsTheAuthors() {
    assertThat(SentenceFacts.interactions("Today's action imposes visa restrictions on three Cuban officials.", RELEASE))
        .contains("USA Sanction CUB-GOV Asserted");
    assertThat(SentenceFacts.interactions("These measures impose sanctions on Iran.", RELEASE))
        .contains("USA Sanction IRN Asserted");
    // A step another actor takes is that actor's.
    assertThat(SentenceFacts.interactions("Russia's move imposes sanctions on Georgia.", RELEASE))
        .noneMatch(f -> f.startsWith("USA"));
  }

  @Test
  void aDecisionTakenTogetherToMeetIsAnAgreementAmongTheParties() {
    assertThat(SentenceFacts.interactions("The foreign ministers of Chile and Peru decided to meet in Lima in May."))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    assertThat(SentenceFacts.interactions("Chile and Peru decided to hold talks in Lima in May."))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    // A decision to do something else agrees with no one.
    assertThat(SentenceFacts.interactions("The Supreme Court of Chile decided to allow the extradition."))
        .noneMatch(f -> f.contains("Agree"));
  }
}
