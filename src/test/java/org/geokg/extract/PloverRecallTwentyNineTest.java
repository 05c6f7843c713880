package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29, PLOVER recall: relief goods (or a quantity of them) carried to a party are Aid
 * (rule aid-ship-relief-to), and a hostile act announced as decided with a past-tense "would" is the act,
 * not a threat (EventConventions.announcedDecision). Sentences written for this test.
 */
class PloverRecallTwentyNineTest {

  private static final String NEWS = "https://example.org/news/2026/12/07/item";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, NEWS));
  }

  @Test
  void reliefGoodsSentToAStateAreAidToIt() {
    assertThat(facts("Norway sent rice to Malawi.")).contains("NOR Aid MWI Asserted");
  }

  @Test
  void aQuantityOfReliefGoodsShippedToAStateIsAidToIt() {
    assertThat(facts("Brazil shipped 800 tonnes of wheat to Bolivia on Friday.")).contains("BRA Aid BOL Asserted");
    assertThat(facts("Qatar delivered two planeloads of tents and blankets to Afghanistan."))
        .contains("QAT Aid AFG Asserted");
  }

  @Test
  void reliefGoodsToBeSentArePlannedAid() {
    assertThat(facts("Japan will send food to Madagascar.")).contains("JPN Aid MDG Planned");
  }

  @Test
  void goodsThatAreNoReliefAreNoAid() {
    // Guard: "send" alone names no class; neither a letter nor smuggled goods are aid.
    assertThat(facts("Portugal sent a letter to Angola.")).noneMatch(f -> f.contains(" Aid "));
    assertThat(facts("The gang shipped cocaine to Italy.")).noneMatch(f -> f.contains(" Aid "));
  }

  @Test
  void aSanctionAnnouncedAsDecidedIsTheSanction() {
    assertThat(facts("Poland announced on Monday it would expel three Belarusian diplomats."))
        .contains("POL Sanction BLR-GOV Asserted")
        .noneMatch(f -> f.startsWith("POL Threaten"));
  }

  @Test
  void aSanctionSaidToComeStaysAThreat() {
    // Guard: "said it would …" is an intention, a threat (CAMEO 13), not the act.
    assertThat(facts("Algeria said it would cut gas supplies to Spain."))
        .contains("DZA Threaten ESP Asserted")
        .doesNotContain("DZA Sanction ESP Asserted");
  }

  @Test
  void anAnnouncedSanctionWithAConditionStaysAThreat() {
    // Guard: "… unless Y …" makes an announcement an ultimatum, a threat.
    assertThat(facts("Chile announced it would impose tariffs on Peruvian goods unless Peru lifted its quotas."))
        .contains("CHL Threaten PER Asserted")
        .doesNotContain("CHL Sanction PER Asserted");
  }
}
