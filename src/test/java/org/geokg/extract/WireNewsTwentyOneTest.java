package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 21, wire news, with sentences written for this test: a retreat from a place of the source's own
 * state (a city of the gazetteer, or a town a demonym places there: lexicon place_nouns) is targetless, not
 * the state acting on itself; a retreat from another state's town keeps that state as its target.
 */
class WireNewsTwentyOneTest {

  @Test
  void aRetreatFromATownOfTheSourcesOwnStateIsTargetless() {
    assertThat(SentenceFacts.targetless(
            "Colombian troops completed their withdrawal from the Colombian city of Cali on Monday."))
        .anyMatch(f -> f.startsWith("COL") && f.contains(" Retreat - "));
    assertThat(SentenceFacts.interactions(
            "Colombian troops completed their withdrawal from the Colombian city of Cali on Monday."))
        .noneMatch(f -> f.startsWith("COL") && f.contains(" Retreat COL "));
  }

  @Test
  void aRetreatFromAnotherStatesTownKeepsItsTarget() {
    assertThat(SentenceFacts.interactions(
            "Chilean troops completed their withdrawal from the Colombian city of Cali on Monday."))
        .anyMatch(f -> f.startsWith("CHL") && f.contains(" Retreat COL "));
    assertThat(SentenceFacts.targetless(
            "Chilean troops completed their withdrawal from the Colombian city of Cali on Monday."))
        .isEmpty();
  }

  @Test
  void aTownADemonymPlacesInTheSourcesOwnStateIsNoTarget() {
    // The gazetteer need not know the town: the demonym places it.
    assertThat(SentenceFacts.targetless(
            "Peruvian soldiers completed their withdrawal from the Peruvian town of Quellaveco on Friday."))
        .anyMatch(f -> f.startsWith("PER") && f.contains(" Retreat - "));
    assertThat(SentenceFacts.interactions(
            "Peruvian soldiers completed their withdrawal from the Peruvian town of Quellaveco on Friday."))
        .noneMatch(f -> f.startsWith("PER") && f.contains(" Retreat PER "));
  }
}
