package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title with a posting ("Ambassador to Russia", "Representative to the UN"): the holder represents the
 * actor named before the title, not the one they are posted to. Sentences (and persons) written for this
 * test, on the real pipeline.
 */
class PostedTitlesTest {

  private static List<String> represents(String text) {
    return SentenceFacts.represents(text);
  }

  @Test
  void theActorAfterToIsThePostingNotTheRepresented() {
    assertThat(represents("U.S. Ambassador to Russia Joan Ketterby met the foreign minister in Moscow."))
        .anyMatch(r -> r.endsWith(" USA")).noneMatch(r -> r.endsWith(" RUS"));
    assertThat(represents("Canadian Representative to the UN Ambassador Miles Ostrander spoke on Tuesday."))
        .anyMatch(r -> r.endsWith(" CAN")).noneMatch(r -> r.endsWith(" UN"));
  }

  @Test
  void aLetterToAnOfficeHolderIsNoPosting() {
    assertThat(represents("Egypt sent a letter to Russian President Dmitri Varkovsky on Monday."))
        .anyMatch(r -> r.endsWith(" RUS"));
  }
}
