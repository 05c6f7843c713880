package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts in statements (issue 12, session 9): the authors a joint statement's opening names, partners
 * named by a demonym or region, a group's adjectival name, subjects of "united in", "committed to", and
 * the parties that agree to a thing together. Sentences written for this test, on the real pipeline.
 */
class StatementActorsTest {
  private static final String PUBLISHER = "https://www.state.gov/test-release/";

  @Test
  void aJointStatementByTheGovernmentsOfSeveralStatesIsEachOfTheirs() {
    List<String> found = SentenceFacts.interactions("""
        The following is the text of a joint statement by the Governments of Chile and Peru.

        Begin text:

        We condemn the attack by Iran on merchant shipping.""", PUBLISHER);
    assertThat(found).contains("CHL Accuse IRN Asserted", "PER Accuse IRN Asserted");
  }

  @Test
  void aStatementFromSeveralMinistersIsEachOfTheirStates() {
    List<String> found = SentenceFacts.interactions("""
        The following is a statement from the Foreign Ministers of Chile, Peru and Uruguay.

        We condemn the attack by Iran on merchant shipping.""", null);
    assertThat(found).contains("CHL Accuse IRN Asserted", "PER Accuse IRN Asserted", "URY Accuse IRN Asserted");
  }

  @Test
  void theAuthorsEndWhereThePhraseOfTheOccasionBegins() {
    // Brazil is where the dialogue took place, not an author.
    List<String> found = SentenceFacts.interactions("""
        The following is the text of a joint statement by Chile and Peru on the occasion of their dialogue in Brazil.

        We condemn the attack by Iran on merchant shipping.""", null);
    assertThat(found).contains("CHL Accuse IRN Asserted", "PER Accuse IRN Asserted")
        .noneMatch(l -> l.startsWith("BRA "));
  }

  @Test
  void aStatementTheTextTalksAboutNamesNoAuthor() {
    // No "The following …": the statement by France and Germany is what Chile welcomes, not this text's.
    List<String> found = SentenceFacts.interactions("""
        Chile welcomes the statement by the Governments of France and Germany on Iran. \
        We condemn the attack by Iran on merchant shipping.""", null);
    assertThat(found).noneMatch(l -> l.startsWith("FRA Accuse") || l.startsWith("DEU Accuse"));
  }

  @Test
  void partnersNamedByADemonymOrRegionAreFriendsOfTheirPossessor() {
    List<String> found = SentenceFacts.facts("""
        The United States will continue to support our Ukrainian partners. \
        The United States coordinated the designations with our Gulf partners. \
        We will keep working with our partners.""", PUBLISHER);
    assertThat(found).contains("USA friendlyWith UKR Asserted", "USA friendlyWith gulf Asserted")
        .filteredOn(l -> l.contains("friendlyWith")).hasSize(2);
  }

  @Test
  void aGroupsAdjectivalNameIsTheGroup() {
    assertThat(SentenceFacts.interactions("Houthi forces attacked Saudi Arabia on Sunday."))
        .contains("HOUTHIS Assault SAU Asserted");
  }

  @Test
  void theSubjectOfUnitedInCallingForIsTheCaller() {
    assertThat(SentenceFacts.interactions("Chile and Peru are united in calling for Venezuela to release all political prisoners."))
        .contains("CHL Demand VEN Asserted", "PER Demand VEN Asserted");
    assertThat(SentenceFacts.interactions("Chile called for Venezuela to release all political prisoners."))
        .contains("CHL Demand VEN Asserted");
  }

  @Test
  void whoIsCommittedToSupportingAnActorSupportsIt() {
    assertThat(SentenceFacts.facts("Chile is committed to supporting Peru.")).contains("CHL supports PER Asserted");
  }

  @Test
  void partiesThatAgreeToAThingTogetherAgreeWithEachOther() {
    assertThat(SentenceFacts.interactions("""
        Chile and Peru held talks in Lima on Monday. \
        Both sides agreed to the sharing of expertise on fisheries."""))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    assertThat(SentenceFacts.interactions("Chile and Peru committed to a framework of expanded cooperation."))
        .contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    // A thing of another party: agreeing to it is no agreement between the two.
    assertThat(SentenceFacts.interactions("""
        Chile and Peru held talks in Lima on Monday. They agreed to Bolivia's proposal."""))
        .noneMatch(l -> l.startsWith("CHL Agree PER") || l.startsWith("PER Agree CHL"));
  }

  @Test
  void pacificIslandCountriesAreTheIslandStatesNotOceania() {
    assertThat(SentenceFacts.interactions("Japan signed an agreement with Pacific Island countries on fisheries."))
        .anyMatch(l -> l.startsWith("JPN Agree pacific-islands"))
        .noneMatch(l -> l.contains("oceania"));
  }
}
