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
        .noneMatch(s -> s.contains("Reject"));
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
}
