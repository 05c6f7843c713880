package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30, an actor's own wanted act: "X wants to help Y" states X's intention to cooperate with Y, an
 * Agree (CAMEO files WANT with 030, express intent to cooperate; PETRARCH reads "wants to attack Y" as a
 * threat, which geokg already did). The wanted act itself stays hypothetical. Guards: a wish put in doubt
 * ("would want to"), an act wanted of another ("wants Y to"), a negated wish, thanks said in the saying,
 * a hostile act (still a threat).
 *
 * Sentences written for this test.
 */
class WantedActsThirtyTest {

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, null));
  }

  @Test
  void anActorsWantedHelpIsItsAgreement() {
    assertThat(facts("Chile wants to help Peru rebuild its ports."))
        .contains("CHL Agree PER Asserted")
        .contains("CHL Aid PER Hypothetical");
  }

  @Test
  void wantedTalksAreAnAgreementToMeet() {
    assertThat(facts("Norway wants to hold talks with Finland on fishing rights."))
        .contains("NOR Agree FIN Asserted");
  }

  @Test
  void aWishPutInDoubtIsNoAgreement() {
    assertThat(facts("Chile would want to help Peru if the floods return."))
        .doesNotContain("CHL Agree PER Asserted");
  }

  @Test
  void anActWantedOfAnotherIsNoAgreementOfEither() {
    assertThat(facts("Chile wants Ecuador to help Peru."))
        .noneMatch(f -> f.startsWith("CHL Agree PER") || f.startsWith("ECU Agree PER"));
  }

  @Test
  void aNegatedWishIsNoAgreement() {
    assertThat(facts("Chile does not want to help Peru."))
        .doesNotContain("CHL Agree PER Asserted");
  }

  @Test
  void thanksWantedAreNoIntention() {
    assertThat(facts("The Chilean foreign minister wanted to thank Peru for its support."))
        .noneMatch(f -> f.startsWith("CHL Agree PER"));
  }

  @Test
  void aWantedAttackStaysAThreat() {
    assertThat(facts("Chile wants to attack Peru."))
        .contains("CHL Threaten PER Asserted")
        .noneMatch(f -> f.startsWith("CHL Agree"));
  }
}
