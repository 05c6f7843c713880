package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25: in a State Department transcript, a turn labelled with a minister's or head of government's
 * title whose person no table knows ("PRIME MINISTER ANDERSEN:") is another state's official: "we" there
 * is not the United States. Labels the tables place, and the publisher's own titles, keep their reading.
 * Sentences written for this test.
 */
class TranscriptTurnsTwentyFiveTest {

  private static final String RELEASE = "https://www.state.gov/secretary-and-a-guest-before-their-meeting/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void anUnplacedPrimeMinistersWeIsNotThePublisher() {
    assertThat(facts("PRIME MINISTER ANDERSEN: Thank you for coming. We will send more weapons to Ukraine next"
        + " month."))
        .noneMatch(f -> f.startsWith("USA "));
  }

  @Test
  void anUnplacedDeputyForeignMinistersWeIsNotThePublisher() {
    // The label's title matched by an ending of its words ("foreign minister").
    assertThat(facts("DEPUTY FOREIGN MINISTER HALVORSEN: We have given Ukraine more weapons this year."))
        .noneMatch(f -> f.startsWith("USA"));
  }

  @Test
  void thePublishersOwnTurnKeepsItsVoice() {
    assertThat(facts("SECRETARY GREENE: Thank you. We will send more weapons to Ukraine next month."))
        .anyMatch(f -> f.startsWith("USA Aid UKR"));
  }

  @Test
  void aTextWithNoLabelKeepsThePublishersVoice() {
    assertThat(facts("We will send more weapons to Ukraine next month."))
        .anyMatch(f -> f.startsWith("USA Aid UKR"));
  }
}
