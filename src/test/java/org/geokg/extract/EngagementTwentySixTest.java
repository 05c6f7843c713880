package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: diplomatic "engagement with" a party is joint work with it (Cooperate, CAMEO 05), read as the
 * other event nouns of {@code interaction_nouns.tsv} are: its agent a possessor or the subject of a light
 * verb, its target after "with"; "bolster" is a light verb as "strengthen" is. Sentences written for this
 * test.
 */
class EngagementTwentySixTest {

  private static final String RELEASE = "https://www.state.gov/the-secretarys-meeting-with-a-minister/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aPossessorsEngagementWithABodyIsCooperation() {
    assertThat(facts("Canada's engagement with the African Union has grown this year."))
        .contains("CAN Cooperate AU Asserted");
  }

  @Test
  void engagementUnderALightVerbIsTheSubjectsCooperation() {
    assertThat(facts("Ghana and Senegal committed to bolster their engagement with ECOWAS."))
        .contains("GHA Cooperate ECOWAS Asserted", "SEN Cooperate ECOWAS Asserted");
  }

  @Test
  void bolsterIsALightVerbForOtherEventNounsToo() {
    // No possessor on the noun: only the light verb gives the act its subjects.
    assertThat(facts("Norway and Iceland will bolster cooperation with Denmark."))
        .contains("NOR Cooperate DNK Planned", "ISL Cooperate DNK Planned");
  }

  @Test
  void engagementWithNoActorAfterWithMakesNoClaim() {
    // The guard is the noun row's preposition: the target must be an actor named after "with".
    assertThat(facts("Banks should weigh the risks of engagement with sanctioned individuals."))
        .isEmpty();
  }

  @Test
  void aSecondPhraseOfTheNounMakesNoReciprocalCooperationAmongTheSubjects() {
    // The parser copies "engagement" for "within ..."; the copy names no party, but its twin does: the
    // subjects engage that party, not each other.
    assertThat(facts("Mali, Chad and Niger committed to bolster engagement with ECOWAS and within"
        + " ECOWAS-led institutions."))
        .contains("MLI Cooperate ECOWAS Asserted")
        .noneMatch(f -> f.matches("(MLI|TCD|NER) Cooperate (MLI|TCD|NER) .*"));
  }
}
