package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: in a State Department transcript, a turn labelled "PRESIDENT X:" or "VICE PRESIDENT X:" whose
 * X is none of the United States' office-holders on the document's date (SentenceFacts dates its documents
 * 2 May 2023) and whom no table places is another state's president: "we" there is not the United States.
 * The publisher's own president and vice president of that date keep its voice. Sentences written for this
 * test.
 */
class TranscriptTurnsTwentySixTest {

  private static final String RELEASE = "https://www.state.gov/secretary-and-a-president-before-their-meeting/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void anotherStatesPresidentsWeIsNotThePublisher() {
    assertThat(facts("PRESIDENT ANDERSEN: Thank you for coming. We will send more weapons to Ukraine next month."))
        .noneMatch(f -> f.startsWith("USA "));
  }

  @Test
  void anotherStatesVicePresidentsWeIsNotThePublisher() {
    assertThat(facts("VICE PRESIDENT HALVORSEN: We have given Ukraine more weapons this year."))
        .noneMatch(f -> f.startsWith("USA "));
  }

  @Test
  void aFormerUsPresidentsSurnameIsNoHolderOnTheDocumentsDate() {
    // Obama held the office until 2017: on the document's date a "PRESIDENT OBAMA:" label is no holder's.
    assertThat(facts("PRESIDENT OBAMA: We will send more weapons to Ukraine next month."))
        .noneMatch(f -> f.startsWith("USA "));
  }

  @Test
  void thePublishersVicePresidentOfTheDateKeepsItsVoice() {
    assertThat(facts("VICE PRESIDENT HARRIS: Thank you. We will send more weapons to Ukraine next month."))
        .anyMatch(f -> f.startsWith("USA Aid UKR"));
  }

  @Test
  void thePublishersPresidentOfTheDateKeepsItsVoice() {
    assertThat(facts("PRESIDENT BIDEN: Thank you. We will send more weapons to Ukraine next month."))
        .anyMatch(f -> f.startsWith("USA Aid UKR"));
  }

  @Test
  void aSecretarysTurnKeepsThePublishersVoice() {
    assertThat(facts("SECRETARY GREENE: Thank you. We will send more weapons to Ukraine next month."))
        .anyMatch(f -> f.startsWith("USA Aid UKR"));
  }
}
