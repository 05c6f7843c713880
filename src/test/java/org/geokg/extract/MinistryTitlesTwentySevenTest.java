package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (s27-fgA): State Department readouts name European counterparts as "French MFA Secretary General
 * X", "German MFA State Secretary Y", "Italian MFA Political Director Z". The ministry's name between the
 * state and the title (lexicon {@code title_bodies}) is read through to the state, and "State Secretary",
 * "Political Director" and "Minister of State" are titles. Sentences written for this test.
 */
class MinistryTitlesTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/deputy-secretarys-call-with-counterparts/";

  private static List<String> reps(String text) {
    List<String> r = SentenceFacts.represents(text, RELEASE);
    System.out.println(text + " => " + r);
    return r;
  }

  @Test
  void anMfaBetweenTheStateAndTheTitleIsReadThrough() {
    assertThat(reps("Deputy Secretary Sherman met today with Spanish MFA Secretary General Pedro Alvarez."))
        .contains("pedro-alvarez ESP");
  }

  @Test
  void aForeignMinistryBetweenTheStateAndTheTitleIsReadThrough() {
    assertThat(reps("Deputy Secretary Sherman spoke with Dutch Foreign Ministry Secretary General Paul Smit."))
        .contains("paul-smit NLD");
  }

  @Test
  void aPoliticalDirectorIsATitle() {
    assertThat(reps("Deputy Secretary Sherman spoke with Polish MFA Political Director Marek Nowak."))
        .contains("marek-nowak POL");
  }

  @Test
  void aStateSecretaryIsATitle() {
    assertThat(reps("Secretary Blinken called Austrian State Secretary Hanna Gruber on Monday."))
        .contains("hanna-gruber AUT");
  }

  @Test
  void aMinisterOfStateIsATitle() {
    assertThat(reps("Secretary Blinken met Irish Minister of State Sean Byrne in Washington."))
        .contains("sean-byrne IRL");
  }

  @Test
  void aFirmBetweenTheStateAndTheTitleIsNotReadThrough() {
    // Guard: only a ministry's name is read through; a firm between the state and the title is not the state's.
    // Nor is a Political Director the publisher's own envoy (the title's kind is official, not diplomat).
    assertThat(reps("Deputy Secretary Sherman spoke with Polish energy firm Political Director Marek Nowak."))
        .noneMatch(r -> r.startsWith("marek-nowak "));
  }
}
