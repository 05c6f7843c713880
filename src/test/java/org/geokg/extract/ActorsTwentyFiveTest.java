package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25, s25-precA, with sentences written for this test: actors and targets the bulk releases
 * still read wrong. An actor after the preposition of a thing exchanged in talks ("views on X") is the
 * topic; a city naming an instrument ("the Paris Agreement") is no party; a given name set off by commas
 * is the person spoken to; a subject "he" continues the subject before it rather than a person the
 * coreference chain last took as a possessor or object. Each with the limit that keeps it in bounds.
 */
class ActorsTwentyFiveTest {

  private static final String STATE_GOV = "https://www.state.gov/a-press-statement/";

  @Test
  void anActorAfterViewsExchangedIsTheTopic() {
    assertThat(SentenceFacts.interactions("Chile and Peru exchanged views on Bolivia during the summit."))
        .noneMatch(f -> f.contains(" BOL "));
  }

  @Test
  void sanctionsOnAnActorStillAimAtIt() {
    assertThat(SentenceFacts.interactions("Chile imposed new sanctions on Bolivia on Monday."))
        .anyMatch(f -> f.startsWith("CHL Sanction BOL"));
  }

  @Test
  void aCityNamingAnInstrumentIsNoParty() {
    assertThat(SentenceFacts.interactions("Kenya pledged to fully implement the Paris Agreement on climate change."))
        .noneMatch(f -> f.contains("FRA"));
    assertThat(SentenceFacts.interactions("Ukraine urged Moscow to honour the Minsk agreements."))
        .noneMatch(f -> f.contains(" BLR "));
  }

  @Test
  void aCityActedOnStillStandsForItsState() {
    assertThat(SentenceFacts.interactions("Russian forces shelled Kharkiv on Monday."))
        .anyMatch(f -> f.startsWith("RUS") && f.contains(" UKR"));
  }

  @Test
  void aGivenNameSetOffByCommasIsAnAddress() {
    assertThat(SentenceFacts.interactions("You know, Marcus, Chile has been supporting the reforms of Peru for years."))
        .noneMatch(f -> f.startsWith("marcus"));
    assertThat(SentenceFacts.interactions("And Helena, I am grateful to you for bringing Chile and Peru together.",
        STATE_GOV))
        .noneMatch(f -> f.contains("helena"));
  }

  @Test
  void aGivenNameThatActsIsStillAnActor() {
    assertThat(SentenceFacts.interactions("Marcus, who leads the delegation, met Chile's foreign minister in Lima on Monday."))
        .anyMatch(f -> f.startsWith("marcus"));
  }

  @Test
  void aSubjectHeStillContinuesASubjectNamedBefore() {
    assertThat(SentenceFacts.interactions("Secretary Blinken met with Chilean Foreign Minister Ana Ruiz on Monday. "
        + "President Nicolas Maduro later spoke with the Secretary by phone. He praised Chile's restraint.", STATE_GOV))
        .anyMatch(f -> f.startsWith("nicolas-maduro") && f.contains(" CHL"));
  }

  @Test
  void aSubjectHeContinuesTheSubjectNotAPossessor() {
    assertThat(SentenceFacts.interactions("Secretary Blinken spoke today with Chilean Foreign Minister Ana Ruiz. "
        + "The Secretary stressed the need to hold President Nicolas Maduro accountable for his repression. "
        + "He commended Chile's leadership in the region.", STATE_GOV))
        .noneMatch(f -> f.startsWith("nicolas-maduro"));
  }
}
