package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30: a countermeasure stated for the case that another party acts is a warning to that party
 * (events.rules threaten-if-*): the warner is the subject of respond, impose or take action, else whoever
 * states the clause (subject: speaker); the one warned is the subject of the condition. Sentences written for
 * this test.
 */
class ConditionalThreatThirtyTest {

  private static final String RELEASE = "https://www.state.gov/secretary-blinkens-remarks-to-the-press/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void weWillRespondIfTheyActThreatensThem() {
    assertThat(facts("If Moscow chooses to attack Georgia again, we will respond forcefully."))
        .contains("USA Threaten RUS Asserted", "RUS Assault GEO Hypothetical");
  }

  @Test
  void imposingCostsIfItActsThreatensTheAntecedent() {
    assertThat(facts("The United Kingdom will impose severe costs on Russia if it invades Moldova."))
        .contains("GBR Threaten RUS Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault MDA Asserted"));
  }

  @Test
  void thereWillBeConsequencesIsTheSpeakersThreat() {
    assertThat(facts("There will be massive consequences for Russia if it attacks Moldova."))
        .contains("USA Threaten RUS Asserted");
  }

  @Test
  void consequencesReportedAreTheReportersThreat() {
    assertThat(facts("Japan made clear that there would be severe consequences if Russia invaded Moldova."))
        .contains("JPN Threaten RUS Asserted")
        .doesNotContain("USA Threaten RUS Asserted");
  }

  @Test
  void consequencesThatBefallAPartyThreatenIt() {
    assertThat(facts("Severe consequences will befall Russia if it invades Moldova."))
        .contains("USA Threaten RUS Asserted");
    assertThat(facts("Massive consequences will follow if Russia invades Moldova."))
        .contains("USA Threaten RUS Asserted");
  }

  @Test
  void aConditionPutByInversionThreatens() {
    assertThat(facts("Should Russia attack Moldova, Poland will take action, including sanctions."))
        .contains("POL Threaten RUS Asserted");
  }

  @Test
  void facingConsequencesIfItActsIsAThreatToTheOneWhoFaces() {
    assertThat(facts("Russia would face massive consequences if it attacked Moldova."))
        .contains("USA Threaten RUS Asserted")
        .noneMatch(f -> f.startsWith("RUS Threaten"));
  }

  @Test
  void readinessToRespondIfTheyActThreatens() {
    assertThat(facts("If Russia chooses the path of aggression, Canada is prepared to respond."))
        .contains("CAN Threaten RUS Asserted");
  }

  @Test
  void aConditionAboutOneselfIsNoThreat() {
    assertThat(facts("If we have to respond to aggression from Russia, we will do so."))
        .noneMatch(f -> f.contains(" Threaten "));
    assertThat(facts("If we are attacked, we will respond."))
        .noneMatch(f -> f.contains(" Threaten "));
  }

  @Test
  void aBenignConditionIsNoThreat() {
    assertThat(facts("If Russia is serious about diplomacy, we are prepared to engage."))
        .noneMatch(f -> f.contains(" Threaten "));
  }

  @Test
  void aNegatedOrQuestionedCountermeasureIsNotRead() {
    assertThat(facts("We will not respond if Russia attacks Moldova."))
        .noneMatch(f -> f.contains(" Threaten "));
    assertThat(facts("There will be no consequences for Russia if it withdraws from Moldova."))
        .noneMatch(f -> f.contains(" Threaten "));
    assertThat(facts("Will you respond if Russia attacks Moldova?"))
        .noneMatch(f -> f.contains(" Threaten "));
  }

  @Test
  void anUnconditionalResponseStaysAsItWas() {
    // Guard: no condition, no new reading (a response under way; a past imposition is a Sanction).
    assertThat(facts("We will continue to respond to Russia's aggression with sanctions."))
        .noneMatch(f -> f.contains(" Threaten "));
    assertThat(facts("The United Kingdom imposed sanctions on Russia last week."))
        .contains("GBR Sanction RUS Asserted")
        .noneMatch(f -> f.contains(" Threaten "));
  }

  @Test
  void aConditionThatOnlyTakesUpAnActNamesNoParty() {
    assertThat(facts("We will watch that the terrorist threat does not return to Afghanistan, and if it does, we would take action."))
        .noneMatch(f -> f.contains(" Threaten "));
  }

  @Test
  void anAggressionInTheConditionIsNoThreatOfItsDoer() {
    // "commit" is also a verb of intent; in the condition it states no intention (EventConventions).
    assertThat(facts("Australia will impose sanctions on Russia if it commits aggression against Moldova."))
        .contains("AUS Threaten RUS Asserted")
        .noneMatch(f -> f.startsWith("RUS Threaten"));
  }

  @Test
  void anIfClausesItIsNotTheObjectOfItsOwnAct() {
    // Guard for the trailing "if" clause's "it": the party it acts on is not what "it" stands for.
    assertThat(facts("China warned that no one would stop the People's Liberation Army if it attacked Taiwan."))
        .noneMatch(f -> f.startsWith("TWN Assault"));
  }
}
