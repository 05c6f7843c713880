package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a diplomatic title of no state with its portfolio between it and the name ("Special Envoy for
 * the Horn of Africa X", "Counselor of the Department X") in a state's own release is the publisher's envoy,
 * as the bare title right before the name already was; and when the parser heads such a phrase with the
 * title and hangs the name on it ("dep"), the title stands for the person. "Secretary of State" followed by a
 * portfolio ("for Energy Security") is another government's office, not the United States'. Sentences written
 * for this test.
 */
class EnvoyTitlesTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/special-envoy-travel/";

  private static List<String> represents(String text, String source) {
    List<String> r = SentenceFacts.represents(text, source);
    System.out.println(text + " => " + r);
    return r;
  }

  private static List<String> interactions(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void anEnvoyWithAPortfolioIsThePublishersEnvoy() {
    assertThat(represents("Special Envoy for the Great Lakes Region Dana Whitfield will travel to Rwanda next week.",
        RELEASE)).contains("dana-whitfield USA");
  }

  @Test
  void aCounselorOfTheDepartmentIsThePublishers() {
    assertThat(represents("Counselor of the Department Marcus Ellery met with the Foreign Minister of Peru on Monday.",
        RELEASE)).contains("marcus-ellery USA");
  }

  @Test
  void anotherBodysEnvoyWithAPortfolioIsNotThePublishers() {
    assertThat(represents("UN Special Envoy for Yemen Lars Ostberg met with officials in Aden on Monday.", RELEASE))
        .noneMatch(r -> r.endsWith(" USA"));
  }

  @Test
  void anEnvoyInAReleaseOfNoStateIsNobodysByTitleAlone() {
    assertThat(represents("Special Envoy for the Great Lakes Region Dana Whitfield will travel to Rwanda next week.",
        null)).noneMatch(r -> r.startsWith("dana-whitfield"));
  }

  @Test
  void aTitleHeadingThePhraseStandsForTheNamedPerson() {
    assertThat(interactions("Special Envoy for the Horn of Africa Dana Whitfield will travel to Egypt next week."))
        .anyMatch(f -> f.startsWith("USA Consult EGY") || f.startsWith("dana-whitfield Consult EGY"));
  }

  @Test
  void aSecretaryOfStateWithAPortfolioIsNotTheUnitedStates() {
    assertThat(represents("Counselor Ellery met with Deputy Foreign Minister Jan Kowalczyk, Secretary of State for Energy"
        + " Security Tomasz Wierzbicki, and other officials.", RELEASE))
        .noneMatch(r -> r.startsWith("tomasz-wierzbicki USA") || r.startsWith("jan-kowalczyk USA"));
  }

  @Test
  void aSecretaryOfStateWithAPortfolioKeepsTheStateNamedBeforeIt() {
    assertThat(represents("British Secretary of State for Defence Oliver Pemberton met with officials in Tallinn.",
        RELEASE)).contains("oliver-pemberton GBR");
  }

  @Test
  void anAssistantSecretaryOfStateWithAPortfolioIsStillTheUnitedStates() {
    assertThat(represents("Assistant Secretary of State for African Affairs Miriam Okafor will travel to Kenya.",
        RELEASE)).contains("miriam-okafor USA");
  }
}
