package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meetings a readout names rather than tells (session 23, s23-joint), on sentences written for this
 * test: a dialogue named by its two parties joined by a hyphen, a visitor welcomed to a place, a
 * delegation hosted or received, and an MOU signed; with the guards that keep a body, a trilateral name
 * and a state welcomed into an alliance out.
 */
class JointTwentyThreeTest {

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text);
    System.out.println("J23 " + text + " -> " + f);
    return f;
  }

  @Test
  void aDialogueNamedByItsTwoPartiesIsAMeetingFromTheFirstNamed() {
    assertThat(show("Secretary Blinken and Foreign Minister Bourita opened the U.S.-Morocco Strategic Dialogue in Rabat."))
        .contains("USA Consult MAR Asserted");
    assertThat(show("The second Canada-Mexico high-level dialogue was held in Ottawa on Friday."))
        .contains("CAN Consult MEX Asserted");
  }

  @Test
  void aPairedDialogueTakesItsClausesModality() {
    assertThat(show("Chile will host the next round of the Chile-Peru strategic talks in Santiago."))
        .contains("CHL Consult PER Planned")
        .doesNotContain("CHL Consult PER Asserted");
  }

  @Test
  void aThirdPartyOnTheHyphenOrABodyIsNoPairedMeeting() {
    assertThat(show("The delegates gathered ahead of the Australia-India-Japan trilateral summit."))
        .noneMatch(x -> x.contains("Consult"));
    assertThat(show("The U.S.-Ghana Commercial Working Group released its annual report."))
        .noneMatch(x -> x.contains("Consult"));
  }

  @Test
  void aVisitorWelcomedToAPlaceIsAVisitHosted() {
    assertThat(show("President Lula welcomed German Chancellor Olaf Scholz to Brasilia on Monday."))
        .anyMatch(x -> x.startsWith("luiz-inacio-lula-da-silva Consult") || x.startsWith("BRA Consult")
            || x.matches(".* Consult (olaf-scholz|DEU) Asserted"));
  }

  @Test
  void aStateWelcomedIntoAnAllianceIsNoVisit() {
    assertThat(show("Norway welcomed Sweden to NATO after the ratification vote."))
        .noneMatch(x -> x.contains("Consult"));
  }

  @Test
  void aDelegationStandsForTheStateItComesFrom() {
    assertThat(show("Ghana hosted a delegation from Senegal for talks on fisheries."))
        .contains("GHA Consult SEN Asserted");
    assertThat(show("Peru received an Ecuadorian delegation in Lima last week."))
        .contains("PER Consult ECU Asserted");
  }

  @Test
  void anMouSignedWithAPartyIsAnAgreement() {
    assertThat(show("Kenya signed an MOU with Uganda on cross-border electricity trade."))
        .contains("KEN Agree UGA Asserted");
  }

  @Test
  void coHostsOfGuestsWorkTogetherButTheirOwnMeetingIsNoCooperation() {
    assertThat(show("Ecuador and Colombia co-hosted officials from thirty countries in Quito."))
        .contains("ECU Cooperate COL Asserted");
    assertThat(show("Ecuador and Colombia co-hosted the fourth meeting of their border commission."))
        .doesNotContain("ECU Cooperate COL Asserted");
  }
}
