package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A named person who acts on behalf of a state or organisation represents it ({@code ties.rules},
 * {@code represents-on-behalf-of}). Sentences and persons written for this test, on the real pipeline.
 */
class OnBehalfOfTest {

  @Test
  void aPersonWhoSignsOnBehalfOfAStateRepresentsIt() {
    assertThat(SentenceFacts.represents(
        "Karim Haddadi, chief executive of the national space agency, signed the accords on behalf of the Kingdom of Morocco."))
        .anyMatch(r -> r.endsWith(" MAR"));
  }

  @Test
  void aPersonWhoSpeaksOnBehalfOfAnOrganisationRepresentsIt() {
    assertThat(SentenceFacts.represents("Elena Marsh spoke on behalf of the European Union at the conference in Geneva."))
        .anyMatch(r -> r.endsWith(" EU"));
  }

  @Test
  void onBehalfOfAPopulaceOrACauseNamesNoActor() {
    assertThat(SentenceFacts.represents("Elena Marsh spoke on behalf of the victims of the flood."))
        .noneMatch(r -> r.startsWith("elena-marsh"));
  }

  @Test
  void onBehalfOfAnotherPersonIsNoRepresentation() {
    assertThat(SentenceFacts.represents(
        "Dana Whitfield offered condolences on behalf of President Marcus Hale and the American people."))
        .noneMatch(r -> r.startsWith("dana-whitfield"));
  }
}
