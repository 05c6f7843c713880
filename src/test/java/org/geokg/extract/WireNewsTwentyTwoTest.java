package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22, wire news, with sentences written for this test: two parses that leave a verb of the
 * predicate table with no object although the sentence gives it one. "over" before a number read as a
 * preposition ("would free over 150 prisoners", rule event-verb-object-over-number), and an object with a
 * past participle after it read as a small clause whose subject it is ("released the mayor of X, a member
 * of Y jailed a year ago", rule event-verb-object-participle).
 */
class WireNewsTwentyTwoTest {

  @Test
  void aCountedObjectAfterOverIsTheObject() {
    // The stated intention to release is the Agree of CAMEO 03; the release itself is not yet done.
    assertThat(SentenceFacts.interactions("Israel announced it would free over 150 Palestinian prisoners."))
        .anyMatch(f -> f.startsWith("ISR Agree PSE"))
        .noneMatch(f -> f.startsWith("ISR Retreat PSE") && f.endsWith("Asserted"));
  }

  @Test
  void overReadAsTheNumbersMoreThanMakesOneClaim() {
    // Parsed as the number's modifier, the noun is the plain object: one claim, not two.
    assertThat(SentenceFacts.interactions("India freed over 300 Pakistani fishermen on Monday."))
        .containsOnlyOnce("IND Retreat PAK-AGR Asserted");
  }

  @Test
  void anObjectParsedAsTheSubjectOfItsParticipleIsTheObject() {
    assertThat(SentenceFacts.interactions("Israel on Tuesday released the mayor of the southern West Bank city of "
            + "Hebron, a member of the Hamas movement jailed over a year ago, Palestinian officials said."))
        .anyMatch(f -> f.startsWith("ISR Retreat PSE"));
  }

  @Test
  void aVerbWithAnObjectOfItsOwnIsNotReadTwice() {
    // "found the diplomat guilty": a real small clause keeps its object; no verb of the table, no claim.
    assertThat(SentenceFacts.interactions("The court found the Iranian diplomat guilty.")).isEmpty();
    assertThat(SentenceFacts.interactions("Iran freed the British sailors, held since March, on Monday."))
        .containsOnlyOnce("IRN Retreat GBR Asserted");
  }
}
