package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Event-data conventions on the real pipeline, with sentences written for this test: a stated
 * refusal to cooperate is a rejection; an act aimed "against" an actor targets it; a named
 * organisation modifying a noun is the actor, not its possessor.
 */
class EventConventionsTest {
  @Test
  void aStatedRefusalToCooperateIsARejection() {
    assertThat(SentenceFacts.interactions("Germany will not supply weapons to Ukraine."))
        .contains("DEU Reject UKR Asserted", "DEU Aid UKR Negated");
    assertThat(SentenceFacts.interactions("China refused to meet the Philippines."))
        .contains("CHN Reject PHL Asserted", "CHN Consult PHL Negated")
        .doesNotContain("CHN Consult PHL Asserted");
  }

  @Test
  void aNegatedFactIsNoRejection() {
    assertThat(SentenceFacts.interactions("France did not meet Italy."))
        .contains("FRA Consult ITA Negated")
        .noneMatch(s -> s.contains("Reject USA Asserted"));
  }

  @Test
  void anActAimedAgainstAnActorTargetsIt() {
    assertThat(SentenceFacts.interactions("Iran threatened further action against Israel.")).contains("IRN Threaten ISR Asserted");
  }

  @Test
  void theVictimOfAnotherActorsAttackIsNotTheTargetOfTheCondemnation() {
    assertThat(SentenceFacts.interactions("Japan condemned the attacks against the Ukrainian people."))
        .noneMatch(s -> s.startsWith("JPN") && s.contains("UKR"));
  }

  @Test
  void aNamedOrganisationIsTheActorNotItsPossessor() {
    assertThat(SentenceFacts.interactions("Erdogan's NATO forces attacked Syria."))
        .contains("NATO Assault SYR Asserted")
        .noneMatch(s -> s.startsWith("recep-tayyip-erdogan"));
  }

  @Test
  void aThreatenedActHasNotHappened() {
    assertThat(SentenceFacts.interactions("Iran threatened to launch a new offensive against Iraq."))
        .contains("IRN Threaten IRQ Asserted")
        .noneMatch(s -> s.contains("Assault IRQ Asserted") || s.contains("Fight IRQ Asserted"));
    assertThat(SentenceFacts.interactions("Al-Qaeda has threatened to deliver devastating blows to the United States."))
        .contains("AL-QAEDA Threaten USA Asserted")
        .noneMatch(s -> s.contains("Reject USA Asserted"));
  }

  @Test
  void aPromiseNotToActIsNoAgreement() {
    assertThat(SentenceFacts.interactions("Israel has vowed not to return the Golan Heights to Syria."))
        .noneMatch(s -> s.contains("Agree"));
    assertThat(SentenceFacts.interactions("Turkey offered to return the prisoners to Greece."))
        .contains("TUR Agree GRC Asserted");
  }

  @Test
  void wantingAnotherToActIsADemandAndWantingToHarmIsAThreat() {
    // "X wants Y to V": a demand on Y; Y's act is only asked for, and no threat of Y's.
    assertThat(SentenceFacts.interactions("Peru wants Chile to attack Bolivia."))
        .contains("PER Demand CHL Asserted")
        .noneMatch(s -> s.startsWith("CHL") && s.endsWith(" Asserted"));
    // "X wants to V Y" states X's intention: to harm is a threat (CAMEO 13).
    assertThat(SentenceFacts.interactions("Peru wants to attack Bolivia."))
        .contains("PER Threaten BOL Asserted")
        .doesNotContain("PER Assault BOL Asserted");
    // Wanting a thing is no demand on anyone.
    assertThat(SentenceFacts.interactions("Peru wants Chile's copper."))
        .noneMatch(s -> s.contains("Demand"));
  }

  @Test
  void aPromiseToHarmIsAThreatNotAnAgreement() {
    assertThat(SentenceFacts.interactions("Kenya vowed to attack Somalia."))
        .contains("KEN Threaten SOM Asserted")
        .doesNotContain("KEN Agree SOM Asserted");
    // A promise to cooperate stays an agreement.
    assertThat(SentenceFacts.interactions("Kenya vowed to help Somalia."))
        .contains("KEN Agree SOM Asserted");
  }
}
