package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: lists of parties read as each member. An event noun's parties after "among" act on each other
 * as after "between" ("trilateral cooperation among A, B, and C": each pair); a plural group noun before a
 * list of states ("the governments of A and B", "officials from A, B, and C") is each state's group, not the
 * first one's alone; a cooperation whose importance a speaker will stress stands (no plan). Guards: parties after "among" are not the light verb's subjects' partners; a list of
 * cities after a group noun makes no group of another state; a noun that is no group ("the capitals of")
 * makes none. Sentences written for this test.
 */
class PartyListsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/a-readout-on-regional-partners/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void cooperationAmongAListPairsEachMember() {
    List<String> f = facts("Canada stressed the importance of trilateral cooperation among Chile, Peru, and Colombia.");
    assertThat(f).anyMatch(x -> x.matches("(CHL Cooperate PER|PER Cooperate CHL) .*"))
        .anyMatch(x -> x.matches("(CHL Cooperate COL|COL Cooperate CHL) .*"))
        .anyMatch(x -> x.matches("(PER Cooperate COL|COL Cooperate PER) .*"));
  }

  @Test
  void cooperationWhoseImportanceIsToBeStressedStands() {
    // The future is the stressing's: the cooperation weighed is no plan (lexicon importance_nouns).
    List<String> f = facts("Canada will stress the importance of trilateral cooperation among Chile, Peru, and Colombia.");
    assertThat(f).anyMatch(x -> x.matches("(CHL Cooperate PER|PER Cooperate CHL) Asserted"))
        .noneMatch(x -> x.contains("Cooperate") && x.endsWith("Planned"));
  }

  @Test
  void aCooperationNoImportanceNounWeighsIsStillPlanned() {
    List<String> f = facts("Canada will seek trilateral cooperation among Chile, Peru, and Colombia.");
    assertThat(f).anyMatch(x -> x.matches("(CHL Cooperate PER|PER Cooperate CHL) Planned"))
        .noneMatch(x -> x.contains("Cooperate") && x.endsWith("Asserted"));
  }

  @Test
  void thePublisherInTheListIsOneMemberAndNotItsOwnPartner() {
    List<String> f = facts("The United States values close partnership among the United States, Chile, and Peru.");
    assertThat(f).anyMatch(x -> x.matches("(USA Cooperate CHL|CHL Cooperate USA) .*"))
        .anyMatch(x -> x.matches("(CHL Cooperate PER|PER Cooperate CHL) .*"))
        .noneMatch(x -> x.startsWith("USA Cooperate USA"));
  }

  @Test
  void theLightVerbsSubjectsAreNotPartnersOfAnAmongList() {
    List<String> f = facts("Norway and Denmark reaffirmed cooperation among Chile, Peru, and Colombia.");
    assertThat(f).noneMatch(x -> x.matches("(NOR Cooperate DNK|DNK Cooperate NOR) .*"));
  }

  @Test
  void theGovernmentsOfAListAreEachStatesGovernment() {
    List<String> f = facts("Canada held consultations with the governments of Peru, Bolivia, and Ecuador on Monday.");
    assertThat(f).anyMatch(x -> x.startsWith("CAN Consult PER-GOV"))
        .anyMatch(x -> x.startsWith("CAN Consult BOL-GOV"))
        .anyMatch(x -> x.startsWith("CAN Consult ECU-GOV"));
  }

  @Test
  void officialsFromAListAreEachStatesOfficials() {
    List<String> f = facts("Canada met with officials from Chile, Peru, and Bolivia.");
    assertThat(f).anyMatch(x -> x.startsWith("CAN Consult CHL-GOV"))
        .anyMatch(x -> x.startsWith("CAN Consult PER-GOV"))
        .anyMatch(x -> x.startsWith("CAN Consult BOL-GOV"));
  }

  @Test
  void citiesListedAfterAGroupNounMakeNoOtherStatesGroup() {
    List<String> f = facts("Canada praised the police in Lima and Bogota.");
    assertThat(f).noneMatch(x -> x.contains("COL-"));
  }

  @Test
  void aNounThatIsNoGroupMakesNoGroupOfTheListedStates() {
    List<String> f = facts("Canada will send a delegation to the capitals of Peru and Bolivia.");
    assertThat(f).noneMatch(x -> x.contains("BOL-")).noneMatch(x -> x.contains("PER-"));
  }
}
