package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22 (s22-read): a sanction on persons or firms that serve an actor is aimed at that actor; an
 * attack on victims or sites in a place is aimed at the place's state; "pursue" carries an event noun; an
 * act in a condition clause is no threat of its subject's. Sentences written for this test, on the real
 * pipeline.
 */
class SanctionAssaultTwentyTwoTest {

  @Test
  void aDesignationOfMembersOfANetworkFundingAnActorSanctionsTheActor() {
    assertThat(SentenceFacts.interactions(
        "The United States is designating three financiers of a smuggling network funding the Houthis' military operations."))
        .contains("USA Sanction HOUTHIS Asserted");
  }

  @Test
  void sanctionsOnAFirmUsedByAStateOrSupplyingItAreAimedAtTheState() {
    assertThat(SentenceFacts.interactions("Today the United States is imposing sanctions on a shipping company"
        + " that is used by the Democratic People's Republic of Korea to evade controls."))
        .contains("USA Sanction PRK Asserted");
    assertThat(SentenceFacts.interactions("The United States has sanctioned four companies supplying Iran with drone parts."))
        .contains("USA Sanction IRN Asserted");
  }

  @Test
  void aDesignationAsAnEnvoyIsNoSanction() {
    assertThat(SentenceFacts.interactions("The Department of State designated Ahmed Ali as its special envoy for the region."))
        .noneMatch(l -> l.contains(" Sanction "));
  }

  @Test
  void anAttackOnCiviliansOrSitesInAStateIsAimedAtThatState() {
    assertThat(SentenceFacts.interactions("The Houthis have attacked civilians and civilian infrastructure in Saudi Arabia."))
        .contains("HOUTHIS Assault SAU Asserted");
    assertThat(SentenceFacts.interactions("Russian forces shelled residential areas in Ukraine overnight."))
        .contains("RUS-MIL Assault UKR Asserted");
  }

  @Test
  void pursueCarriesTheEventNoun() {
    assertThat(SentenceFacts.interactions("Egypt and Jordan pursued talks with Israel throughout the spring."))
        .contains("EGY Consult ISR Asserted", "JOR Consult ISR Asserted");
  }

  @Test
  void anAggressionInAConditionIsHypotheticalAndNoThreatOfTheAggressor() {
    assertThat(SentenceFacts.interactions(
        "The ministers warned of severe costs should Moscow pursue further aggression against Georgia."))
        .contains("RUS Assault GEO Hypothetical")
        .noneMatch(l -> l.startsWith("RUS Threaten"));
    // The speaker's own conditional threat is still one.
    assertThat(SentenceFacts.interactions("Russia said it would attack Georgia if the talks failed."))
        .contains("RUS Threaten GEO Asserted");
  }
}
