package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire-news protests of session 17, with sentences written for this test: a protest at a venue that the
 * sentence places in a state is aimed at that state, also when the state is named on the venue ("a prison
 * in southern Turkey"), not only on the verb; "in protest of/at/against/over X" aims the protest at X's
 * owner, and keeps the self-aimed reading off the sentence only when the thing protested names one.
 */
class WireNewsSeventeenTest {

  @Test
  void aProtestAtAVenuePlacedInAStateIsAimedAtThatState() {
    assertThat(SentenceFacts.interactions("Greek prisoners rioted on Sunday at a prison in western Turkey, "
        + "police said."))
        .anyMatch(f -> f.contains(" Protest TUR "))
        .noneMatch(f -> f.contains(" Protest GRC "));
  }

  @Test
  void aProtestNoSentencePlacesStaysAimedAtTheProtestersOwnState() {
    assertThat(SentenceFacts.interactions("Greek prisoners rioted on Sunday, police said."))
        .anyMatch(f -> f.contains(" Protest GRC "));
  }

  @Test
  void inProtestAgainstAStatesMeasureAimsTheProtestAtThatState() {
    assertThat(SentenceFacts.interactions("Hundreds of Kenyan traders closed their shops in protest against "
        + "Uganda's new border rules."))
        .anyMatch(f -> f.startsWith("KEN") && f.contains(" Protest UGA "))
        .noneMatch(f -> f.contains(" Protest KEN "));
  }

  @Test
  void aResignationInProtestOverAnotherStatesActIsAimedAtIt() {
    assertThat(SentenceFacts.interactions("The Polish ambassador resigned in protest over the Russian "
        + "invasion."))
        .anyMatch(f -> f.startsWith("POL") && f.contains(" Protest RUS "));
  }

  @Test
  void inProtestAtAThingOfNoOwnerStaysAimedAtTheirOwnGovernment() {
    assertThat(SentenceFacts.interactions("Bolivian miners went on strike in protest at the new mining "
        + "quotas."))
        .anyMatch(f -> f.contains(" Protest BOL "));
  }
}
