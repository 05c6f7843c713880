package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: contractions spelt with the typographic apostrophe (U+2019), as the State Department's releases
 * spell every one of them ("haven’t", "we’ll"), read as their straight twins: CoreNLP keeps the character in
 * the token ("n’t", "’ll"), which the negation and future lexicons did not list, and tags "’ll" as a verb
 * (VBP), which made it the clause's head (nlp/ContractionTags). Sentences written for this test.
 */
class ContractionsTwentySixTest {

  private static final String RELEASE = "https://www.state.gov/remarks-to-the-press-on-the-region/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aCurlyNegatedContractionNegatesTheAct() {
    assertThat(facts("We haven’t met with the Iranian foreign minister this year."))
        .contains("USA Consult IRN Negated")
        .doesNotContain("USA Consult IRN Asserted");
  }

  @Test
  void aCurlyWillContractionMakesTheActPlanned() {
    assertThat(facts("We’ll send more weapons to Ukraine next month."))
        .contains("USA Aid UKR Planned")
        .doesNotContain("USA Aid UKR Asserted");
  }

  @Test
  void aCurlyWillContractionInThePublishersTurnReadsAsPlanned() {
    assertThat(facts("SECRETARY GREENE: Thank you. We’ll meet with the Iranian foreign minister next week."))
        .anyMatch(f -> f.startsWith("USA Consult IRN Planned"));
  }

  @Test
  void aNegationWrittenOntoAnotherClausesVerbDoesNotNegateTheAct() {
    // The parser may hang the question's "n’t" on a verb of the clause below: the clitic is written onto
    // "Was", so the banning stays asserted.
    List<String> f = facts("And my question is: Wasn’t that a serious error given the fact that Maria Petrova is"
        + " still in jail, a court in Moscow banned Petrova’s newspaper, and last week Vladimir Putin said he is"
        + " ready to use gas as a weapon against Ukraine?");
    assertThat(f).noneMatch(x -> x.endsWith(" Negated"));
  }

  @Test
  void theStraightTwinsReadTheSame() {
    assertThat(facts("We haven't met with the Iranian foreign minister this year."))
        .contains("USA Consult IRN Negated");
    assertThat(facts("We'll send more weapons to Ukraine next month."))
        .contains("USA Aid UKR Planned");
  }

  @Test
  void anUncontractedActStaysAsserted() {
    assertThat(facts("We met with the Iranian foreign minister this year."))
        .contains("USA Consult IRN Asserted");
  }
}
