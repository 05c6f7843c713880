package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29: an "it" that is the subject of an "as" clause or the object of a verb takes the nearest
 * state named before it, not the subject of the sentence, and a reflexive or "its" in that clause follows
 * it. Sentences written for this test.
 */
class LocalPronounTwentyNineTest {

  private static final String RELEASE = "https://www.state.gov/readout-of-a-meeting/";

  @Test
  void theSubjectOfAnAsClauseIsTheStateBackedBeforeIt() {
    assertThat(SentenceFacts.interactions(
            "Canada will keep assisting Moldova as it defends itself against Russian aggression.", RELEASE))
        .contains("RUS Assault MDA Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault CAN"));
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
    assertThat(SentenceFacts.interactions(
            "Norway will send equipment to Georgia to help it defend itself against Russia's invasion.", RELEASE))
        .contains("RUS Assault GEO Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault NOR"));
    assertThat(SentenceFacts.interactions("Germany criticized Russia and urged it to withdraw its troops.", RELEASE))
        .contains("DEU Demand RUS Asserted");
  }

  @Test
  void theReflexiveFollowsTheClausesOwnSubject() {
    // "itself" is Moldova's, so Moldova defending "itself" is no act aimed at Japan. Backing a state is
    // the supports stance, no SUPPORT event (session 30, tools/eval/CONVENTIONS.md).
    assertThat(SentenceFacts.facts(
            "Japan backs Moldova as it defends itself against Russian aggression.", RELEASE))
        .contains("RUS Assault MDA Asserted", "JPN supports MDA Asserted")
        .noneMatch(f -> f.startsWith("JPN Support "))
        .noneMatch(f -> f.startsWith("MDA ") && f.endsWith("JPN Asserted"))
        .noneMatch(f -> f.startsWith("RUS Assault JPN"));
  }

  @Test
  void aReportedClausesSubjectStaysTheSpeaker() {
    assertThat(SentenceFacts.interactions("Poland said it would defend itself against Russian aggression.", RELEASE))
        .contains("RUS Assault POL Hypothetical");
  }
}
