package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * False-positive families of the event sets, on the real pipeline, with sentences written for this test.
 */
class PrecisionRulesTest {
  @Test
  void theObjectsOfAVisitAreNotThePartiesOfItsPurpose() {
    // The parser makes the objects the subject of the infinitive; the visitor mediates, the two states
    // do not consult or agree with each other.
    assertThat(SentenceFacts.interactions("The Brazilian president visited Chile and Peru to mediate in their dispute."))
        .noneMatch(f -> f.startsWith("CHL") || f.startsWith("PER"));
    // Parties that are the subject still act on each other.
    assertThat(SentenceFacts.interactions("Chile and Peru agreed on a new border treaty."))
        .contains("CHL Agree PER Asserted");
  }

  @Test
  void whatAPartyReceivesIsTheGiversAct() {
    assertThat(SentenceFacts.interactions("Ukraine received assurances from Germany on Monday."))
        .contains("DEU Agree UKR Asserted").doesNotContain("UKR Agree DEU Asserted");
    assertThat(SentenceFacts.interactions("Kenya has obtained military aid from Japan."))
        .contains("JPN Aid KEN Asserted");
    // A call for something is no act given to the receiver.
    assertThat(SentenceFacts.interactions("Kenya received calls for talks from Japan."))
        .noneMatch(f -> f.startsWith("JPN Demand"));
  }
}
