package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22, wire news, with sentences written for this test: a free participle after a comma that the
 * parser hangs on the clause's object (or on a date) is the clause subject's act; a measure's target
 * named by a demonym on a thing ("sanctions on Iranian oil") is the demonym's state; undoing a deed that
 * no possessor gives another owner is aimed at the deed's target.
 */
class WireNewsTwentyTwoTest {

  @Test
  void aParticipleAfterACommaIsTheClauseSubjectsAct() {
    assertThat(SentenceFacts.interactions("Peru on Monday expelled two diplomats, accusing Chile of spying."))
        .anyMatch(f -> f.startsWith("PER Accuse CHL"));
    assertThat(SentenceFacts.interactions("Ghana closed its embassy in Lome, accusing Togo of harassing its staff."))
        .anyMatch(f -> f.startsWith("GHA Accuse TGO"));
  }

  @Test
  void aParticipleAfterAnEventNounIsNotTheClauseSubjectsAct() {
    // What the attacks did, not what the condemning state did.
    assertThat(SentenceFacts.interactions(
            "Chile condemned the attacks on the village, killing twelve Peruvian farmers."))
        .noneMatch(f -> f.startsWith("CHL Assault"));
  }

  @Test
  void aRestrictiveParticipleStillActsForItsNoun() {
    assertThat(SentenceFacts.interactions("A network of companies funding the rebels was named."))
        .isEmpty();
  }

  @Test
  void aDemonymOnTheThingAMeasureHitsNamesItsState() {
    assertThat(SentenceFacts.interactions("Canada imposed sanctions on Iranian oil on Monday."))
        .anyMatch(f -> f.startsWith("CAN Sanction IRN"));
    assertThat(SentenceFacts.interactions("Brazil imposed a ban on Argentine beef."))
        .anyMatch(f -> f.startsWith("BRA ") && f.contains(" ARG "));
  }

  @Test
  void liftingAnUnownedBlockadeIsAimedAtItsTarget() {
    assertThat(SentenceFacts.interactions("Egypt lifted the blockade on Sudan."))
        .anyMatch(f -> f.startsWith("EGY Retreat SDN"));
    // Another state's blockade: not the lifter's deed toward Iraq.
    assertThat(SentenceFacts.interactions("Russia lifted the Iranian blockade on Iraq."))
        .noneMatch(f -> f.startsWith("RUS Retreat IRQ"));
  }
}
