package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False-positive causes of the session 11 precision pass, on the real pipeline, with sentences written
 * for this test: a refusal asked of another read as the other's stated Reject; wanting another to know
 * something read as a Demand; a reciprocal reading of many parties paired each with every other; a
 * condition put by inversion ('Had X invaded Y, ...') read as asserted.
 */
class PrecisionPassElevenTest {
  private static final String PUBLISHER = "https://www.state.gov/test-release/";

  @Test
  void aRefusalAskedOfAnotherIsNoRejection() {
    List<String> found = SentenceFacts.interactions(
        "Hungary demanded that its European partners refuse to recognize the new government of Moldova.");
    assertThat(found).noneMatch(f -> f.contains(" Reject ") && f.endsWith("Asserted"));
  }

  @Test
  void aRefusalStatedByTheActorStaysARejection() {
    assertThat(SentenceFacts.interactions("Hungary said it would not send aid to Moldova."))
        .contains("HUN Reject MDA Asserted");
  }

  @Test
  void wantingAnotherToKnowSomethingIsNoDemand() {
    assertThat(SentenceFacts.interactions(
        "We wanted the Russian government to know that the United States stands with Ukraine.", PUBLISHER))
        .noneMatch(f -> f.contains("Demand"));
    // Wanting another to act stays a demand.
    assertThat(SentenceFacts.interactions("Canada wants Russia to withdraw its forces from Ukraine."))
        .contains("CAN Demand RUS Asserted");
  }

  @Test
  void manyPartiesAreNotPairedEachWithEveryOther() {
    assertThat(SentenceFacts.interactions("""
        Australia, Brazil, Canada, Chile, France, Germany, Italy and Japan issue the following joint statement.

        We agreed to the sharing of expertise on space debris.""", PUBLISHER))
        .noneMatch(f -> f.contains(" Agree "));
    assertThat(SentenceFacts.interactions("Chile and Peru agreed to the sharing of expertise on fisheries."))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
  }

  @Test
  void aConditionPutByInversionIsHypothetical() {
    assertThat(SentenceFacts.interactions("Had Russia invaded Finland, NATO would have responded."))
        .contains("RUS Assault FIN Hypothetical").doesNotContain("RUS Assault FIN Asserted");
    assertThat(SentenceFacts.interactions("Were China to invade Taiwan, Japan would respond."))
        .doesNotContain("CHN Assault TWN Asserted");
    // The plain statement stays asserted.
    assertThat(SentenceFacts.interactions("Russia invaded Ukraine in 2022."))
        .contains("RUS Assault UKR Asserted");
  }
}
