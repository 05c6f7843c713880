package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26, PLOVER recall: a reversal aimed at the state whose things it names ("lifted a blockade on
 * Armenian trucks"), a broken commitment ("reneged on its commitment to Y": Reject), and wire-news word
 * order with a bare date before the object ("lifted Friday a day-old blockade"). Sentences written for
 * this test.
 */
class PloverRecallTwentySixTest {

  private static final String NEWS = "https://example.org/news/2026/12/07/item";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, NEWS));
  }

  @Test
  void liftingABlockadeOnANationsTrucksIsARetreatTowardThatNation() {
    assertThat(facts("The Turkish army lifted a blockade on Armenian trucks."))
        .anyMatch(f -> f.startsWith("TUR") && f.contains(" Retreat ARM "));
  }

  @Test
  void liftingItsOwnBanOnANationsFlightsIsARetreatTowardThatNation() {
    assertThat(facts("Morocco lifted its ban on Algerian flights.")).contains("MAR Retreat DZA Asserted");
  }

  @Test
  void aThingOfNoNationGivesNoTarget() {
    assertThat(facts("Morocco lifted its ban on night flights.")).noneMatch(f -> f.contains(" Retreat "));
  }

  @Test
  void anAttackOnANationsThingStaysTheVictimsNotTheTarget() {
    // Guard: an aggression noun's own complement is its victim, as before (ActorTargets).
    assertThat(facts("Canada condemned the attack on Ukrainian grain silos."))
        .noneMatch(f -> f.contains(" Accuse UKR "));
  }

  @Test
  void renegingOnACommitmentToAStateIsARejectTowardIt() {
    assertThat(facts("Peru reneged on its commitment to Ecuador.")).contains("PER Reject ECU Asserted");
  }

  @Test
  void renegingOnACommitmentToNoOneClaimsNothing() {
    // Guard: the commitment is the subject's own, so it is no target.
    assertThat(facts("Peru reneged on its commitment.")).noneMatch(f -> f.contains(" Reject "));
  }

  @Test
  void aBareDateBeforeTheObjectLeavesTheObjectTheVerbs() {
    assertThat(facts("The Israeli army lifted Friday a day-old blockade on Egyptian lorries passing through the"
        + " crossing.")).anyMatch(f -> f.startsWith("ISR") && f.contains(" Retreat EGY "));
  }

  @Test
  void aDateBeforeAnObjectTheParserReadsRightIsLeftAlone() {
    assertThat(facts("Russia signed Monday an agreement with China.")).contains("RUS Agree CHN Asserted");
  }
}
