package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Targetless events (session 20), with sentences written for this test: an intransitive act of a class of
 * {@code targetless_classes} (a retreat, a surrender, a resignation, a mobilization, an inquiry opened) is
 * an interaction with no target; an object or a target preposition that names no known actor is an
 * unresolved target and gives nothing; a named target keeps the targeted reading only.
 */
class TargetlessTwentyTest {

  @Test
  void aSurrenderOrAResignationWithNoTargetIsATargetlessRetreat() {
    assertThat(SentenceFacts.targetless("Five hundred Colombian rebels surrendered last week in the north."))
        .anyMatch(f -> f.startsWith("COL") && f.contains(" Retreat - Asserted"));
    assertThat(SentenceFacts.targetless("Peruvian President Jorge Salas resigned."))
        .anyMatch(f -> f.contains("Retreat - Asserted"));
  }

  @Test
  void aWithdrawalOrAMobilizationWithNoObjectIsTargetless() {
    assertThat(SentenceFacts.targetless("Chile mobilized on Tuesday."))
        .anyMatch(f -> f.startsWith("CHL Mobilize -"));
    assertThat(SentenceFacts.targetless("Bolivia withdrew last month."))
        .anyMatch(f -> f.startsWith("BOL Retreat -"));
  }

  @Test
  void theForcesMovedAsObjectAreNotReadAsTargetless() {
    // Dropped in session 20: in the bulk releases these were mostly demands read with the wrong modality.
    assertThat(SentenceFacts.targetless("Bolivia withdrew its troops last month.")).isEmpty();
  }

  @Test
  void anInfinitiveUnderACallOnIsNotTheCallersAct() {
    assertThat(SentenceFacts.targetless("Chile called on the Bolivian government to withdraw immediately."))
        .noneMatch(f -> f.startsWith("CHL"));
  }

  @Test
  void aNamedTargetKeepsTheTargetedReadingOnly() {
    assertThat(SentenceFacts.interactions("Bolivia withdrew its troops from Peru last month."))
        .anyMatch(f -> f.startsWith("BOL Retreat PER"));
    assertThat(SentenceFacts.targetless("Bolivia withdrew its troops from Peru last month.")).isEmpty();
  }

  @Test
  void anObjectOrTargetThatNamesNoKnownActorGivesNoTargetlessEvent() {
    // An unresolved target is not an absent one.
    assertThat(SentenceFacts.targetless("Chile withdrew from the agreement on fishing quotas.")).isEmpty();
    assertThat(SentenceFacts.targetless("Colombian rebels surrendered to the local commander.")).isEmpty();
    assertThat(SentenceFacts.targetless("Chile deployed new software in its ministries.")).isEmpty();
  }

  @Test
  void aClassOutsideTheTargetlessListIsNotWrittenWithoutTarget() {
    assertThat(SentenceFacts.targetless("Chile and Peru agreed on Monday.")).isEmpty();
    assertThat(SentenceFacts.targetless("Bolivian officials met on Monday.")).isEmpty();
  }

  @Test
  void aTargetlessActInAQuestionIsNotClaimed() {
    assertThat(SentenceFacts.targetless("Do you think that Bolivia is going to withdraw?")).isEmpty();
  }

  @Test
  void aTargetlessRetreatAskedForIsNotAsserted() {
    assertThat(SentenceFacts.targetless("Chile urged the Bolivian rebels to surrender."))
        .noneMatch(f -> f.endsWith("Asserted"));
  }
}
