package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: an event noun in the "for" complement of a verb of credit_verbs ("thanked X for providing
 * assistance to Y", "will thank X for joining sanctions on Y") is the act of the one credited, done
 * already whatever the thanking's modality; the thanking stays the thanker's Support of the one thanked.
 * Guards: a noun owned by a party of its own, a party named in the noun's compound without a gerund, and a
 * courtesy to the thanker ("for hosting us") give the one thanked no act. Sentences written for this test.
 */
class CreditedActsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/the-secretary-thanks-a-partner/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aGerundModifyingTheNounIsTheThankedOnesAct() {
    assertThat(facts("The United States thanked Japan for providing humanitarian assistance to Ukraine."))
        .contains("JPN Aid UKR Asserted")
        .contains("USA Support JPN Asserted");
  }

  @Test
  void aPlannedThankingCreditsAnActAlreadyDone() {
    assertThat(facts("She will also thank Chile for joining EU sanctions on Russia."))
        .contains("CHL Sanction RUS Asserted");
  }

  @Test
  void aGerundClauseWithTheNounAsItsObject() {
    assertThat(facts("The Secretary thanked Norway for joining the sanctions on Russia."))
        .contains("NOR Sanction RUS Asserted");
  }

  @Test
  void aNounOwnedByAnotherPartyIsThatPartysAct() {
    assertThat(facts("The United States thanked Japan for Germany's assistance to Ukraine."))
        .doesNotContain("JPN Aid UKR Asserted");
  }

  @Test
  void aPartyInTheNounsCompoundWithoutAGerundIsNotTheThankedOne() {
    assertThat(facts("The Foreign Minister thanked Japan for U.S. assistance to Ukraine."))
        .noneMatch(f -> f.startsWith("JPN Aid"));
  }

  @Test
  void aCourtesyToTheThankerIsNoActOnAThirdParty() {
    assertThat(facts("Secretary Blinken thanked Qatar for hosting us in Doha."))
        .noneMatch(f -> f.startsWith("QAT ") && !f.contains(" USA "));
  }

  @Test
  void anAppealCreditedIsNoActOfItsOwner() {
    // "for" here is what the calls ask, not what the Secretary commends the owner for.
    assertThat(facts("The Secretary commended Peru's repeated calls for the withdrawal of Russian troops."))
        .noneMatch(f -> f.startsWith("PER Retreat"));
  }
}
