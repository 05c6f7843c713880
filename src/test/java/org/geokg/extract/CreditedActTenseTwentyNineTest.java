package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29: the act a verb of credit_verbs credits ("will thank X for its assistance to Y", "did not thank X
 * for its support of Y") keeps its own tense: it is done, whatever the thanking's future,
 * plan or negation, which stay the thanking's own ({@code ModalityDetector}'s walk does not take them past
 * the "for" of a credit verb). Guards: an act put ahead by its own word stays planned; a "for" phrase of
 * another verb still takes that verb's future. Sentences written for this test.
 */
class CreditedActTenseTwentyNineTest {

  private static final String RELEASE = "https://www.state.gov/the-secretary-will-thank-partners/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aPossessedNounCreditedByAPlannedThankingIsDone() {
    assertThat(facts("The Deputy Secretary will thank Norway for its humanitarian assistance to Moldova."))
        .contains("NOR Aid MDA Asserted")
        .contains("USA Support NOR Planned")
        .doesNotContain("NOR Aid MDA Planned");
  }

  @Test
  void aThankingNotGivenDoesNotUndoTheCreditedAct() {
    assertThat(facts("The Secretary did not thank Norway for its assistance to Moldova."))
        .contains("NOR Aid MDA Asserted")
        .contains("antony-blinken Support NOR Negated");
  }

  @Test
  void aPlannedActCreditedKeepsItsOwnPlan() {
    // Guard: the credited act is put ahead by its own word ("planned"), not by the thanking's future.
    assertThat(facts("The Deputy Secretary will thank Norway for its planned assistance to Moldova."))
        .contains("NOR Aid MDA Planned")
        .doesNotContain("NOR Aid MDA Asserted");
  }

  @Test
  void aForPhraseOfAnotherVerbStillTakesItsFuture() {
    // Guard: only a verb of credit_verbs stops the walk; "travel … for talks" stays planned.
    assertThat(facts("The Secretary will travel to Oslo for talks with Norway’s Foreign Minister."))
        .contains("antony-blinken Consult NOR Planned")
        .doesNotContain("antony-blinken Consult NOR Asserted");
  }
}
