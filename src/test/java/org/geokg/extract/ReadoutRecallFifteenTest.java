package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 15 (s15-sd): a relationship a party works to
 * strengthen is a friendly tie, typed by its modifier when it has one. Sentences written for this test,
 * on the real pipeline.
 */
class ReadoutRecallFifteenTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aStrengthenedRelationshipIsAFriendlyTie() {
    assertThat(SentenceFacts.facts("The United States is committed to strengthening our partnership with Armenia.", STATE))
        .contains("USA friendlyWith ARM Asserted");
    assertThat(SentenceFacts.facts("We look forward to further deepening our ties with Chile.", STATE))
        .contains("USA friendlyWith CHL Asserted");
    assertThat(SentenceFacts.facts("The Secretary welcomed Kenya's contributions to strengthening the U.S.-Kenya partnership."))
        .anyMatch(l -> l.matches("(USA friendlyWith KEN|KEN friendlyWith USA) Asserted"));
    // A typed relationship keeps its type; a joint activity ("cooperation") is no standing tie.
    assertThat(SentenceFacts.facts("We will deepen our economic ties with Peru.", STATE))
        .contains("USA economicTiesWith PER Asserted")
        .doesNotContain("USA friendlyWith PER Asserted");
    assertThat(SentenceFacts.facts("We will deepen our cooperation with Peru.", STATE))
        .noneMatch(l -> l.contains("friendlyWith"));
    // A relationship only named, not strengthened, says nothing.
    assertThat(SentenceFacts.facts("The Secretary discussed our relationship with Bolivia.", STATE))
        .noneMatch(l -> l.contains("friendlyWith"));
  }

  @Test
  void aStrengthenedRelationshipBetweenTwoParties() {
    assertThat(SentenceFacts.facts("They discussed the strengthened ties between the United States and Ghana."))
        .anyMatch(l -> l.matches("(USA friendlyWith GHA|GHA friendlyWith USA) Asserted"));
    assertThat(SentenceFacts.facts("The ministers agreed to deepen the relationship between Chile and Uruguay."))
        .anyMatch(l -> l.matches("(CHL friendlyWith URY|URY friendlyWith CHL) Asserted"));
  }
}
