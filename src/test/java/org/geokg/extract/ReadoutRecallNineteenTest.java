package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout constructions of session 19 (s19-read): work or a resolve to hold an actor to account, and
 * pressure applied to an actor, are stances against it (opposes); a state's war on another behind a run
 * of adjectives that breaks the parse is still an Assault. Sentences written for this test, on the real
 * pipeline.
 */
class ReadoutRecallNineteenTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aResolveOrEffortsToHoldAnActorToAccountOpposeIt() {
    // No owner on the noun: the clause's subject holds the resolve.
    assertThat(SentenceFacts.facts(
        "Canada and Japan share a firm resolve to holding the Taliban to account for their promises.", STATE))
        .contains("CAN opposes TALIBAN Asserted", "JPN opposes TALIBAN Asserted");
    // The owner as a possessive.
    assertThat(SentenceFacts.facts(
        "Brazil and Peru are united in their determination to hold Venezuela to account for its repression.", STATE))
        .contains("BRA opposes VEN Asserted", "PER opposes VEN Asserted");
    // The owners as compounds; the release's own "we" as the clause subject.
    assertThat(SentenceFacts.facts(
        "We discussed joint efforts to hold Iran accountable for its attacks on shipping.", STATE))
        .contains("USA opposes IRN Asserted");
  }

  @Test
  void noResolveOrAResolveNotAboutAccountSaysNothing() {
    assertThat(SentenceFacts.facts("Germany has no resolve to hold Iran accountable.", STATE))
        .noneMatch(l -> l.startsWith("DEU opposes IRN"));
    // Holding a meeting is no stance against anyone.
    assertThat(SentenceFacts.facts("Chile and Peru renewed their efforts to hold talks with Bolivia.", STATE))
        .noneMatch(l -> l.contains(" opposes "));
  }

  @Test
  void pressureAppliedToAnActorOpposesIt() {
    assertThat(SentenceFacts.facts(
        "The United Kingdom will continue to apply pressure to the Houthis, including through sanctions.", STATE))
        .contains("GBR opposes HOUTHIS Asserted");
    assertThat(SentenceFacts.facts("Canada is putting enormous pressure on Belarus to end its support for the war.", STATE))
        .contains("CAN opposes BLR Asserted");
    assertThat(SentenceFacts.facts("Australia and New Zealand exerted maximum pressure on Fiji.", STATE))
        .contains("AUS opposes FJI Asserted", "NZL opposes FJI Asserted");
  }

  @Test
  void pressureNamedOrAskedToEndIsNoStance() {
    // Another is asked to end its pressure: what is asked for, not a stance of the one who asks.
    assertThat(SentenceFacts.facts("Norway urged India to end its pressure on Nepal.", STATE))
        .noneMatch(l -> l.contains(" opposes "));
    // Pressure merely named, with no one applying it.
    assertThat(SentenceFacts.facts("The ministers discussed the pressure on Kenya's farmers.", STATE))
        .noneMatch(l -> l.contains(" opposes KEN"));
    // Pressure refused is no stance.
    assertThat(SentenceFacts.facts("Mexico will not put pressure on Cuba.", STATE))
        .noneMatch(l -> l.equals("MEX opposes CUB Asserted"));
  }

  @Test
  void aWarOwnedByAStateBehindARunOfAdjectivesIsAnAssault() {
    assertThat(SentenceFacts.facts(
        "In recent weeks, Syria has escalated its premeditated, unprovoked, and unjustified war on Lebanon, "
            + "striking hospitals, demolishing schools, and killing hundreds of civilians.", STATE))
        .contains("SYR Assault LBN Asserted");
    assertThat(SentenceFacts.facts("The ministers condemned Iran's brutal and unjustified war against Iraq.", STATE))
        .contains("IRN Assault IRQ Asserted");
  }

  @Test
  void aWarOnAThingIsNoAssault() {
    assertThat(SentenceFacts.facts("Ghana's long and costly war on corruption continues.", STATE))
        .noneMatch(l -> l.contains(" Assault "));
    assertThat(SentenceFacts.facts("Kenya's determined, relentless war against terrorism goes on.", STATE))
        .noneMatch(l -> l.contains(" Assault "));
  }
}
