package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: a named member or leader of a state's delegation ("a Kenyan government delegation that
 * included Foreign Minister X, Secretary of the Treasury Y, and National Security Advisor Z", "the Ghanaian
 * delegation included X", "X and Y led the Thai delegation", "the Peruvian delegation, led by X") represents
 * that state, not the state a title's table gives ("Secretary of the Treasury" is the United States' office
 * only when the text names no other state). A delegation of no named state says nothing, and a state the
 * title itself names ("U.S. Ambassador to Zambia X") still wins. Sentences written for this test.
 */
class DelegationMembersTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/deputy-secretarys-meeting-with-a-delegation/";

  private static List<String> represents(String text) {
    List<String> r = SentenceFacts.represents(text, RELEASE);
    System.out.println(text + " => " + r);
    return r;
  }

  @Test
  void membersOfAStatesDelegationThatIncludedAreThatStates() {
    assertThat(represents("Deputy Secretary Wendy Sherman met today in Washington with a Kenyan government delegation"
        + " that included Foreign Minister Raychelle Omamo, Secretary of the Treasury Ukur Yatani, and National"
        + " Security Advisor Monica Juma."))
        .contains("raychelle-omamo KEN", "ukur-yatani KEN", "monica-juma KEN", "wendy-sherman USA")
        .doesNotContain("raychelle-omamo USA", "ukur-yatani USA", "monica-juma USA");
  }

  @Test
  void aDelegationAsTheSubjectOfIncluded() {
    assertThat(represents("The Ghanaian delegation included Deputy Minister of Finance Kwaku Mensah, Central Bank"
        + " Governor Ernest Addison, and Minister of Trade Alan Kyerematen."))
        .contains("kwaku-mensah GHA", "ernest-addison GHA", "alan-kyerematen GHA");
  }

  @Test
  void theSecondOfTwoLeadersOfADelegation() {
    assertThat(represents("Assistant Secretary of State Daniel Kritenbrink led the U.S. delegation while Permanent"
        + " Secretary Niran Chaiyaporn and Permanent Secretary of the Ministry of Defense General Somchai Prasert led"
        + " the Thai delegation."))
        .contains("daniel-kritenbrink USA", "somchai-prasert THA");
  }

  @Test
  void aDelegationLedByATitleOfTheTable() {
    assertThat(represents("The Peruvian delegation, led by Secretary of Commerce Carlos Rivera, arrived in"
        + " Washington on Monday."))
        .contains("carlos-rivera PER")
        .doesNotContain("carlos-rivera USA");
  }

  @Test
  void aDelegationOfNoNamedStateSaysNothing() {
    assertThat(represents("Secretary Blinken met with a delegation that included Foreign Minister Kwame Boateng and"
        + " Secretary of the Treasury Janet Yellen."))
        .contains("janet-yellen USA")
        .noneMatch(r -> r.startsWith("kwame-boateng "));
  }

  @Test
  void aStateTheTitleNamesStillWins() {
    assertThat(represents("The Zambian delegation included U.S. Ambassador to Zambia Michael Gonzales and Foreign"
        + " Minister Stanley Moyo."))
        .contains("michael-gonzales USA", "stanley-moyo ZMB")
        .doesNotContain("michael-gonzales ZMB");
  }

  @Test
  void aLaterTableTitleDoesNotUndoTheDelegation() {
    assertThat(represents("The Kenyan delegation included Secretary of the Treasury Ukur Yatani. Secretary of the"
        + " Treasury Yatani thanked the United States for its support."))
        .contains("ukur-yatani KEN")
        .doesNotContain("ukur-yatani USA");
  }
}
