package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the officials of a readout represent, and the ties a readout names, on the real pipeline with
 * sentences written for this test: a title's portfolio between the title and the name, a government
 * body before a title, the U.S. federal ranks, the leader of a state's delegation; a relationship the
 * coordinated parties hold, and one named by two actors joined by a hyphen.
 */
class ReadoutActorsTest {

  private static List<String> represents(String text) {
    return SentenceFacts.represents(text);
  }

  @Test
  void aTitlesPortfolioIsReadThroughToTheStateBeforeIt() {
    assertThat(represents("Portuguese Minister of Infrastructure and Housing Marta Pereira visited Luanda."))
        .contains("marta-pereira PRT");
    assertThat(represents("Chilean Minister for Mining and Energy Rosa Fuentes met Peruvian officials."))
        .contains("rosa-fuentes CHL");
  }

  @Test
  void aListOfPeopleIsNoPortfolio() {
    // The comma ends the first official's portfolio; the name after it is someone else's.
    assertThat(represents("The ceremony was attended by Amina Odhiambo, Kenyan Minister of Health and Sanitation, "
        + "Tomas Lindqvist, Administrator of the agency, and others.")).doesNotContain("tomas-lindqvist KEN");
  }

  @Test
  void theUsFederalRanksAndAGovernmentBodyBeforeATitleGiveTheUnitedStates() {
    assertThat(represents("Assistant Secretary for Consular Affairs Dana Whitfield met the delegation."))
        .contains("dana-whitfield USA");
    assertThat(represents("Under Secretary of Energy for Science Paul Grayson spoke at the forum."))
        .contains("paul-grayson USA");
    assertThat(represents("Department of the Treasury Press Secretary Helen Marsh opened the session."))
        .contains("helen-marsh USA");
  }

  @Test
  void partiesThatShareARelationshipHoldItTowardEachOther() {
    assertThat(SentenceFacts.facts("Ghana and Togo share close ties.")).contains("GHA friendlyWith TGO Asserted");
    assertThat(SentenceFacts.facts("Ghana and Togo enjoy strong economic relations."))
        .anyMatch(f -> f.matches("(GHA|TGO) economicTiesWith (GHA|TGO) Asserted"));
    // An untyped relationship says nothing; one held toward a third party is not the parties' tie.
    assertThat(SentenceFacts.facts("Ghana and Togo have a relationship.")).noneMatch(f -> f.contains("With"));
    assertThat(SentenceFacts.facts("Ghana and Togo have close ties with Benin.")).noneMatch(f -> f.contains("GHA friendlyWith TGO"));
  }

  @Test
  void twoActorsJoinedByAHyphenNameTheirTie() {
    assertThat(SentenceFacts.facts("Officials praised the strong Chile-Peru partnership."))
        .anyMatch(f -> f.matches("(CHL|PER) friendlyWith (CHL|PER) Asserted"));
    assertThat(SentenceFacts.facts("The Australia-Japan alliance was discussed."))
        .anyMatch(f -> f.matches("(AUS|JPN) alliedWith (AUS|JPN) Asserted"));
    assertThat(SentenceFacts.facts("The Chile-Peru border commission met.")).noneMatch(f -> f.contains("With"));
  }

  @Test
  void whoeverLeadsAStatesDelegationRepresentsIt() {
    assertThat(represents("Director General Tomas Lindqvist led the Swedish delegation."))
        .contains("tomas-lindqvist SWE");
    assertThat(represents("Talks began after the Kenyan delegation led by Grace Wanjiru arrived in Oslo."))
        .contains("grace-wanjiru KEN");
    // Leading a delegation of no state says nothing of whom the leader represents.
    assertThat(represents("Grace Wanjiru led the trade delegation.")).noneMatch(r -> r.startsWith("grace-wanjiru"));
  }
}
