package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24 (s24-prec): an appeal verb the tagger reads as a noun ("… for cross-border violence and urge
 * countries to work together …") is repaired to the verb it is (AppealNounRepair), so the appealers are
 * not said to work with each other; and what is needed ("we need to help X") is not said to be done
 * (need in appeal_words). Sentences written for this test.
 */
class AppealTwentyFourTest {

  private static final String RELEASE = "https://www.state.gov/a-joint-statement/";

  @Test
  void theCountriesUrgedToWorkTogetherAreNotTheAppealers() {
    // The tagger reads this "urge" as a noun conjoined to "violence" (checked with CoreNLP 4.5).
    String text = "Japan and India deplore the financing of militant proxies for cross-border violence and urge"
        + " countries to work together to cut their funding.";
    assertThat(SentenceFacts.interactions(text, RELEASE))
        .noneMatch(f -> f.startsWith("JPN Cooperate IND") || f.startsWith("IND Cooperate JPN"));
  }

  @Test
  void anAppealReadAsAVerbIsLeftAsItIs() {
    // Same shape, tagged a verb by CoreNLP: the addressee is asked, the appealers do not release anyone.
    String text = "Australia and Japan denounce the spread of armed groups across the region and urge Myanmar to"
        + " release the detained aid workers.";
    assertThat(SentenceFacts.interactions(text, RELEASE))
        .anyMatch(f -> f.startsWith("AUS Demand MMR"))
        .noneMatch(f -> f.startsWith("AUS Retreat") && f.endsWith("Asserted"));
  }

  @Test
  void anActThatIsNeededIsNotDone() {
    assertThat(SentenceFacts.interactions("We need to help the people of Moldova through the winter.", RELEASE))
        .noneMatch(f -> f.contains(" Aid ") && f.endsWith("Asserted"));
  }

  @Test
  void anActDoneForThoseInNeedStaysAsserted() {
    // A noun "needs" as an object does not govern the act beside it.
    assertThat(SentenceFacts.interactions("The United States sent humanitarian aid to Ukraine to meet the urgent"
        + " needs of its people.", RELEASE))
        .anyMatch(f -> f.startsWith("USA Aid UKR") && f.endsWith("Asserted"));
  }
}
