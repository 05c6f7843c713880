package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24 (s24-prec): "will no longer travel to X" is a trip called off (cessation_adverbs). Sentences
 * written for this test.
 */
class ModalityTwentyFourTest {

  private static final String RELEASE = "https://www.state.gov/a-travel-note/";

  @Test
  void aTripNoLongerMadeIsNotPlanned() {
    assertThat(SentenceFacts.interactions("Because of the storm, Assistant Secretary of State Mary Kolbe will no"
        + " longer travel to Kenya on Friday.", RELEASE))
        .anyMatch(f -> f.contains(" KEN ") && f.endsWith("Negated"))
        .noneMatch(f -> f.contains(" KEN ") && f.endsWith("Planned"));
  }

  @Test
  void aLongerTripIsStillPlanned() {
    // Only a negated adverb of cessation_adverbs ("no longer") calls the act off, not the adverb alone.
    assertThat(SentenceFacts.interactions("Assistant Secretary of State Mary Kolbe will travel to Kenya on Friday"
        + " and stay longer than planned.", RELEASE))
        .anyMatch(f -> f.contains(" KEN ") && f.endsWith("Planned"));
  }
}
