package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30: the nouns coordinated after a subject ("Deputy Secretary Sherman and her counterparts", "the
 * Secretary and Foreign Minister X") are subjects too ({@link CoordinatedNouns}): a reciprocal reading pairs
 * every two of them, and a joint act is each one's, also for a second verb the parser gives only the first
 * conjunct as subject. Sentences written for this test.
 */
class JointSubjectsThirtyTest {

  private static final String CALL = SentenceFacts.NORDIC_CALL;

  private static List<String> facts(String text) {
    return SentenceFacts.callReadoutFacts(text);
  }

  @Test
  void aPartyAndHerCounterpartsAgreeEachWithEveryOther() {
    assertThat(facts(CALL + "Deputy Secretary Sherman and her counterparts agreed to coordinate closely on next steps."))
        .contains("wendy-sherman Agree NOR Asserted", "wendy-sherman Agree SWE Asserted", "NOR Agree SWE Asserted",
            "SWE Agree NOR Asserted", "NOR Agree wendy-sherman Asserted", "SWE Agree wendy-sherman Asserted");
  }

  @Test
  void aLaterConjoinedVerbTakesEveryJoinedSubject() {
    // The parser gives "agreed" only "The Deputy Secretary" as subject; "her counterparts" hangs on it.
    assertThat(facts(CALL + "The Deputy Secretary and her counterparts underscored the need for unity and agreed to "
        + "coordinate their response."))
        .contains("wendy-sherman Agree NOR Asserted", "wendy-sherman Agree SWE Asserted", "NOR Agree SWE Asserted");
  }

  @Test
  void threeNamedPartiesAgreeEachWithEveryOther() {
    // Guard: a list of names was read whole before session 30 and still is.
    assertThat(facts("The United States, Japan, and the Republic of Korea agreed to deepen their cooperation."))
        .contains("USA Agree JPN Asserted", "USA Agree KOR Asserted", "JPN Agree KOR Asserted",
            "KOR Agree USA Asserted");
  }

  @Test
  void aJointCondemnationIsEachPartysAct() {
    assertThat(facts(CALL + "Deputy Secretary Sherman and her counterparts condemned Russia's attack on Ukraine."))
        .contains("wendy-sherman Accuse RUS Asserted", "NOR Accuse RUS Asserted", "SWE Accuse RUS Asserted")
        .noneMatch(f -> f.startsWith("NOR Accuse SWE") || f.startsWith("SWE Accuse NOR"));
  }

  @Test
  void counterpartsWithNoMeetingBeforeNameNoOne() {
    // Guard: "her counterparts" stands for the other parties of a call or meeting reported before, none here.
    assertThat(facts("Deputy Secretary Sherman and her counterparts agreed to coordinate closely on next steps."))
        .noneMatch(f -> f.contains(" Agree ") || f.contains(" Cooperate "));
  }

  @Test
  void aCoordinationAfterBetweenMakesNoSubjects() {
    // Guard: the parties of "the agreement between A and B" agree with each other, not with the one who welcomes it.
    assertThat(facts("Secretary Blinken welcomed the agreement between Armenia and Azerbaijan."))
        .noneMatch(f -> f.startsWith("antony-blinken Agree") || f.endsWith("Agree antony-blinken Asserted"))
        .noneMatch(f -> f.startsWith("USA Agree"));
  }

  @Test
  void aCoordinatedObjectIsNoPairOfParties() {
    // Guard: the states condemned are targets, each; they do not act on each other.
    assertThat(facts("Norway and Sweden condemned Russia and Belarus."))
        .contains("NOR Accuse RUS Asserted", "NOR Accuse BLR Asserted", "SWE Accuse RUS Asserted",
            "SWE Accuse BLR Asserted")
        .noneMatch(f -> f.startsWith("RUS ") || f.startsWith("BLR "));
  }

  @Test
  void aRegionJoinedToAPartyIsNoParty() {
    // Guard: a region is where the act is, no party to it.
    assertThat(facts("Norway and the Arctic region agreed to cooperate."))
        .noneMatch(f -> f.contains("arctic"));
  }

  @Test
  void aTopicJoinedToAPartyIsNoParty() {
    // Guard: "energy security" names no actor, so Finland has no one to agree with.
    assertThat(facts("Finland and energy security were at the center of the talks, and Finland agreed to cooperate."))
        .noneMatch(f -> f.startsWith("FIN Agree") || f.startsWith("FIN Cooperate"));
  }
}
