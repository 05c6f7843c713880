package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a later "the (military) regime" or "the junta" takes up a ruling clique named before with
 * either word ("the military junta in Myanmar", read as Burma's government since session 27), as a release
 * varies the word ({@code Antecedents.sameHead}, lexicon {@code regime_nouns}). Sentences written for this test.
 */
class RegimeReferenceThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/regime-test/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void theRegimeTakesUpTheJunta() {
    assertThat(facts("The military junta in Myanmar executed four democracy activists last week. We call on the "
        + "military regime to immediately end the use of violence."))
        .anyMatch(f -> f.startsWith("USA Demand MMR"));
  }

  @Test
  void theJuntaTakesUpTheRegime() {
    assertThat(facts("The military regime in Burma arrested thousands of protesters. We call on the junta to release "
        + "all those unjustly detained."))
        .anyMatch(f -> f.startsWith("USA Demand MMR"));
  }

  @Test
  void aRegimeNamedWithItsStateIsNotTakenUp() {
    // The synonym is a fallback for a bare "the regime": one placed in a state keeps that state.
    assertThat(facts("The military junta in Myanmar executed four democracy activists. We call on the regime in Iran "
        + "to release political prisoners."))
        .anyMatch(f -> f.startsWith("USA Demand IRN"))
        .noneMatch(f -> f.startsWith("USA Demand MMR"));
  }

  @Test
  void aRegimeWithNoCliqueBeforeIsNoOne() {
    assertThat(facts("We call on the regime to release all political prisoners."))
        .noneMatch(f -> f.contains(" Demand "));
  }
}
