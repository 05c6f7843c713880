package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30: an official who "is on travel to" (or "on a visit to") a state visits it (readouts.rules
 * consult-on-journey-to, lexicon journey_nouns), as "travels to Y" is read; and the singular first person
 * of a signed release ("On behalf of the United States, I congratulate the people of X …") speaks for the
 * release's authors or publisher, as "we" does ({@link FirstPerson#ofSingular}), but not in a transcript,
 * in a quotation (the quoted speaker's), or in a text of no known publisher. Sentences written for this test.
 */
class TravelAndSignerThirtyTest {

  private static final String RELEASE = "https://www.state.gov/public-schedule-test/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  private static List<String> news(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, null));
  }

  @Test
  void onTravelToAStateIsAVisit() {
    assertThat(facts("Assistant Secretary Kritenbrink is on travel to Cambodia and Japan from May 1-5, 2023."))
        .anyMatch(f -> f.endsWith(" Consult KHM Asserted"))
        .anyMatch(f -> f.endsWith(" Consult JPN Asserted"));
  }

  @Test
  void underSecretaryMisparsedAsPrepositionStillTravels() {
    // The parser takes the "Under" of the title for a preposition: the traveller hangs as obl:under.
    assertThat(facts("Under Secretary Zeya is on travel to the Netherlands from May 1-2, 2023."))
        .anyMatch(f -> f.endsWith(" Consult NLD Asserted"));
  }

  @Test
  void onAVisitToAStateIsAVisit() {
    assertThat(facts("Secretary Blinken is on a visit to Israel and Saudi Arabia this week."))
        .anyMatch(f -> f.endsWith(" Consult ISR Asserted"))
        .anyMatch(f -> f.endsWith(" Consult SAU Asserted"));
  }

  @Test
  void commentingOnATripIsNoVisit() {
    assertThat(facts("The Secretary commented on the trip to Indonesia."))
        .noneMatch(f -> f.contains(" Consult IDN"));
  }

  @Test
  void aTravelAdvisoryIsNoVisit() {
    assertThat(facts("The Department of State issued an advisory against travel to Burma."))
        .noneMatch(f -> f.contains(" Consult MMR"));
  }

  @Test
  void theSignersCongratulationIsThePublishers() {
    assertThat(facts("On behalf of the United States, I congratulate the people of Moldova as you celebrate your "
        + "Independence Day."))
        .contains("USA Support MDA Asserted");
  }

  @Test
  void theSignersIWithNoAttributionIsThePublisher() {
    assertThat(facts("Today I congratulate the Government of Kenya on the peaceful election."))
        .contains("USA Support KEN-GOV Asserted");
  }

  @Test
  void aNewsTextsIHasNoSide() {
    assertThat(news("I congratulate the people of Moldova on their Independence Day."))
        .noneMatch(f -> f.contains(" Support MDA"));
  }

  @Test
  void aQuotedIIsTheSpeakersSide() {
    assertThat(facts("\"I welcome the decision of Norway,\" said Foreign Minister Kuleba of Ukraine."))
        .contains("UKR Support NOR Reported")
        .noneMatch(f -> f.startsWith("USA "));
  }

  @Test
  void aTranscriptTurnsIStaysUnread() {
    assertThat(facts("QUESTION: Thank you. Can you tell us about the call?\n\nMR PRICE: Sure. I spoke with "
        + "Foreign Minister Kuleba of Ukraine this morning."))
        .noneMatch(f -> f.startsWith("USA Consult"));
  }

  @Test
  void theReleasesWeIsUnchanged() {
    assertThat(facts("We congratulate the people of Moldova as they celebrate their Independence Day."))
        .contains("USA Support MDA Asserted");
  }
}
