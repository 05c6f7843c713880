package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * False-positive cause of the session 12 precision pass, on the real pipeline, with sentences written for
 * this test: a denial of an accusation or a claim read as a rejection. The CAMEO dictionary codes "DENY /
 * REJECT / REFUSE / DISMISS * ACCUSATION (ALLEGATION, CHARGE, CLAIM, REPORT, ...)" 016, deny
 * responsibility, which PLOVER has no event for; a rejected proposal stays a Reject.
 */
class PrecisionPassTwelveTest {

  @Test
  void aDeniedAccusationIsNoRejection() {
    assertThat(SentenceFacts.interactions("Bolivia rejected the accusations of Chile."))
        .noneMatch(f -> f.contains(" Reject "));
    assertThat(SentenceFacts.interactions("Chile denied the allegations made by Peru."))
        .noneMatch(f -> f.contains(" Reject "));
    assertThat(SentenceFacts.interactions("Ecuador dismissed the claims of Colombia."))
        .noneMatch(f -> f.contains(" Reject "));
  }

  @Test
  void aRejectedProposalStaysARejection() {
    assertThat(SentenceFacts.interactions("Bolivia rejected the proposal of Chile."))
        .contains("BOL Reject CHL Asserted");
  }
}
