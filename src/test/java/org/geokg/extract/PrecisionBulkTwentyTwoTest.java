package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards of the session 22 bulk review (s22-prec), with sentences written for this test: an
 * event noun an adjective puts ahead ("upcoming") is planned; one a determiner leaves unspecific ("any
 * further aggression") is hypothetical; co-authors of a joint statement that tie as the document's lead
 * leave "the government" to the text; the one an appeal is addressed to does the act asked for, and when it
 * names no actor the one who appeals does not take its place. Each with the limit that keeps it in bounds.
 */
class PrecisionBulkTwentyTwoTest {

  private static final String JOINT = "The following joint statement was released by the Governments of Norway, "
      + "Sweden, and Finland. ";

  @Test
  void anUpcomingMeetingIsPlanned() {
    assertThat(SentenceFacts.interactions("Germany's upcoming meeting with French officials in Paris next month "
        + "will include the President."))
        .contains("DEU Consult FRA-GOV Planned").doesNotContain("DEU Consult FRA-GOV Asserted");
  }

  @Test
  void aMeetingWithNoSuchAdjectiveKeepsItsTense() {
    assertThat(SentenceFacts.interactions("Brazil held a meeting with Chile last week."))
        .contains("BRA Consult CHL Asserted").doesNotContain("BRA Consult CHL Planned");
  }

  @Test
  void anyFurtherAggressionIsHypothetical() {
    assertThat(SentenceFacts.interactions("Any further military aggression by Russia against Georgia will be met "
        + "with a swift response."))
        .contains("RUS Assault GEO Hypothetical").doesNotContain("RUS Assault GEO Asserted");
  }

  @Test
  void anOwnedAggressionStaysGiven() {
    assertThat(SentenceFacts.interactions("Latvia condemned Russia's aggression against Georgia."))
        .contains("RUS Assault GEO Asserted").doesNotContain("RUS Assault GEO Hypothetical");
  }

  @Test
  void coAuthorsLeaveTheGovernmentToTheText() {
    assertThat(SentenceFacts.interactions(JOINT + "We condemn the arrests of protestors in Cuba and call on the "
        + "government to respect the rights of the Cuban people."))
        .noneMatch(f -> f.contains("Demand NOR") || f.contains("Demand SWE") || f.contains("Demand FIN"))
        .contains("NOR Demand CUB Asserted", "SWE Demand CUB Asserted", "FIN Demand CUB Asserted");
  }

  @Test
  void aNamedGovernmentIsStillEachCoAuthorsAddressee() {
    assertThat(SentenceFacts.interactions(JOINT + "We urge the Cuban government to release those detained."))
        .contains("NOR Demand CUB-GOV Asserted", "SWE Demand CUB-GOV Asserted", "FIN Demand CUB-GOV Asserted");
  }

  @Test
  void theOneUrgedWorksTogetherNotTheOneWhoUrges() {
    assertThat(SentenceFacts.interactions("Chile urged the international community to work together to end the "
        + "violence."))
        .noneMatch(f -> f.startsWith("CHL Cooperate"));
  }

  @Test
  void aNamedAddresseeStillDoesTheActAskedFor() {
    assertThat(SentenceFacts.interactions("Chile urged Peru to cooperate with Bolivia."))
        .contains("PER Cooperate BOL Hypothetical", "CHL Demand PER Asserted");
  }

  @Test
  void stepsTakenAreTheTakersActs() {
    assertThat(SentenceFacts.interactions("Norway has taken steps to impose visa restrictions on five Cuban "
        + "officials."))
        .contains("NOR Sanction CUB-GOV Asserted");
  }
}
