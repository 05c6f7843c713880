package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: in a readout the publisher writes "our" for what its official and the other side hold together.
 * A possessive "our" under a clause subject of two or more sides that includes the publisher ("They
 * discussed our joint efforts …", "The Secretary and the Foreign Minister reviewed our …", "Both sides
 * reaffirmed our …") is all those sides'; under the publisher alone, or a "they" that leaves it out, it is
 * still the publisher's. And "dedication to" a cause is a commitment to it. Sentences written for this test.
 */
class ReadoutPartiesTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/secretary-blinkens-call-with-a-foreign-minister/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void theirJointEffortsUnderTheyAreWorkTogether() {
    assertThat(facts("Secretary Blinken spoke today with Belgian Foreign Minister Hadja Lahbib. They discussed our "
        + "ongoing joint efforts to provide assistance to Moldova."))
        .anyMatch(f -> f.startsWith("USA Cooperate BEL") || f.startsWith("BEL Cooperate USA"));
  }

  @Test
  void aBilateralTieUnderTheyIsBetweenTheTwoSides() {
    assertThat(facts("Secretary Blinken met with Chilean Foreign Minister Alberto van Klaveren. They reviewed our "
        + "bilateral economic and security ties."))
        .anyMatch(f -> f.matches("(USA economicTiesWith CHL|CHL economicTiesWith USA) Asserted"))
        .anyMatch(f -> f.matches("(USA militaryTiesWith CHL|CHL militaryTiesWith USA) Asserted"));
  }

  @Test
  void theSecretaryAndTheMinisterOwnTheEffortsTogether() {
    assertThat(facts("Secretary Blinken met today with Norwegian Foreign Minister Espen Eide. The Secretary and the "
        + "Foreign Minister reviewed our collective efforts to support Armenia after the earthquake."))
        .contains("NOR supports ARM Asserted", "USA supports ARM Asserted");
  }

  @Test
  void aPartnershipTheTwoDiscussIsFriendly() {
    assertThat(facts("Secretary Blinken spoke with Irish Foreign Minister Micheal Martin. They discussed our strong "
        + "partnership."))
        .anyMatch(f -> f.matches("(USA friendlyWith IRL|IRL friendlyWith USA) Asserted"));
  }

  @Test
  void bothSidesDedicationToASovereigntyIsEachOnesSupport() {
    assertThat(facts("Secretary Blinken met with Estonian Foreign Minister Margus Tsahkna. Both sides expressed "
        + "their dedication to the sovereignty of Georgia."))
        .contains("USA supports GEO Asserted", "EST supports GEO Asserted");
  }

  @Test
  void aUnilateralOurIsThePublisherAlone() {
    assertThat(facts("The United States strongly condemns the coup in Niger. We reaffirm our support for the people "
        + "of Niger and our partnership with Ghana."))
        .contains("USA supports NER Asserted")
        .noneMatch(f -> f.startsWith("NER supports") || f.startsWith("GHA supports"));
  }

  @Test
  void theSecretaryAloneKeepsOurForThePublisher() {
    // The subject is one side: "our support" is the publisher's, not the minister's too.
    assertThat(facts("Secretary Blinken met with Estonian Foreign Minister Margus Tsahkna. The Secretary reaffirmed "
        + "our support for the people of Georgia."))
        .contains("USA supports GEO Asserted")
        .doesNotContain("EST supports GEO Asserted");
  }

  @Test
  void aTheyThatMeansOtherStatesLeavesOurToThePublisher() {
    // "They" are Finland and Sweden, named in between: "our support" is not theirs.
    assertThat(facts("Secretary Blinken met with Estonian Foreign Minister Margus Tsahkna. Finland and Sweden joined "
        + "NATO last year. They welcomed our support for their accession."))
        .contains("USA supports FIN Asserted", "USA supports SWE Asserted")
        .noneMatch(f -> f.startsWith("FIN supports FIN") || f.startsWith("SWE supports") || f.startsWith("FIN supports"));
  }
}
