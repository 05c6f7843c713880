package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22, wire news, with sentences written for this test: a free participle after a comma that the
 * parser hangs on the clause's object (or on a date) is the clause subject's act, except after an event noun.
 */
class CommaParticipleTwentyTwoTest {

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
}
