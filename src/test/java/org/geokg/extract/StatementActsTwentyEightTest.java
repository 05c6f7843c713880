package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: the acts a statement's own "we" does in saying it: appreciating another actor's act
 * (Support), expecting or calling upon another actor to act (Demand), taking note of an act with
 * disappointment (Accuse). Sentences written for this test; "we" is the publisher of a state.gov release.
 */
class StatementActsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/statement-on-recent-events/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void appreciatingAnActorsEffortsIsSupport() {
    assertThat(facts("We appreciate Norway's efforts to broker a ceasefire between the parties."))
        .anyMatch(f -> f.startsWith("USA Support NOR"));
  }

  @Test
  void appreciatingAnActorDirectlyIsSupport() {
    assertThat(facts("We deeply appreciate the Government of Chile for its generous contribution to the fund."))
        .anyMatch(f -> f.startsWith("USA Support CHL"));
  }

  @Test
  void appreciatingAnOpportunityIsNoSupport() {
    assertThat(facts("We appreciate the opportunity to meet Kenya's foreign minister in Nairobi."))
        .noneMatch(f -> f.startsWith("USA Support"));
  }

  @Test
  void expectingAnActorToActIsDemand() {
    assertThat(facts("We expect the Government of Peru to hold the elections on time."))
        .anyMatch(f -> f.startsWith("USA Demand PER"));
  }

  @Test
  void expectingToMeetIsNoDemand() {
    assertThat(facts("We expect to meet Peru's new foreign minister in Lima next week."))
        .noneMatch(f -> f.contains(" Demand "));
  }

  @Test
  void asExpectedIsNoDemand() {
    assertThat(facts("As expected, Peru held the elections on time."))
        .noneMatch(f -> f.contains(" Demand "));
  }

  @Test
  void callsUponAnActorToActIsDemand() {
    assertThat(facts("The United States calls upon Nicaragua to release all political prisoners."))
        .anyMatch(f -> f.startsWith("USA Demand NIC"));
  }

  @Test
  void pressingAnActorToActIsDemand() {
    assertThat(facts("We press Ethiopia to allow unhindered humanitarian access to Tigray."))
        .anyMatch(f -> f.startsWith("USA Demand ETH"));
  }

  @Test
  void encouragingAnActorToActIsDemand() {
    assertThat(facts("We encourage Nepal to pursue the reforms it has promised."))
        .anyMatch(f -> f.startsWith("USA Demand NPL"));
  }

  @Test
  void takingNoteWithDisappointmentIsAccuse() {
    assertThat(facts("It is with great disappointment that we take note of Bolivia's decision to expel the observers."))
        .anyMatch(f -> f.startsWith("USA Accuse BOL"));
  }

  @Test
  void takingNoteOfAnActWithDisappointmentIsAccuse() {
    assertThat(facts("We take note with disappointment of Bolivia's decision to expel the observers."))
        .anyMatch(f -> f.startsWith("USA Accuse BOL"));
  }

  @Test
  void takingNoteAloneIsNoAccuse() {
    assertThat(facts("We take note of Bolivia's decision to hold the elections in May."))
        .noneMatch(f -> f.contains(" Accuse "));
  }

  @Test
  void remainingConcernedByAnActorsActIsAccuse() {
    assertThat(facts("We remain deeply concerned by Belarus's continued detention of journalists."))
        .anyMatch(f -> f.startsWith("USA Accuse BLR"));
  }

  @Test
  void expectingAnActorToGoOnIsAForecastNotADemand() {
    assertThat(facts("We expect Russia to continue its attacks on Ukraine's cities."))
        .noneMatch(f -> f.startsWith("USA Demand RUS"));
  }

  @Test
  void ourCallOnAnActorToActIsDemand() {
    assertThat(facts("We renew our call on Sudan to protect civilians."))
        .anyMatch(f -> f.startsWith("USA Demand SDN"));
  }

  @Test
  void concernWithNoDegreeIsNoAccuse() {
    assertThat(facts("We remain concerned by Belarus's continued detention of journalists."))
        .noneMatch(f -> f.startsWith("USA Accuse BLR"));
  }

  @Test
  void beingGravelyConcernedByAnActorsActIsAccuse() {
    assertThat(facts("We are gravely concerned by Belarus's detention of journalists."))
        .anyMatch(f -> f.startsWith("USA Accuse BLR"));
  }

  @Test
  void ourCallUponActorsToActIsDemandOnEach() {
    assertThat(facts("We reiterate our strong call upon Armenia and Azerbaijan to refrain from any provocative actions."))
        .anyMatch(f -> f.startsWith("USA Demand ARM"))
        .anyMatch(f -> f.startsWith("USA Demand AZE"));
  }

  @Test
  void anotherOwnersCallUponIsNotReadAsTheStatementsDemand() {
    // Only "our" call is read with "upon": a third party's call is left to the rules that read "on".
    assertThat(facts("The committee's call upon Armenia to refrain from provocations was noted."))
        .noneMatch(f -> f.startsWith("USA Demand ARM"));
  }
}
