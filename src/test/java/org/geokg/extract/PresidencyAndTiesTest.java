package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memberships an organisation's rotating presidency states, and ties parties improve together (issue 13,
 * session 10). Sentences written for this test, on the real pipeline.
 */
class PresidencyAndTiesTest {

  @Test
  void theHolderOfAnOrganisationsPresidencyIsAMember() {
    List<String> found = SentenceFacts.facts("""
        France's presidency of the Council of the European Union ends in June. \
        Japan's G7 presidency will focus on energy security. \
        Indonesia's chairmanship of ASEAN began in January.""");
    // The Council of the European Union acts for the EU: its presidency is held by an EU member.
    assertThat(found).contains("FRA memberOf EU Asserted", "JPN memberOf G7 Asserted", "IDN memberOf ASEAN Asserted");
  }

  @Test
  void aPresidencyNamedByADemonymIsTheStates() {
    assertThat(SentenceFacts.facts(
        "The minister praised the work done during the French Presidency of the Council of the European Union."))
        .contains("FRA memberOf EU Asserted");
  }

  @Test
  void aMembershipStatedByAPresidencyIsAssertedWhateverTheClauseSays() {
    assertThat(SentenceFacts.facts(
        "The ministers discussed plans for the final weeks of Sweden's presidency of the Council of the European Union."))
        .contains("SWE memberOf EU Asserted");
  }

  @Test
  void thePresidencyOfAStateIsNoMembership() {
    assertThat(SentenceFacts.facts("Barack Obama's presidency of the United States ended in 2017."))
        .noneMatch(l -> l.contains("memberOf"));
  }

  @Test
  void partiesThatImproveATypedRelationshipTogetherHoldIt() {
    List<String> found = SentenceFacts.facts("Chile and Peru agreed to deepen economic cooperation.");
    assertThat(found).anyMatch(l -> l.matches("(CHL economicTiesWith PER|PER economicTiesWith CHL) Asserted"));
  }

  @Test
  void aVerbTheParserTakesForANounStillImprovesTheRelationship() {
    // "committed to advance trilateral security cooperation": the parser reads "advance" as a compound.
    List<String> found = SentenceFacts.facts("""
        The foreign ministers of Chile, Peru and Colombia met in Lima. \
        They committed to advance trilateral security cooperation to curb threats from organized crime.""");
    assertThat(found).anyMatch(l -> l.matches("(CHL militaryTiesWith PER|PER militaryTiesWith CHL) Asserted"))
        .anyMatch(l -> l.matches("(COL militaryTiesWith PER|PER militaryTiesWith COL) Asserted"));
  }

  @Test
  void anUntypedRelationshipOrOneWithAThirdPartySaysNothingOfTheSubjects() {
    assertThat(SentenceFacts.facts("Chile and Peru agreed to deepen cooperation."))
        .noneMatch(l -> l.contains("TiesWith"));
    assertThat(SentenceFacts.facts("Brazil and Argentina committed to strengthen security cooperation with Uruguay."))
        .noneMatch(l -> l.matches("(BRA militaryTiesWith ARG|ARG militaryTiesWith BRA).*"));
  }

  @Test
  void backingPledgedIsAStanceNoActOfSupport() {
    List<String> found = SentenceFacts.facts(
        "The United States has announced new sanctions on Russian officials. "
            + "These steps underscore our commitment to supporting Ukraine.",
        "https://www.state.gov/test-release/");
    assertThat(found).contains("USA supports UKR Asserted").noneMatch(l -> l.startsWith("USA Support UKR"));
    assertThat(SentenceFacts.facts("Canada remains committed to assisting Ukraine."))
        .noneMatch(l -> l.startsWith("CAN Aid UKR") || l.startsWith("CAN Support UKR"));
    // Support given is still an act.
    assertThat(SentenceFacts.interactions("Chile thanked Peru and supported Bolivia's bid."))
        .anyMatch(l -> l.startsWith("CHL Support"));
  }
}
