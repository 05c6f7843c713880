package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the acts a journalist's question turn reports ("QUESTION: … the Chinese have said they won't
 * help …") do not decide whom a transcript follows, so a subject-less "this meeting with X" in the answer is
 * not given to them. Sentences written for this test.
 */
class QuestionTurnLeadTwentySevenTest {

  private static final String TRANSCRIPT = "https://www.state.gov/secretary-interview-with-a-network/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, TRANSCRIPT));
  }

  @Test
  void aQuestionTurnsActsDoNotMakeItsActorTheLead() {
    assertThat(facts("QUESTION: The Chinese have said they are not going to help the US investigate the outbreak."
        + "\n\nSECRETARY BLINKEN: This meeting with President Putin is not happening in a vacuum."))
        .noneMatch(f -> f.startsWith("CHN Consult"));
  }

  @Test
  void theQuestionTurnsOwnActsAreStillRead() {
    assertThat(facts("QUESTION: The Chinese have said they are not going to help the US investigate the outbreak."
        + "\n\nSECRETARY BLINKEN: This meeting with President Putin is not happening in a vacuum."))
        .anyMatch(f -> f.startsWith("CHN Reject USA"));
  }

  @Test
  void theAnswersOwnActsStillMakeTheLead() {
    // Acts outside the question turn still decide: here the United States starts two, so it leads and the
    // subject-less meeting is its.
    assertThat(facts("QUESTION: What will you raise?\n\nSECRETARY BLINKEN: We met with Japan on Monday. We met with"
        + " India on Tuesday. This meeting with President Putin is not happening in a vacuum."))
        .anyMatch(f -> f.matches("(USA|antony-blinken) Consult (RUS|vladimir-putin) .*"));
  }
}
