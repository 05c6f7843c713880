package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 19: the parties a sentence names only as "we", "they" or a plural title, and the acts they do
 * jointly. Sentences written for this test, on the real pipeline.
 */
class PartiesNineteenTest {
  private static final String STATE_DEPT = "https://www.state.gov/test-release/";

  @Test
  void aJointStatementsAuthorsCooperateInACoordinatedActEachPairOnceInTheirOrder() {
    List<String> facts = SentenceFacts.interactions("""
        The text of the following statement was released by the Governments of the United States of America, \
        Canada and the United Kingdom.

        Begin Text:

        We condemn the Lukashenka regime's persecution of journalists. Today, we are announcing coordinated \
        measures against officials of the regime.

        End Text.""", STATE_DEPT);
    assertThat(facts).contains("USA Cooperate CAN Asserted", "USA Cooperate GBR Asserted", "CAN Cooperate GBR Asserted")
        .doesNotContain("CAN Cooperate USA Asserted", "GBR Cooperate USA Asserted", "GBR Cooperate CAN Asserted");
  }

  @Test
  void theyOfAMeetingOfThreeCooperateInTrilateralWorkEachPairOnceInTheOrderNamed() {
    List<String> facts = SentenceFacts.interactions("""
        Chilean Foreign Minister Ana Ruiz, U.S. Secretary of State Antony Blinken, and Peruvian Foreign Minister \
        Bruno Etcheverry met today in Lima. They committed to advance trilateral security cooperation.""", STATE_DEPT);
    assertThat(facts).contains("CHL Cooperate USA Asserted", "CHL Cooperate PER Asserted", "USA Cooperate PER Asserted")
        .doesNotContain("USA Cooperate CHL Asserted", "PER Cooperate CHL Asserted", "PER Cooperate USA Asserted");
  }

  @Test
  void aJointActOfOneSpeakerOrOfOthersPairsNoOne() {
    // One author's "we": no pair. Another's joint act ("of Chile and Peru"): not the subject's work with them.
    assertThat(SentenceFacts.interactions("""
        Today, we have taken coordinated action against officials of the regime.""", STATE_DEPT))
        .noneMatch(f -> f.contains("Cooperate"));
    assertThat(SentenceFacts.interactions("""
        Secretary Blinken welcomed the joint response of Chile and Peru to the earthquake.""", STATE_DEPT))
        .noneMatch(f -> f.contains("Cooperate"));
  }

  @Test
  void aStatesGovernmentNamedAsAGroupIsThatStatesSideAmongTheParties() {
    List<String> facts = SentenceFacts.interactions("""
        Special Presidential Envoy Kerry met with Prime Minister Mostafa Madbouly and top Egyptian officials in \
        Cairo. They discussed collaborating on climate finance.""", STATE_DEPT);
    assertThat(facts).contains("USA Consult EGY Asserted")
        .doesNotContain("EGY Consult EGY-GOV Asserted", "EGY-GOV Consult USA Asserted", "USA Consult EGY-GOV Asserted");
  }
}
