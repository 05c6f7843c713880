package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards of the session 20 bulk review (s20-prec), with sentences written for this test: an
 * event noun hung as a time phrase ("during her meeting with X") is when the verb above it happened, not
 * what a planning verb above it plans; the verb's own future still makes it a plan. A wish or plan above
 * a verb that tells a past-tense clause ("I want to note that X met Y") is about the telling: the clause
 * is asserted; the verb that takes the clause still counts ("we hope that X met Y").
 */
class PrecisionBulkTwentyTest {

  @Test
  void aPlanningVerbDoesNotMakeItsTimePhraseAPlan() {
    assertThat(SentenceFacts.interactions("The Norwegian Prime Minister proposed a fisheries forum during his "
        + "meeting with the Swedish Prime Minister on March 3."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Asserted"))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Planned"));
  }

  @Test
  void theVerbsOwnFutureStillMakesItsTimePhraseAPlan() {
    assertThat(SentenceFacts.interactions("The Norwegian Prime Minister will propose a fisheries forum during "
        + "his meeting with the Swedish Prime Minister next week."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Planned"))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Asserted"));
  }

  @Test
  void aPlannedMeetingIsStillPlanned() {
    assertThat(SentenceFacts.interactions("Norway proposed a meeting with Sweden."))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Asserted"));
  }

  @Test
  void aWishToTellDoesNotReachThePastClauseTold() {
    assertThat(SentenceFacts.interactions("I just want to note that the Norwegian Prime Minister met with the "
        + "Swedish Prime Minister last week."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Asserted"))
        .noneMatch(f -> f.contains("Consult") && (f.endsWith("Hypothetical") || f.endsWith("Planned")));
  }

  @Test
  void aHopeThatTakesThePastClauseItselfStillCounts() {
    assertThat(SentenceFacts.interactions("We hope that Norway met with Sweden last week."))
        .noneMatch(f -> f.contains("Consult") && f.endsWith("Asserted"));
  }

  @Test
  void aWishForAnotherToActIsStillAnAppeal() {
    assertThat(SentenceFacts.interactions("Norway wants Sweden to meet with Finland."))
        .noneMatch(f -> f.contains("SWE Consult FIN") && f.endsWith("Asserted"));
  }

  @Test
  void aYesNoQuestionAssertsNothing() {
    // Press briefings: a reporter's "Do you believe that X is funding Y?" was read as asserted.
    assertThat(SentenceFacts.interactions("Do you think that Norway is funding the Swedish rebels?"))
        .noneMatch(f -> f.endsWith("Asserted"));
    assertThat(SentenceFacts.interactions("Did the Norwegian Prime Minister meet with the Swedish Prime Minister?"))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Hypothetical"))
        .noneMatch(f -> f.endsWith("Asserted"));
  }

  @Test
  void aWhQuestionOrARelativeClauseInAQuestionStillPresupposesItsAct() {
    assertThat(SentenceFacts.interactions("When did the Norwegian Prime Minister meet with the Swedish Prime Minister?"))
        .anyMatch(f -> f.contains("Consult"))
        .noneMatch(f -> f.endsWith("Hypothetical"));
    assertThat(SentenceFacts.interactions("Is Norway, which has attacked Sweden, a threat to peace?"))
        .anyMatch(f -> f.contains("Assault") && f.endsWith("Asserted"));
  }
}
