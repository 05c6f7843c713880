package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (ties): ties and stances stated as noun phrases. A partnership named by a hyphen pair is a
 * friendly tie by itself; a hyphen pair's relationship whose strength or years are marked is one too; a
 * typed relationship or a partnership "between X and Y" holds between them; "our NATO Ally Estonia" is a
 * member of NATO; a commitment to another's defence is a military tie. Guards: an untyped relationship says nothing, a hoped-for partnership is planned, "no
 * partnership" is none, another organisation's "partner" is no member. Sentences written for this test.
 */
class TieNounsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/secretarys-meeting-with-a-foreign-minister/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  private static boolean tie(String f, String a, String relation, String b, String modality) {
    return f.equals(a + " " + relation + " " + b + " " + modality) || f.equals(b + " " + relation + " " + a + " " + modality);
  }

  @Test
  void aHyphenPairsPartnershipIsFriendlyWithNoModifier() {
    assertThat(facts("Today the Secretary celebrated the U.S.-Chilean partnership."))
        .anyMatch(f -> tie(f, "USA", "friendlyWith", "CHL", "Asserted"));
  }

  @Test
  void aHyphenPairsPartnershipTakesItsModifiersKind() {
    assertThat(facts("The officials reviewed the U.S.-Moroccan security partnership."))
        .anyMatch(f -> tie(f, "USA", "militaryTiesWith", "MAR", "Asserted"));
  }

  @Test
  void theStrengthOfAHyphenPairsRelationshipIsFriendly() {
    assertThat(facts("Officials marked the strength and depth of the U.S.-Peruvian bilateral relationship."))
        .anyMatch(f -> tie(f, "USA", "friendlyWith", "PER", "Asserted"));
  }

  @Test
  void anAnniversaryOfAHyphenPairsRelationsIsFriendly() {
    assertThat(facts("This year is the 60th anniversary of U.S.-Kenyan diplomatic relations."))
        .anyMatch(f -> tie(f, "USA", "friendlyWith", "KEN", "Asserted"));
  }

  @Test
  void anUntypedHyphenPairsRelationsSayNothing() {
    assertThat(facts("Observers discussed U.S.-Chinese relations."))
        .noneMatch(f -> f.contains("friendlyWith"));
  }

  @Test
  void aTypedPartnershipBetweenTwoStatesHoldsBetweenThem() {
    assertThat(facts("The minister praised the close partnership between Norway and Canada."))
        .anyMatch(f -> tie(f, "NOR", "friendlyWith", "CAN", "Asserted"));
  }

  @Test
  void anUntypedRelationshipBetweenTwoStatesSaysNothing() {
    assertThat(facts("Analysts studied the relationship between Russia and China."))
        .noneMatch(f -> f.contains("friendlyWith"));
  }

  @Test
  void noPartnershipIsNone() {
    assertThat(facts("There is no partnership between Iran and Canada."))
        .noneMatch(f -> f.contains("friendlyWith"));
  }

  @Test
  void aHopedForPartnershipIsPlanned() {
    assertThat(facts("The two leaders hope to build a new partnership between Brazil and Chile."))
        .noneMatch(f -> tie(f, "BRA", "friendlyWith", "CHL", "Asserted"))
        .anyMatch(f -> tie(f, "BRA", "friendlyWith", "CHL", "Planned"));
  }

  @Test
  void anOrganisationsAllyIsItsMember() {
    assertThat(facts("The Secretary welcomed our NATO Ally and EU partner Estonia to the talks."))
        .anyMatch(f -> f.equals("EST memberOf NATO Asserted"))
        .noneMatch(f -> f.startsWith("EST memberOf EU"));
  }

  @Test
  void anApposedOrganisationsAllyIsItsMember() {
    assertThat(facts("The Secretary met with Foreign Minister Tsahkna of Estonia, our NATO Ally, in Washington."))
        .anyMatch(f -> f.equals("EST memberOf NATO Asserted"));
  }

  @Test
  void aRegionsAlliesOrAnOrganisationsPartnerAreNoMembers() {
    assertThat(facts("The Secretary praised our EU partner Ukraine and our Baltic Allies."))
        .noneMatch(f -> f.contains("memberOf"));
  }

  @Test
  void aCommitmentToAnothersDefenceIsAMilitaryTie() {
    assertThat(facts("The Deputy Secretary reaffirmed the ironclad U.S. commitment to the defense of Japan."))
        .anyMatch(f -> tie(f, "USA", "militaryTiesWith", "JPN", "Asserted"));
  }

  @Test
  void aCommitmentToAnothersSovereigntyIsNoMilitaryTie() {
    assertThat(facts("The Deputy Secretary reaffirmed the ironclad U.S. commitment to the sovereignty of Ukraine."))
        .noneMatch(f -> f.contains("militaryTiesWith"));
  }
}
