package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The two sides" after parties named one by one, each in a sentence of its own; sentences written for
 * this test, on the real pipeline.
 */
class CountedPartiesTest {
  @Test
  void theTwoSidesAreTheTwoSidesNamedOneByOneBefore() {
    assertThat(SentenceFacts.interactions("""
        Minister Ana Ruiz led the Chilean delegation. The Peruvian delegation was led by Minister Bruno Etcheverry. \
        The delegations held wide-ranging conversations. \
        The two sides resolved to continue their close cooperation on fisheries."""))
        .contains("CHL Cooperate PER Asserted", "PER Cooperate CHL Asserted");
  }

  @Test
  void aGovernmentBodyIsItsStatesSideNotASideOfItsOwn() {
    // The Department of Justice is the United States' side: the sides named are two.
    assertThat(SentenceFacts.interactions("""
        Minister Ana Ruiz led the Chilean delegation. \
        Department of Justice Deputy Assistant Attorney General Mark Hale led the U.S. delegation. \
        The delegations held wide-ranging conversations. \
        The two sides resolved to continue their close cooperation on fisheries."""))
        .contains("CHL Cooperate USA Asserted", "USA Cooperate CHL Asserted");
  }
}
