package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (s31-fgK): a transcript's speaker label in capitals ("SECRETARY BLINKEN:", "FOREIGN MINISTER
 * HAYASHI:") names its person ({@code EntityLinker.linkTurnLabel}); a travel release's "In <State>," places
 * the hosts met in that stop's paragraph even when the sentence names an organisation ({@link VisitHosts});
 * an unplaced minister or head listed with officials of one state is that state's ({@link
 * ConjoinedOfficials}). Sentences written for this test (documents dated 2023-05-02).
 */
class SpeakersAndHostsThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/speakers-and-hosts-test/";

  private static List<String> represents(String text) {
    return SentenceFacts.shown(text, SentenceFacts.represents(text, RELEASE));
  }

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  // Transcript labels.

  @Test
  void speakerLabelsNameTheTabledOfficeHolders() {
    assertThat(represents("""
        SECRETARY BLINKEN: Good afternoon, everyone. It is good to see you again.

        FOREIGN MINISTER HAYASHI: Thank you. It is a pleasure to be here."""))
        .contains("antony-blinken USA", "yoshimasa-hayashi JPN");
  }

  @Test
  void aPlacedSpeakersWeIsTheirSide() {
    // Before, a "FOREIGN MINISTER" label of no known person was another state's unplaced voice: no "we".
    assertThat(facts("""
        SECRETARY BLINKEN: Welcome to Washington.

        FOREIGN MINISTER HAYASHI: Thank you. We strongly support Ukraine's sovereignty."""))
        .contains("JPN supports UKR Asserted");
  }

  @Test
  void aLabelOfAnOfficeHolderOutOfOfficeNamesNoOne() {
    assertThat(represents("""
        PRESIDENT OBAMA: Thank you all for coming.

        QUESTION: Thank you, sir."""))
        .noneMatch(r -> r.startsWith("barack-obama"));
  }

  @Test
  void aLabelWithOnlyAFormOfAddressNamesNoTabledPerson() {
    // "Nauseda" alone is a name the table lists; "MS" is no office, so no Lithuanian president is read.
    assertThat(represents("""
        MS NAUSEDA: Thank you for having me.

        QUESTION: Thank you."""))
        .noneMatch(r -> r.startsWith("gitanas-nauseda"));
  }

  // Hosts of a stop.

  @Test
  void aStopsStateCarriesToTheNextSentenceOfItsParagraph() {
    assertThat(represents("In Laos, Assistant Secretary Kritenbrink will lead the bilateral dialogue. He will meet "
        + "with Foreign Minister Saleumxay Kommasith and officials from the Mekong River Commission."))
        .contains("saleumxay-kommasith LAO");
  }

  @Test
  void aStopsStateOutweighsAnOrganisationTheSentenceNames() {
    assertThat(represents("In Cambodia, Assistant Secretary Kritenbrink will meet with Deputy Prime Minister Prak "
        + "Sokhonn to discuss U.S. support for Cambodia's year as ASEAN Chair."))
        .contains("prak-sokhonn KHM");
  }

  @Test
  void aStopsStateEndsWithItsParagraph() {
    assertThat(represents("""
        In Laos, Assistant Secretary Kritenbrink will lead the bilateral dialogue.

        The Assistant Secretary will also meet with Foreign Minister Saleumxay Kommasith."""))
        .noneMatch(r -> r.equals("saleumxay-kommasith LAO"));
  }

  @Test
  void aGatheringAtTheStopStillHostsOtherStates() {
    assertThat(represents("In Belgium, the Secretary will attend the NATO Ministerial and meet with Foreign "
        + "Minister Saleumxay Kommasith."))
        .noneMatch(r -> r.equals("saleumxay-kommasith BEL"));
  }

  // Officials listed with one state's.

  @Test
  void aSecondTitleInTheListTakesTheFirstOnesState() {
    assertThat(represents("Deputy Secretary Sherman met separately with Republic of Korea Minister of Unification "
        + "Kwon Young-se and Vice Minister of Unification Kim Ki-woong on Tuesday."))
        .contains("kim-ki-woong KOR");
  }

  @Test
  void aMinisterListedWithAPlacedPresidentIsOfHisState() {
    assertThat(represents("Secretary Blinken met with President Gitanas Nauseda and Foreign Minister Gabrielius "
        + "Landsbergis in Washington."))
        .contains("gabrielius-landsbergis LTU");
  }

  @Test
  void aListOfTwoStatesOfficialsPlacesNoOne() {
    assertThat(represents("Secretary Blinken met with Japanese Foreign Minister Hayashi, Korean Foreign Minister "
        + "Park Jin, and Foreign Minister Tomas Varga."))
        .noneMatch(r -> r.startsWith("tomas-varga"));
  }

  @Test
  void theConjoinedSubjectsOfAMeetingAreTwoSides() {
    assertThat(represents("Under Secretary Nuland and Deputy Foreign Minister Tomas Varga, with their respective "
        + "delegations, met in Ankara on Tuesday."))
        .noneMatch(r -> r.equals("tomas-varga USA"));
  }

  @Test
  void aMinisterListedWithHisGovernmentIsOfItsState() {
    assertThat(represents("We are grateful to Prime Minister Tomas Varga and the Government of Georgia for their "
        + "role."))
        .contains("tomas-varga GEO");
  }

  @Test
  void anEnvoyPlacedByDefaultPlacesNoOneElse() {
    // "Ambassador X" with no state is taken for the publisher's envoy: a default, not read from the text.
    assertThat(represents("Secretary Blinken met with Ambassador Tomas Varga and Deputy Minister Jonas Petraitis."))
        .noneMatch(r -> r.equals("jonas-petraitis USA"));
  }

  @Test
  void aListedPersonWithNoOfficeIsNotPlaced() {
    assertThat(represents("Secretary Blinken met with President Gitanas Nauseda and civil society leader Tomas Varga."))
        .noneMatch(r -> r.startsWith("tomas-varga"));
  }
}
