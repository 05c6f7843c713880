package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: "X and his counterparts condemned …" after a readout's meeting or call: the counterparts are
 * the meeting's other parties (lexicon counterpart_nouns, {@code ActorResolver.counterparts}). Sentences
 * written for this test.
 */
class CounterpartsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/secretarys-meeting-with-a-counterpart/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void hisCounterpartsAreTheMeetingsOtherParty() {
    assertThat(facts("Secretary of State Antony J. Blinken met today with Polish Foreign Minister Zbigniew Rau"
        + " in Warsaw. He and his counterparts condemned Russia’s attacks on Ukrainian cities."))
        .anyMatch(x -> x.startsWith("POL Accuse RUS"));
  }

  @Test
  void counterpartsAfterNoMeetingAreNoOne() {
    // Guard: no call or meeting before, so no party is made up for "his counterparts".
    assertThat(facts("Secretary of State Antony J. Blinken arrived in Warsaw today. He and his counterparts"
        + " condemned Russia’s attacks on Ukrainian cities."))
        .anyMatch(x -> x.startsWith("antony-j-blinken Accuse RUS"))
        .noneMatch(x -> x.contains(" Accuse RUS") && !x.startsWith("antony-j-blinken ") && !x.startsWith("USA "));
  }
}
