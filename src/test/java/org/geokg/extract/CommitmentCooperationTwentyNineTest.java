package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29: parties that commit together to joint work ("X and Y are committed to closer cooperation",
 * "committed to work together") work together, as tools/eval/CONVENTIONS.md codes "committed to work
 * together" and coordination (COOPERATE), rather than agree with each other (the Agree of
 * agree-to-thing-reciprocal and event-verb-reciprocal, which stays for a commitment to a thing and for
 * "agreed to"). A region after "in" is where the parties work, not a party that stops the pairing.
 * Sentences written for this test.
 */
class CommitmentCooperationTwentyNineTest {

  private static final String RELEASE = "https://www.state.gov/joint-statement-on-partnership/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aCommitmentToCloserCooperationIsWorkTogetherNotAnAgreement() {
    assertThat(facts("Japan and Canada are committed to closer cooperation on energy."))
        .contains("JPN Cooperate CAN Asserted")
        .noneMatch(f -> f.contains(" Agree "));
  }

  @Test
  void aCommitmentToCoordinationIsWorkTogether() {
    assertThat(facts("Norway and Chile are committed to coordination on ocean policy."))
        .contains("NOR Cooperate CHL Asserted")
        .noneMatch(f -> f.contains(" Agree "));
  }

  @Test
  void aCommitmentToWorkTogetherIsNoAgreement() {
    assertThat(facts("Kenya and Ghana committed to work together on climate change."))
        .contains("KEN Cooperate GHA Asserted")
        .noneMatch(f -> f.contains(" Agree "));
  }

  @Test
  void aRegionAfterInIsWhereThePartiesWorkNotAParty() {
    assertThat(facts("Japan and Canada are committed to closer cooperation in Central Asia."))
        .contains("JPN Cooperate CAN Asserted");
  }

  @Test
  void aCommitmentToAThingIsStillAnAgreement() {
    assertThat(facts("Brazil and Peru committed to a new trade agreement."))
        .contains("BRA Agree PER Asserted", "PER Agree BRA Asserted");
  }

  @Test
  void aFrameworkOfCooperationIsStillAnAgreement() {
    // The thing committed to is the framework; the cooperation is only part of it (as the dev gold writes).
    assertThat(facts("Kenya and Ghana committed to a framework of policy dialogues and expanded cooperation."))
        .contains("KEN Agree GHA Asserted", "GHA Agree KEN Asserted");
  }

  @Test
  void agreedToWorkTogetherKeepsItsAgreement() {
    assertThat(facts("Kenya and Ghana agreed to work together on climate change."))
        .contains("KEN Agree GHA Asserted", "KEN Cooperate GHA Asserted");
  }

  @Test
  void cooperationWithAThirdPartyIsNotTheSubjectsWithEachOther() {
    assertThat(facts("Norway and Chile are committed to closer cooperation with Peru in the Andes."))
        .doesNotContain("NOR Cooperate CHL Asserted", "CHL Cooperate NOR Asserted");
  }

  @Test
  void aSingleSubjectPairsWithNoOne() {
    assertThat(facts("Norway is committed to closer cooperation in the Arctic."))
        .noneMatch(f -> f.startsWith("NOR Cooperate") || f.startsWith("NOR Agree"));
  }
}
