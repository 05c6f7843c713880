package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire-news constructions of session 19, with sentences written for this test: opening a border or a
 * bridge to a party lets it through (RETREAT 086 by the PLOVER codebook, not the dictionary's bare yield);
 * breaking into another's computers is CAMEO's cyberattack (176, Coerce); "institute" is a light verb
 * ("threatened to institute a curfew in X", "instituted sanctions against Y": the noun's event); the
 * state where one is put under investigation or arrest, with no agent named, is the one acting on them.
 */
class WireNineteenTest {

  @Test
  void openingABorderToAPartyIsARetreatTowardIt() {
    assertThat(SentenceFacts.interactions("Chile opened its border to Bolivian truck drivers on Friday."))
        .anyMatch(f -> f.startsWith("CHL Retreat BOL"))
        .noneMatch(f -> f.contains("Concede"));
    assertThat(SentenceFacts.interactions("Peru reopened its border with Ecuador last week."))
        .anyMatch(f -> f.startsWith("PER Retreat ECU"))
        .noneMatch(f -> f.contains("Support"));
  }

  @Test
  void openingFireIsStillAnAttack() {
    assertThat(SentenceFacts.interactions("Georgian troops opened fire on Russian soldiers near the border."))
        .noneMatch(f -> f.contains("Retreat"));
  }

  @Test
  void hackingIntoAnotherStatesComputersIsCoercion() {
    assertThat(SentenceFacts.interactions("Iranian agents hacked into the computers of Saudi oil firms."))
        .anyMatch(f -> f.startsWith("IRN Coerce SAU"));
    assertThat(SentenceFacts.interactions("China tried to hack into Japan's defense networks."))
        .anyMatch(f -> f.startsWith("CHN Coerce JPN"));
  }

  @Test
  void hackingIntoAThingOfNoActorNamesNoTarget() {
    assertThat(SentenceFacts.interactions("Iran hacked into a database last year."))
        .noneMatch(f -> f.contains("Coerce"));
  }

  @Test
  void threateningToInstituteAMeasureIsAThreat() {
    assertThat(SentenceFacts.interactions("Egypt threatened to institute a blockade against Libya."))
        .anyMatch(f -> f.startsWith("EGY Threaten LBY"));
    assertThat(SentenceFacts.interactions("Canada instituted sanctions against Belarus in March."))
        .anyMatch(f -> f.startsWith("CAN Sanction BLR"));
  }

  @Test
  void institutingAnUnlistedThingIsNoEvent() {
    assertThat(SentenceFacts.interactions("Ghana instituted a new tax regime for Nigerian traders."))
        .noneMatch(f -> f.contains("NGA"));
  }

  @Test
  void aStateThatPutsSomeoneUnderInvestigationActsOnThem() {
    assertThat(SentenceFacts.interactions("A Canadian businessman was put under investigation in Germany for bribery."))
        .anyMatch(f -> f.startsWith("DEU Investigate CAN"));
    assertThat(SentenceFacts.interactions("An Australian reporter has been placed under arrest in Egypt."))
        .anyMatch(f -> f.startsWith("EGY Coerce AUS"));
  }

  @Test
  void aDateOrANamedAgentIsNotWhoInvestigates() {
    assertThat(SentenceFacts.interactions("The Canadian contract was put under investigation in April."))
        .noneMatch(f -> f.contains("Investigate"));
    assertThat(SentenceFacts.interactions("A Canadian businessman was put under investigation in Germany by the "
        + "European Union."))
        .noneMatch(f -> f.startsWith("DEU Investigate"));
  }
}
