package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: titles the backward scan of {@link RepresentsExtractor} did not reach, and "deeply troubled by".
 * Two coordinated titles of one holder are read to the state before the first however long the second is
 * ("Qatari Deputy Prime Minister and Minister of Foreign Affairs X"), "Alternate" is a title's modifier, "on"
 * opens a portfolio as "for" does ("UN Special Envoy on Myanmar X"), and "State Councilor" is a title of China
 * whose last word the NER takes into the name ("State Councilor Li"); "deeply troubled/disturbed by X's act"
 * rebukes X as "deeply concerned by" does (readouts.rules concern-adjective-grave); and foreign citizens
 * "detained in" a state are that state's Coerce of theirs (events.rules coerce-detained-in*). Sentences written
 * for this test.
 */
class TitlesAndRebukesThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/readout-test/";

  private static List<String> represents(String text) {
    List<String> r = SentenceFacts.represents(text, RELEASE);
    System.out.println(text + " => " + r);
    return r;
  }

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void aLongSecondTitleStillReachesTheState() {
    assertThat(represents("The Secretary met today with Qatari Deputy Prime Minister and Minister of Foreign Affairs "
        + "Khalid bin Nasser Al-Marri to discuss regional security."))
        .contains("khalid-bin-nasser-al-marri QAT");
  }

  @Test
  void anAlternatePrimeMinisterIsHisStates() {
    assertThat(represents("The Secretary spoke today with Israeli Alternate Prime Minister and Minister of Defense "
        + "Dan Levinson about the ceasefire."))
        .contains("dan-levinson ISR");
  }

  @Test
  void aStateNotRightBeforeTheFirstTitleIsNotReadThroughTheAnd() {
    // "the" stands between the state and the first title: two people may be meant, the scan stops at "and".
    assertThat(represents("Officials of Qatar and the Deputy Prime Minister and Minister of Foreign Affairs "
        + "Khalid bin Nasser Al-Marri discussed regional security."))
        .doesNotContain("khalid-bin-nasser-al-marri QAT");
  }

  @Test
  void anEnvoyOnAStateServesTheBodyNamedBeforeTheTitle() {
    assertThat(represents("The Deputy Secretary met with UN Special Envoy on Myanmar Christine Hollis today."))
        .contains("christine-hollis UN")
        .doesNotContain("christine-hollis MMR");
  }

  @Test
  void aStateCouncilorIsChinasAndHisShortNameIsHim() {
    List<String> r = represents("The Secretary met with State Councilor and Foreign Minister Li Weimin in Beijing. "
        + "The Secretary and State Councilor Li discussed climate cooperation.");
    assertThat(r).contains("li-weimin CHN");
    assertThat(r).noneMatch(x -> x.startsWith("councilor"));
  }

  @Test
  void deeplyTroubledByAnActRebukesItsDoer() {
    assertThat(facts("The United States is deeply troubled by Iran’s arrest of two journalists."))
        .contains("USA Accuse IRN Asserted");
  }

  @Test
  void troubledWithoutADegreeIsNoRebuke() {
    assertThat(facts("The United States is troubled by Iran’s arrest of two journalists."))
        .noneMatch(f -> f.contains(" Accuse IRN"));
  }

  @Test
  void troubledByADisasterAccusesNoOne() {
    assertThat(facts("The United States is deeply troubled by the floods in Pakistan."))
        .noneMatch(f -> f.contains(" Accuse PAK"));
  }
  @Test
  void citizensDetainedInAStateAreCoercedByIt() {
    assertThat(facts("The Secretary raised the case of a U.S. citizen unjustly detained in Venezuela."))
        .contains("VEN Coerce USA Asserted");
  }

  @Test
  void anAmericanWhoWasDetainedInAStateIsCoercedByIt() {
    assertThat(facts("We welcome the release of an American who had been wrongfully detained in Belarus for a year."))
        .contains("BLR Coerce USA Asserted");
  }

  @Test
  void theCasesOfCitizensDetainedInAStateAreItsCoercion() {
    assertThat(facts("The Deputy Secretary raised the cases of Australian and Japanese citizens detained in Iran."))
        .anyMatch(f -> f.startsWith("IRN Coerce AUS") && f.endsWith("Asserted"))
        .anyMatch(f -> f.startsWith("IRN Coerce JPN") && f.endsWith("Asserted"));
  }

  @Test
  void aStatesOwnPeopleDetainedAtHomeAreNoCoercionBetweenStates() {
    assertThat(facts("Hundreds of Nicaraguans remain imprisoned in Nicaragua for taking part in protests."))
        .noneMatch(f -> f.contains(" Coerce "));
  }

  @Test
  void aMeetingHeldInAStateIsNoDetention() {
    assertThat(facts("The Secretary welcomed the talks with Canadian officials held in Mexico last week."))
        .noneMatch(f -> f.contains(" Coerce "));
  }
}
