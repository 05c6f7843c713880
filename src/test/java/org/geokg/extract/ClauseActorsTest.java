package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who acts in a clause hung on a noun, and acts of a state on itself; sentences written for this test, on
 * the real pipeline.
 */
class ClauseActorsTest {
  @Test
  void aParticipleOnANounActsForTheNounNotForTheClauseAbove() {
    // The network funds the rebels; Norway only names its members.
    assertThat(SentenceFacts.interactions(
        "Norway is sanctioning members of a smuggling network supplying weapons to Sudan."))
        .noneMatch(f -> f.startsWith("NOR Aid"));
    // A participle hung on the clause itself still acts for its subject.
    assertThat(SentenceFacts.interactions("Norway closed its embassy, accusing Sudan of torture."))
        .contains("NOR Accuse SDN Asserted");
  }

  @Test
  void aGerundAfterAPossessedNounActsForThePossessor() {
    assertThat(SentenceFacts.interactions(
        "The minister praised Ghana's courage in condemning Mali's attacks on civilians."))
        .noneMatch(f -> f.startsWith("MLI Accuse") || f.matches("^\\S+ Accuse MLI .*") && !f.startsWith("GHA"));
  }

  @Test
  void aStateOrItsLeaderActingOnTheStateItselfIsNoInteraction() {
    assertThat(SentenceFacts.interactions("Chilean President Ana Velarde promised to reform Chile."))
        .noneMatch(f -> f.startsWith("CHL") && f.contains(" CHL "));
    assertThat(SentenceFacts.interactions("Chilean students protested against the Chilean government."))
        .isNotEmpty();
  }
}
