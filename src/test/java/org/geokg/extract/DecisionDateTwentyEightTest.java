package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: an infinitive after a decision noun and a date ("X's decision on February 24 to attack Y") is
 * the decision's owner's act, as it is right after the noun ({@link ClauseSubjects#decisionOwner}): the
 * parser hangs the infinitive on the clause above ("We are united in our condemnation of …"), whose subject
 * condemns and does not attack. Sentences written for this test.
 */
class DecisionDateTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/joint-statement-on-a-decision/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aDecisionOnADayIsItsOwnersAct() {
    assertThat(facts("We are united in our condemnation of Russia’s decision on February 24 to attack Ukraine."))
        .anyMatch(x -> x.startsWith("RUS Assault UKR"))
        .noneMatch(x -> x.startsWith("USA Assault"));
  }

  @Test
  void aDecisionOnAFullDateIsItsOwnersAct() {
    assertThat(facts("We are united in our condemnation of Russia’s decision on 24 February 2022 to attack Ukraine."))
        .anyMatch(x -> x.startsWith("RUS Assault UKR"))
        .noneMatch(x -> x.startsWith("USA Assault"));
  }

  @Test
  void anExpulsionDecidedOnADayIsTheExpellersAct() {
    assertThat(facts("We are united in our condemnation of Belarus’s decision on May 12 to expel Lithuanian"
        + " diplomats."))
        .anyMatch(x -> x.startsWith("BLR ") && x.contains("LTU"))
        .noneMatch(x -> x.startsWith("USA ") && x.contains("LTU"));
  }

  @Test
  void aDecisionRightBeforeItsInfinitiveStaysItsOwners() {
    // Guard: the reading without a date, as before: the condemnation is the speaker's, the attack not.
    assertThat(facts("We are united in our condemnation of Russia’s decision to attack Ukraine."))
        .anyMatch(x -> x.startsWith("USA Accuse RUS"))
        .noneMatch(x -> x.startsWith("USA Assault"));
  }

  @Test
  void aPlaceBetweenTheNounAndTheInfinitiveIsNotReadThrough() {
    // Guard: only a date's words (a number, a month or day name) after "on" or "in" are read through; "in
    // Moscow" is no date, so the decision noun is not reached and the owner is not taken from it.
    assertThat(facts("We are united in our condemnation of Russia’s decision in Moscow to attack Ukraine."))
        .noneMatch(x -> x.startsWith("RUS Assault"));
  }
}
