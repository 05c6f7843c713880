package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a ruling clique named by where it rules stands for that state ("the regime in Cuba", "the
 * military junta in Myanmar": {@code ActorResolver}, lexicon {@code regime_nouns}), and a later "the
 * (military) regime" or "the junta" takes it up whichever of the two words the release uses
 * ({@code Antecedents.sameHead}). Sentences written for this test.
 */
class RegimeReferenceThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/regime-test/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void theJuntaInAStateIsThatState() {
    assertThat(facts("We call on the military junta in Myanmar to release all political prisoners."))
        .anyMatch(f -> f.startsWith("USA Demand MMR"));
  }

  @Test
  void theRegimeTakesUpTheJunta() {
    assertThat(facts("The military junta in Myanmar executed four democracy activists last week. We call on the "
        + "military regime to immediately end the use of violence."))
        .anyMatch(f -> f.startsWith("USA Demand MMR"));
  }

  @Test
  void theRegimeInCubaIsCuba() {
    assertThat(facts("The United States condemns the arrests of peaceful protesters by the regime in Cuba."))
        .anyMatch(f -> f.startsWith("USA Accuse CUB"));
  }

  @Test
  void aRegimeInATerritoryIsNotTheStateThatHoldsIt() {
    assertThat(facts("The United States condemns the arrests of Crimean Tatars by the occupation regime in Crimea."))
        .noneMatch(f -> f.startsWith("USA Accuse UKR"));
  }

  @Test
  void officialsInACapitalKeepThePlaceReading() {
    // Only regime nouns take "in" as whose they are: officials in Kyiv may be anyone's.
    assertThat(facts("The Secretary thanked the officials in Ukraine for their hospitality."))
        .noneMatch(f -> f.startsWith("USA Support UKR"));
  }
}
