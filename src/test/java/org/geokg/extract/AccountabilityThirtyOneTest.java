package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: "hold X accountable" is a threat only as a statement of its own ("we will hold X accountable")
 * or as the aim of a promised response; an infinitive whose subject the verb above controls ("coordinating
 * closely to hold X accountable", "will continue to hold X accountable") is the subject's stance against X
 * (opposes), as the gold writes it. Sentences written for this test.
 */
class AccountabilityThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/a-statement-on-the-region/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void coordinatingToHoldAPartyAccountableOpposesIt() {
    assertThat(facts("Chile and Peru are coordinating closely to hold Bolivia accountable for its attacks."))
        .contains("CHL opposes BOL Asserted", "PER opposes BOL Asserted")
        .noneMatch(f -> f.contains(" Threaten BOL"));
  }

  @Test
  void continuingToHoldAPartyAccountableOpposesIt() {
    assertThat(facts("Chile will continue to hold Bolivia accountable for its crimes."))
        .contains("CHL opposes BOL Asserted")
        .noneMatch(f -> f.startsWith("CHL Threaten BOL"));
  }

  @Test
  void aStatedResolveIsStillAThreat() {
    // Guard: "hold" with a subject of its own keeps the Threaten.
    assertThat(facts("Chile will hold Bolivia accountable for the attacks.")).contains("CHL Threaten BOL Asserted");
  }

  @Test
  void aResponseToHoldAPartyAccountableIsStillAThreat() {
    // Guard: the controlled "hold" of a promised response is the warning.
    assertThat(facts("Chile and its partners will respond in a decisive way to hold Bolivia accountable."))
        .contains("CHL Threaten BOL Asserted");
  }

  @Test
  void theOneUrgedToHoldAPartyAccountableHoldsNoStance() {
    // Guard: the demanded act is the demand's; the one urged has said nothing.
    assertThat(facts("Chile urged Peru to hold Bolivia accountable."))
        .noneMatch(f -> f.startsWith("PER opposes BOL"))
        .noneMatch(f -> f.startsWith("PER Threaten BOL"));
  }

  @Test
  void holdingOneselfAccountableIsNoStance() {
    // Guard: a state does not stand against itself.
    assertThat(facts("We have to hold ourselves accountable for our promises."))
        .noneMatch(f -> f.contains(" opposes "))
        .noneMatch(f -> f.contains(" Threaten "));
  }
}
