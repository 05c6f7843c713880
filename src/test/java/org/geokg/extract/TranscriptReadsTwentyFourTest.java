package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24, s24-office, with sentences written for this test: wrong reads seen in briefing transcripts.
 * Meeting a goal ("meeting their own aspirations", lexicon goal_nouns) is no meeting; giving or providing a
 * chance, an update or a video (lexicon nonaid_objects) is no aid; a list a speaker breaks off with a dash
 * before starting again with another subject ("For example, A, B, and C – I met …") is no subject. Each with
 * the read that must stay.
 */
class TranscriptReadsTwentyFourTest {

  private static final String STATE = "https://www.state.gov/a-briefing/";

  @Test
  void meetingAGoalIsNoMeeting() {
    assertThat(SentenceFacts.interactions("We have taken steps that help the Bolivian people in meeting their own "
        + "aspirations.", STATE))
        .noneMatch(f -> f.contains(" Consult "));
    assertThat(SentenceFacts.interactions("Peru has met its obligations to Chile under the treaty."))
        .noneMatch(f -> f.contains(" Consult "));
  }

  @Test
  void meetingAPartyIsStillAMeeting() {
    assertThat(SentenceFacts.interactions("Peru's foreign minister met the Chilean president in Lima."))
        .anyMatch(f -> f.startsWith("PER") && f.contains(" Consult CHL"));
  }

  @Test
  void givingAnOpportunityOrProvidingAnUpdateIsNoAid() {
    assertThat(SentenceFacts.interactions("Is Spain giving Morocco the opportunity to expand its presence in the "
        + "region?"))
        .noneMatch(f -> f.contains(" Aid "));
    assertThat(SentenceFacts.interactions("Norway provided a video of the attack to the United Nations."))
        .noneMatch(f -> f.contains(" Aid "));
    assertThat(SentenceFacts.interactions("Japan provided Vietnam an update on the negotiations."))
        .noneMatch(f -> f.contains(" Aid "));
  }

  @Test
  void givingOrProvidingHelpIsStillAid() {
    assertThat(SentenceFacts.interactions("Spain gave Morocco 20 million euros in flood relief."))
        .anyMatch(f -> f.startsWith("ESP Aid MAR"));
    assertThat(SentenceFacts.interactions("Norway provided medical supplies to Ukraine."))
        .anyMatch(f -> f.startsWith("NOR Aid UKR"));
  }

  @Test
  void aListBrokenOffByADashIsNoSubject() {
    assertThat(SentenceFacts.interactions("Take Peru, Chile, and Bolivia – I met with officials from all three "
        + "countries last month.", STATE))
        .noneMatch(f -> f.startsWith("PER") || f.startsWith("CHL") || f.startsWith("BOL"));
  }

  @Test
  void aSubjectWithADashAfterItsVerbStaysTheSubject() {
    // Only a second subject of the same verb after the dash makes the first a broken-off topic.
    assertThat(SentenceFacts.interactions("Peru and Chile met with Bolivia in La Paz – the first such meeting "
        + "since 2019."))
        .anyMatch(f -> f.startsWith("PER Consult BOL"));
  }
}
