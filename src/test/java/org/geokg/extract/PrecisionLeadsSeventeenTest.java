package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision leads of the session 17 bulk review, with sentences written for this test: an aggression that
 * threatens a thing is neither threatened nor a threat toward where it is waged; co-subjects that pledge
 * support to a third party do not agree with each other; a named speaker's transcript turn is that
 * speaker's "we"; a clause conjoined after a war's place ("… in Ukraine and previewed U.S. objectives") is
 * no target of the war.
 */
class PrecisionLeadsSeventeenTest {
  private static final String TRANSCRIPT = "https://www.state.gov/secretary-doe-with-the-secretary-general/";

  @Test
  void anAggressionThatThreatensAThingIsAssertedAndNoThreatOfItsPlace() {
    assertThat(SentenceFacts.interactions("The Minister thanked Ghana for its defense of the values of the "
        + "African Union Charter, which are now threatened by Russia's aggression in Ukraine."))
        .contains("RUS Assault UKR Asserted")
        .noneMatch(f -> f.contains("Threaten"))
        .noneMatch(f -> f.contains("Hypothetical"));
  }

  @Test
  void anAggressionInAParticiplesByPhraseIsNoThreatEither() {
    assertThat(SentenceFacts.interactions("Peru and Chile upheld the principles threatened by Russia's "
        + "aggression in Ukraine."))
        .noneMatch(f -> f.contains("Threaten"))
        .noneMatch(f -> f.contains("Assault UKR Hypothetical"));
  }

  @Test
  void aThreatMadeIsStillAThreat() {
    assertThat(SentenceFacts.interactions("Russia threatened Ukraine with an invasion."))
        .contains("RUS Threaten UKR Asserted");
    assertThat(SentenceFacts.interactions("Norway threatened to impose sanctions on Iran."))
        .anyMatch(f -> f.startsWith("NOR Threaten IRN"));
  }

  @Test
  void coSubjectsPledgingSupportToAThirdPartyDoNotAgreeWithEachOther() {
    assertThat(SentenceFacts.interactions("Both Norway and Canada pledged continued aid to help Moldova."))
        .noneMatch(f -> f.startsWith("NOR Agree CAN") || f.startsWith("CAN Agree NOR"));
    assertThat(SentenceFacts.interactions("Both Secretary Jane Doe and Minister John Roe of Canada pledged "
        + "continued support to meet Moldova's security needs."))
        .noneMatch(f -> f.startsWith("jane-doe Agree") || f.contains("Agree jane-doe"));
  }

  @Test
  void coSubjectsDiscussingAssistanceStillConsult() {
    // The coverage run of session 17: the backing-noun guard had also removed this talk.
    assertThat(SentenceFacts.interactions("Norway and Canada discussed continued Canadian assistance to support "
        + "Moldova's reform agenda and energy security."))
        .anyMatch(f -> f.startsWith("NOR Consult CAN") || f.startsWith("CAN Consult NOR"));
  }

  @Test
  void coSubjectsPledgingToWorkTogetherStillAgree() {
    assertThat(SentenceFacts.interactions("Both Norway and Canada pledged to work together."))
        .contains("NOR Agree CAN Asserted", "CAN Agree NOR Asserted");
  }

  @Test
  void aNamedSpeakersTurnIsThatSpeakersWe() {
    String text = "Secretary Jane Doe met with NATO Secretary General Jens Stoltenberg in Brussels.\n\n"
        + "SECRETARY GENERAL STOLTENBERG: Welcome. We strongly support Ukraine.\n\n"
        + "SECRETARY DOE: Thank you. We condemn Russia's invasion.";
    // "We strongly support Ukraine" is the turn's speaker's supports stance (session 30: no SUPPORT event).
    assertThat(SentenceFacts.facts(text, TRANSCRIPT))
        .anyMatch(f -> f.startsWith("NATO supports UKR"))
        .noneMatch(f -> f.startsWith("USA supports UKR"))
        .anyMatch(f -> f.startsWith("USA Accuse RUS"));
  }

  @Test
  void aTurnOfNoKnownSpeakerIsStillThePublishersVoice() {
    String text = "SECRETARY DOE: Thank you all. We strongly support Ukraine.";
    assertThat(SentenceFacts.facts(text, TRANSCRIPT))
        .anyMatch(f -> f.startsWith("USA supports UKR"));
  }

  @Test
  void aClauseConjoinedAfterTheWarsPlaceIsNoTarget() {
    assertThat(SentenceFacts.interactions("The Minister stressed Canada's diplomatic efforts to ease the global "
        + "energy crisis caused by President Putin's war of choice in Ukraine and previewed U.S. objectives "
        + "for the upcoming G7 and NATO summits."))
        .contains("vladimir-putin Assault UKR Asserted")
        .noneMatch(f -> f.contains("Assault USA"));
  }
}
