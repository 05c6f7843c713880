package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30: a danger (lexicon posed_threat_nouns: threat, challenge, danger, menace) that a named actor poses,
 * taken up by the clause's subject ("discussed the challenges posed by Iran", "the challenges China and Russia
 * pose to the order"), is that subject's wariness of the actor (ties.rules wary-of-posed-threat*). A thing that
 * poses a danger names no actor. Sentences written for this test.
 */
class PosedThreatThirtyTest {

  private static final String RELEASE = "https://www.state.gov/secretary-blinkens-call/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void challengesAPartyPosesInARelativeClauseMakeBothSidesWary() {
    assertThat(facts("Secretary Blinken met with Australian Foreign Minister Marise Payne. They discussed the "
        + "challenges that China and Russia pose to the international order."))
        .contains("USA waryOf CHN Asserted", "USA waryOf RUS Asserted", "AUS waryOf CHN Asserted",
            "AUS waryOf RUS Asserted");
  }

  @Test
  void aDangerPosedByAPartysActIsWarinessOfTheParty() {
    assertThat(facts("Norway and Denmark discussed the danger posed by Russia's military buildup near Ukraine."))
        .contains("NOR waryOf RUS Asserted", "DNK waryOf RUS Asserted");
  }

  @Test
  void threatsPosedByAStateInAListAreRead() {
    // "the threats posed by Iran and U.S. support for …": the parser may make "threats" the subject of "posed".
    assertThat(facts("The United States and Israel discussed a range of shared security challenges, including the "
        + "threats posed by Iran and U.S. support for Israel's security."))
        .contains("USA waryOf IRN Asserted", "ISR waryOf IRN Asserted")
        .noneMatch(f -> f.contains("waryOf ISR") || f.contains("waryOf USA"));
  }

  @Test
  void aPartnerFacingChallengesPosedByAStateIsWaryOfIt() {
    assertThat(facts("Canada has been a vital partner in contending with challenges posed by Iran."))
        .contains("CAN waryOf IRN Asserted");
  }

  @Test
  void aThreatPosedByAThingNamesNoActor() {
    assertThat(facts("Sweden and Finland discussed the threat posed by the virus and the risks posed by the pipeline."))
        .noneMatch(f -> f.contains(" waryOf "));
  }

  @Test
  void helpProvidedByAStateIsNoWariness() {
    // Guard: only a noun of danger is read; a participle "provided by" is not.
    assertThat(facts("Sweden and Finland discussed the support provided by Japan to the region."))
        .noneMatch(f -> f.contains(" waryOf "));
  }

  @Test
  void aThreatStatedInTheMainClauseIsNotReadByTheseRules() {
    // Guard: only a danger noun taken up by someone is read; "X poses a threat to Y" says whose danger, not
    // who is wary, and stays unread as before.
    assertThat(facts("Russia poses a threat to Georgia."))
        .noneMatch(f -> f.contains(" waryOf "));
  }
}
