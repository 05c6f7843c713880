package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 23 (s23-plover): wire-news wordings of attacks, of reciprocal acts and of protests lodged
 * with another that geokg did not read.
 * Sentences written for this test, on the real pipeline.
 */
class WireNewsTwentyThreeTest {

  @Test
  void anAttackOnMilitarySitesInAStateIsAimedAtThatState() {
    assertThat(SentenceFacts.interactions("Turkey struck rebel positions in northern Iraq on Sunday."))
        .contains("TUR Assault IRQ Asserted");
    // Drones are equipment (equipment.tsv, session 24): the state's forces, not the bare state.
    assertThat(SentenceFacts.interactions("American drones struck militant hideouts in Pakistan."))
        .contains("USA-MIL Assault PAK Asserted");
  }

  @Test
  void anAttackOnSitesNearANamedCityIsAimedAtItsState() {
    assertThat(SentenceFacts.interactions("Israel bombed targets near Damascus on Tuesday."))
        .contains("ISR Assault SYR Asserted");
    assertThat(SentenceFacts.interactions("Russian forces shelled positions outside Kyiv overnight."))
        .contains("RUS-MIL Assault UKR Asserted");
  }

  @Test
  void sitesNearABorderNameNoState() {
    // The villages may lie on either side: the adjective on "border" is no target.
    assertThat(SentenceFacts.interactions("Syrian artillery shelled villages near the Turkish border."))
        .noneMatch(l -> l.contains(" Assault TUR"));
  }

  @Test
  void aWeaponFiredAtSitesInAStateIsAnAttackOnIt() {
    assertThat(SentenceFacts.interactions("Hamas militants fired rockets at towns in southern Israel."))
        .contains("HAMAS Assault ISR Asserted");
  }

  @Test
  void aLaunchWithNoSitesAimedAtIsNoAttack() {
    assertThat(SentenceFacts.interactions("Russia launched a satellite from its base in Kazakhstan."))
        .noneMatch(l -> l.contains(" Assault "));
  }

  @Test
  void partiesThatActOnEachOtherActBothWays() {
    assertThat(SentenceFacts.interactions("China and India accused each other of violating the border."))
        .contains("CHN Accuse IND Asserted", "IND Accuse CHN Asserted");
    assertThat(SentenceFacts.interactions("Sudan and Chad accused one another of backing rebels."))
        .contains("SDN Accuse TCD Asserted", "TCD Accuse SDN Asserted");
  }

  @Test
  void aReciprocalPronounAfterAPrepositionPairsTheSubjects() {
    assertThat(SentenceFacts.interactions("Ethiopian and Eritrean troops fired at each other across the border."))
        .contains("ETH-MIL Assault ERI-MIL Asserted", "ERI-MIL Assault ETH-MIL Asserted");
  }

  @Test
  void aSingleSubjectPairsWithNoOne() {
    assertThat(SentenceFacts.interactions("Kenyan officials accused each other of lying."))
        .noneMatch(l -> l.contains(" Accuse "));
  }

  @Test
  void aProtestLodgedToAnotherIsAnOfficialComplaint() {
    assertThat(SentenceFacts.interactions("Beijing protested to Tokyo over the visit."))
        .contains("CHN Accuse JPN Asserted");
    assertThat(SentenceFacts.interactions("India has protested strongly to Pakistan about the shelling."))
        .contains("IND Accuse PAK Asserted");
  }

  @Test
  void aProtestWithAPurposeInfinitiveIsNoComplaintToAnyone() {
    assertThat(SentenceFacts.interactions("Kenyan students protested to demand the release of their leaders."))
        .noneMatch(l -> l.contains(" Accuse "));
  }
}
