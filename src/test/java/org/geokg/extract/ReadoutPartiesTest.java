package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who acts on whom in readout constructions, on the real pipeline, with sentences written for this test:
 * the act a courtesy credits, an appeal for an event between parties, joining another in an act or among
 * the parties to an instrument, a grave concern as a rebuke only, a commitment to help as a stance of
 * support, and a resolve to hold another accountable as a threat.
 */
class ReadoutPartiesTest {
  @Test
  void theActACourtesyCreditsIsTheCreditedOnes() {
    assertThat(SentenceFacts.facts("The Prime Minister of Portugal thanked the Foreign Minister of Ghana for condemning Russia's invasion of Ukraine."))
        .contains("GHA Accuse RUS Asserted", "PRT Support GHA Asserted")
        .doesNotContain("PRT Accuse RUS Asserted");
    assertThat(SentenceFacts.facts("Canada praised Chile for condemning Peru's invasion of Bolivia."))
        .contains("CHL Accuse PER Asserted").doesNotContain("CAN Accuse PER Asserted");
    // Without a courtesy, the clause's subject still acts.
    assertThat(SentenceFacts.facts("Canada spoke in Geneva, condemning Peru's invasion of Bolivia."))
        .contains("CAN Accuse PER Asserted");
  }

  @Test
  void anAppealForAnEventBetweenPartiesIsADemandOnEach() {
    assertThat(SentenceFacts.facts("Norway encouraged direct talks between Armenia and Azerbaijan."))
        .contains("NOR Demand ARM Asserted", "NOR Demand AZE Asserted")
        .doesNotContain("ARM Consult AZE Asserted", "AZE Consult ARM Asserted");
    assertThat(SentenceFacts.facts("Kenya called for a ceasefire between Sudan and Chad."))
        .contains("KEN Demand SDN Asserted", "KEN Demand TCD Asserted");
    // Talks that are held, not asked for, stay asserted.
    assertThat(SentenceFacts.facts("Norway hosted talks between Armenia and Azerbaijan."))
        .contains("ARM Consult AZE Asserted");
  }

  @Test
  void joiningAnotherInAnActIsCooperationNotMembership() {
    assertThat(SentenceFacts.facts("Canada will join Mexico in hosting a summit on migration."))
        .contains("CAN Cooperate MEX Planned").noneMatch(f -> f.contains("memberOf"));
    assertThat(SentenceFacts.facts("The Prime Minister of Canada will join the President of Mexico in hosting a summit."))
        .noneMatch(f -> f.contains("memberOf"));
    assertThat(SentenceFacts.facts("Finland joined NATO in April.")).contains("FIN memberOf NATO Asserted");
  }

  @Test
  void aStateThatSignsBesideOthersAgreesWithEach() {
    assertThat(SentenceFacts.facts("Chile is the 12th nation to sign the Accords, joining Peru, Bolivia, and the United States."))
        .contains("CHL Agree PER Asserted", "CHL Agree BOL Asserted", "CHL Agree USA Asserted")
        .noneMatch(f -> f.startsWith("PER Agree") || f.startsWith("USA Agree"));
    // Joining those who act, with no instrument signed, is no agreement with them.
    assertThat(SentenceFacts.facts("Chile is the first nation to protest, joining Peru."))
        .noneMatch(f -> f.contains("Agree"));
  }

  @Test
  void aGraveConcernItsOwnerHoldsIsARebukeOnly() {
    assertThat(SentenceFacts.facts("Canada is united with Norway in its deep concern regarding Belarus's attacks on journalists."))
        .contains("CAN Accuse BLR Asserted").noneMatch(f -> f.contains("waryOf"));
    assertThat(SentenceFacts.facts("Mexico's concern about Venezuela is growing.")).contains("MEX waryOf VEN Asserted");
  }

  @Test
  void aCommitmentToHelpAnActorIsAStanceOfSupport() {
    assertThat(SentenceFacts.facts("Canada remains firmly committed to helping Chile and Peru defend themselves."))
        .contains("CAN supports CHL Asserted", "CAN supports PER Asserted");
    assertThat(SentenceFacts.facts("The Foreign Minister underscored Norway's commitment to help Armenia and Azerbaijan find a lasting peace."))
        .contains("NOR supports ARM Asserted", "NOR supports AZE Asserted");
    // A commitment to something that is no help is no stance of support.
    assertThat(SentenceFacts.facts("Canada remains committed to reviewing its trade with Chile."))
        .noneMatch(f -> f.contains("supports"));
  }

  @Test
  void aResolveToHoldAnotherAccountableIsAThreat() {
    assertThat(SentenceFacts.facts("Canada will hold Russia accountable for the attacks."))
        .contains("CAN Threaten RUS Asserted");
    assertThat(SentenceFacts.facts("The Prime Minister of Canada made clear that Russia will be held to account."))
        .contains("CAN Threaten RUS Asserted");
    // With no one saying so, a passive names no threatener.
    assertThat(SentenceFacts.facts("Russia will be held to account.")).noneMatch(f -> f.contains("Threaten"));
  }
}
