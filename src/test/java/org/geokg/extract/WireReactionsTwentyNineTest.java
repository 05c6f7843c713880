package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29, wire-news constructions PETRARCH's verb dictionary codes and geokg did not read:
 *
 * <ul>
 *   <li>a reaction the subject undergoes, its party after "from" ("X drew criticism from Y", "X faced
 *       pressure from Y", "X came under criticism from Y", "X's move prompted a protest from Y"): Y's
 *       Accuse (or Demand) of X, or of the owner of the act that drew it (rules reaction-from*,
 *       demand-faced-from*);
 *   <li>an agreement two parties sign "at" a venue ("signed an accord at the palace"): the venue is no
 *       party (event-light-verb-reciprocal).
 * </ul>
 *
 * Sentences written for this test.
 */
class WireReactionsTwentyNineTest {

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, null));
  }

  @Test
  void criticismDrawnFromAPartyIsItsAccusation() {
    assertThat(facts("Belgium drew sharp criticism from Norway over the new law."))
        .contains("NOR Accuse BEL Asserted");
  }

  @Test
  void anOwnedActThatDrawsCriticismNamesItsOwnerAsTarget() {
    assertThat(facts("Ecuador's border closure drew condemnation from Peru on Tuesday."))
        .contains("PER Accuse ECU Asserted");
    assertThat(facts("The Kenyan incursion prompted a protest from Somalia."))
        .contains("SOM Accuse KEN Asserted");
  }

  @Test
  void criticismFacedOrComeUnderIsTheCriticsAccusation() {
    assertThat(facts("Chile faced criticism from Argentina over the fishing quotas."))
        .contains("ARG Accuse CHL Asserted");
    assertThat(facts("Chile came under criticism from Argentina on Friday."))
        .contains("ARG Accuse CHL Asserted");
  }

  @Test
  void pressureFacedFromAPartyIsItsDemand() {
    assertThat(facts("The Malaysian government faced pressure from Singapore to reopen the crossing."))
        .anyMatch(f -> f.startsWith("SGP Demand MYS"));
  }

  @Test
  void aNegatedReactionIsNegated() {
    assertThat(facts("Denmark did not face criticism from Sweden over the decision."))
        .contains("SWE Accuse DNK Negated")
        .doesNotContain("SWE Accuse DNK Asserted");
  }

  @Test
  void anOwnerlessActNamesNoTarget() {
    assertThat(facts("The proposal drew a rebuke from Canada."))
        .noneMatch(f -> f.startsWith("CAN Accuse"));
  }

  @Test
  void callsAMoveSparksAreNoDemandOfTheMover() {
    // Only "face" makes the pressed party the target: calls a flood "sparked" are aimed at no one named.
    assertThat(facts("Peru's floods sparked calls from Bolivia for more aid."))
        .noneMatch(f -> f.startsWith("BOL Demand"));
  }

  @Test
  void anAgreementSignedAtAVenueIsTheSignersAgreement() {
    assertThat(facts("Peru and Bolivia signed a trade accord at the presidential palace."))
        .contains("PER Agree BOL Asserted", "BOL Agree PER Asserted");
  }

  @Test
  void anAgreementWithAThirdPartyIsNoAgreementBetweenTheSigners() {
    // Guard kept: a party after "with" is the one agreed with, at a venue or not.
    assertThat(facts("Peru and Bolivia signed an accord with Chile at the presidential palace."))
        .doesNotContain("PER Agree BOL Asserted", "BOL Agree PER Asserted");
  }
}
