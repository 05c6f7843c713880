package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a one-word name the tables list for a person out of office on the document's date
 * (SentenceFacts dates its documents 2 May 2023) and that the text was not taken to name, such as the
 * listed King Hussein of Jordan (to 1999), is a namesake: "Foreign Minister Hussein" of a 2023 transcript
 * must not speak or act for Jordan. Sentences written for this test.
 */
class NamesakesTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/secretary-greene-and-a-foreign-minister/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aMinistersTurnNamedLikeAListedFormerKingIsNotHisState() {
    assertThat(facts("FOREIGN MINISTER HUSSEIN: Thank you, Secretary. We thank the United States for "
        + "its help with our elections."))
        .noneMatch(f -> f.startsWith("JOR "));
  }

  @Test
  void aTitledSurnameOfAListedFormerKingIsNotHisState() {
    // Before: "greene Consult hussein", the listed king's key, whose state every later step reads.
    assertThat(facts("Secretary Greene met with Foreign Minister Hussein in Washington to discuss trade."))
        .contains("greene Consult hussein-namesake Asserted")
        .noneMatch(f -> f.contains("JOR"));
  }

  @Test
  void aKnownPersonInOfficeOnTheDateIsStillLinked() {
    assertThat(facts("Emperor Naruhito met with Secretary Greene in Tokyo to discuss trade."))
        .anyMatch(f -> f.startsWith("JPN Consult") || f.contains("naruhito Consult"));
  }

  @Test
  void anOrganisationNamingAMeetingsFormatDoesNotMeetItsOwnMembers() {
    assertThat(facts("President Lopez hosted a Quad summit with his counterparts from India, Japan, and Australia."))
        .contains("lopez Consult IND Asserted")
        .noneMatch(f -> f.startsWith("QUAD Consult"));
  }

  @Test
  void anOrganisationStillMeetsAStateThatIsNotItsMember() {
    // Guard: Ukraine is no member of NATO, so the organisation's meeting with it stays.
    assertThat(facts("Last week, the NATO meeting with Ukraine in Brussels focused on air defense."))
        .anyMatch(f -> f.startsWith("NATO Consult UKR"));
  }
}
