package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the ministers or leaders of an organisation named by the states they are "of" ("the G7
 * foreign ministers of Canada, France, ... and the United States") make each of those states a member of
 * the organisation (rule member-office-of, lexicon member_office_nouns). Organisations only, plural
 * ministers and leaders only. Sentences written for this test.
 */
class MembershipTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/joint-statement-of-ministers/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void theMinistersOfAListOfStatesAreMembersOfTheirOrganisation() {
    assertThat(facts("This statement was issued by the NATO defence ministers of Poland, Estonia and Latvia."))
        .contains("POL memberOf NATO Asserted", "EST memberOf NATO Asserted", "LVA memberOf NATO Asserted");
  }

  @Test
  void theSpeakingMinistersOfAListAreMembersToo() {
    assertThat(facts("We, the G7 finance ministers of Japan, Italy, and the United Kingdom, welcome the decision."))
        .contains("JPN memberOf G7 Asserted", "ITA memberOf G7 Asserted", "GBR memberOf G7 Asserted");
  }

  @Test
  void ministersWithNoOrganisationMakeNoMembership() {
    assertThat(facts("The defence ministers of Poland and Estonia met in Riga on Tuesday."))
        .noneMatch(f -> f.contains("memberOf"));
  }

  @Test
  void ambassadorsToABodyAreNoSignOfMembership() {
    // An envoy to a body can be a non-member's: only ministers and leaders are read.
    assertThat(facts("The EU ambassadors of Norway and Iceland met in Brussels on Tuesday."))
        .noneMatch(f -> f.contains("memberOf"));
  }
}
