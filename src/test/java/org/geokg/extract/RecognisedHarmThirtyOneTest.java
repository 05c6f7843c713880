package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: recognising a toll, a cost or a threat (lexicon {@code acknowledged_harms}) is taking note of a
 * fact, no Support of the one whose act caused it; recognising a party's role or contribution is still praise.
 * Sentences written for this test.
 */
class RecognisedHarmThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/a-statement-on-the-region/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void recognisingTheTollOfAnAggressionPraisesNoOne() {
    assertThat(facts("Chile recognizes the staggering human toll of Bolivia's aggression in Peru."))
        .noneMatch(f -> f.startsWith("CHL Support BOL"))
        .noneMatch(f -> f.startsWith("CHL supports BOL"));
  }

  @Test
  void recognisingTheCostOfAWarPraisesNoOne() {
    assertThat(facts("Chile recognized the human cost of Bolivia's war."))
        .noneMatch(f -> f.startsWith("CHL Support BOL"));
  }

  @Test
  void recognisingAPartysRoleIsStillPraise() {
    // Guard: a merit recognised is the Support it was.
    assertThat(facts("Chile recognized Peru's important role in the talks.")).contains("CHL Support PER Asserted");
  }
}
