package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a modal or future auxiliary stops: the clause it belongs to and the non-finite clauses under it,
 * not a clause with its own tense; and a future of continuing, which says the act is going on. Sentences
 * written for this test, on the real pipeline.
 */
class ModalityScopeTest {
  @Test
  void aTensedClauseUnderAFutureKeepsItsOwnModality() {
    assertThat(SentenceFacts.interactions(
        "The new funds will raise our aid to Chad to $40 million since Libya invaded Chad in March."))
        .contains("LBY Assault TCD Asserted").doesNotContain("LBY Assault TCD Planned");
    // The future still reaches the non-finite clause under it.
    assertThat(SentenceFacts.interactions("Kenya will send troops to fight Somalia."))
        .noneMatch(f -> f.startsWith("KEN") && f.endsWith("Asserted"));
    assertThat(SentenceFacts.interactions("Egypt will meet Jordan next week."))
        .contains("EGY Consult JOR Planned");
  }

  @Test
  void toContinueAnActIsToBeDoingIt() {
    assertThat(SentenceFacts.interactions("France will continue to urge Russia to withdraw its troops."))
        .contains("FRA Demand RUS Asserted").doesNotContain("FRA Demand RUS Planned");
    // A future act that does not continue anything stays planned.
    assertThat(SentenceFacts.interactions("France will urge Russia to withdraw its troops."))
        .contains("FRA Demand RUS Planned");
  }
}
