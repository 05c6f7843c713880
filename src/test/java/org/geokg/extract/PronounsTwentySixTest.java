package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (s26-precB): the kinds of wrong bulk claims a fresh read of releases 0453-0570 found most
 * often were pronouns read as the wrong actor. A subject "they" after two coordinated persons continues
 * them; a plural pronoun after a clause that names plural things takes up those things; a relative "which"
 * after a common noun is that thing's. Sentences written for this test.
 */
class PronounsTwentySixTest {

  private static final String RELEASE = "https://www.state.gov/readout-of-a-meeting/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void theyAfterTwoPersonsContinuesThemNotTheOrganisationTheirObjectNames() {
    assertThat(facts("Under Secretary Clark and Deputy Secretary General Rossi welcomed the unity shown at the"
        + " recent G7 Leaders' Meeting. They condemned Russia's brutal war against Georgia."))
        .noneMatch(f -> f.startsWith("G7 "))
        .anyMatch(f -> f.startsWith("USA Accuse RUS"));
  }

  @Test
  void theyAfterAMeetingStillTakesItsParties() {
    assertThat(facts("Secretary Blinken and Foreign Minister Kuleba met in Paris. They condemned Russia's attacks"
        + " on Kharkiv."))
        .anyMatch(f -> f.startsWith("USA Accuse RUS"))
        .anyMatch(f -> f.startsWith("UKR Accuse RUS"));
  }

  @Test
  void aPluralPronounAfterPluralThingsIsNotAStateNamedBefore() {
    assertThat(facts("President Herzog spoke about Russia's war against Ukraine. Prime Minister Levin has made"
        + " serious efforts to end the war. We applaud them."))
        .noneMatch(f -> f.startsWith("USA Support UKR"));
  }

  @Test
  void aPluralPronounInTheSameSentenceIsNotTakenForItsThings() {
    // "the weapons we provided them": the things named in the pronoun's own sentence are not whom it means.
    assertThat(facts("Russian troops were pushed back by Ukrainians, and they were using the weapons we provided"
        + " them."))
        .anyMatch(f -> f.startsWith("USA Aid UKR-CVL"));
  }

  @Test
  void aRelativeAfterACommonNounIsThatThings() {
    assertThat(facts("We recall Iran's duties under the conventions to which it is a party, and which protect"
        + " all of us."))
        .noneMatch(f -> f.startsWith("IRN Aid"));
  }

  @Test
  void aTheyBelowTheMainClauseIsNotTheTwoPersons() {
    // Session 26's merge: the bulk run gave "for as long as they continue their war" to the two persons.
    assertThat(facts("Secretary Blinken and Foreign Minister Kuleba met on Monday. They reaffirmed their"
        + " commitment to impose costs on President Putin and his associates for as long as they continue"
        + " their war against Georgia."))
        .noneMatch(f -> f.startsWith("USA Assault"))
        .noneMatch(f -> f.startsWith("UKR Assault"));
  }
}
