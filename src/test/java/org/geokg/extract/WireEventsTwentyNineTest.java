package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29: wire-news constructions geokg read nothing in. Protesters no group names, at an embassy or
 * against a state (PLOVER PROTEST: the civilians of where they protest, toward the embassy's or the
 * opposed state); giving back seized things or held people (CAMEO 084, PLOVER RETREAT); bans on a state's
 * goods (CAMEO 163, coded SANCTION); refusing to let another act (CAMEO 12, REJECT). Sentences written for
 * this test.
 */
class WireEventsTwentyNineTest {

  private static final String WIRE = "https://www.reuters.com/world/a-wire-story/";
  private static final String RELEASE = "https://www.state.gov/a-press-statement/";

  private static List<String> facts(String text) {
    return facts(text, WIRE);
  }

  private static List<String> facts(String text, String url) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, url));
  }

  // Protest

  @Test
  void protestersNoGroupNamesAtAnEmbassyAreTheHostsCivilians() {
    assertThat(facts("Protesters rallied outside the Chinese embassy in Manila on Tuesday."))
        .anyMatch(f -> f.startsWith("PHL-CVL Protest CHN"));
  }

  @Test
  void marchingOnAnEmbassyIsAProtestAtItsState() {
    assertThat(facts("Thousands marched on the Russian embassy in Warsaw."))
        .anyMatch(f -> f.startsWith("POL-CVL Protest RUS"));
  }

  @Test
  void aProtestAgainstAStatesActIsAimedAtThatState() {
    assertThat(facts("Students demonstrated in Seoul against the Japanese prime minister's visit."))
        .anyMatch(f -> f.startsWith("KOR-EDU Protest JPN"));
  }

  @Test
  void aProtestAgainstAGovernmentIsAimedAtIt() {
    assertThat(facts("Crowds protested in Karachi against the French government."))
        .anyMatch(f -> f.startsWith("PAK-CVL Protest FRA"));
  }

  @Test
  void aDomesticProtestAgainstAPolicyHasNoForeignTarget() {
    assertThat(facts("Thousands of farmers marched in Paris against the new pension law."))
        .noneMatch(f -> f.contains(" Protest ") && !f.matches("FRA\\S* Protest FRA.*"));
  }

  @Test
  void othersProtestInAReleaseIsNotThePublishers() {
    assertThat(facts("Protesters rallied outside the Russian embassy in Tbilisi. "
        + "We support the right of Georgians to protest peacefully.", RELEASE))
        .anyMatch(f -> f.startsWith("GEO-CVL Protest RUS"))
        .noneMatch(f -> f.startsWith("USA Protest"));
  }

  // Return (Retreat)

  @Test
  void returningASeizedThingToAStateIsARetreat() {
    assertThat(facts("Colombia returned the seized vessel to Ecuador.")).contains("COL Retreat ECU Asserted");
  }

  @Test
  void returningACapturedDroneIsARetreat() {
    assertThat(facts("China returned the captured drone to the United States.")).contains("CHN Retreat USA Asserted");
  }

  @Test
  void returningHeldPeopleGoesToTheirState() {
    assertThat(facts("Iran returned the British sailors on Wednesday.")).contains("IRN Retreat GBR Asserted");
  }

  @Test
  void returningHomeOrToTalksIsNoRetreat() {
    assertThat(facts("Ecuador returned to the negotiating table.")).noneMatch(f -> f.contains(" Retreat "));
    assertThat(facts("The Colombian minister returned home from Quito on Friday."))
        .noneMatch(f -> f.contains(" Retreat "));
  }

  @Test
  void returningAThingNobodySeizedIsNoRetreat() {
    assertThat(facts("Colombia returned the borrowed paintings to Ecuador.")).noneMatch(f -> f.contains(" Retreat "));
  }

  // Import bans (Sanction)

  @Test
  void banningImportsOfAStatesGoodsIsASanction() {
    assertThat(facts("Russia banned imports of Georgian wine.")).contains("RUS Sanction GEO Asserted");
  }

  @Test
  void banningAStatesImportsIsASanctionNotCoercion() {
    assertThat(facts("India banned Chinese steel imports."))
        .contains("IND Sanction CHN Asserted")
        .noneMatch(f -> f.startsWith("IND Coerce"));
  }

  @Test
  void suspendingImportsIsASanction() {
    assertThat(facts("China suspended imports of Australian beef.")).contains("CHN Sanction AUS Asserted");
  }

  @Test
  void aBanOnSmokingOrCarsIsNoInteraction() {
    assertThat(facts("Ireland banned smoking in pubs.")).isEmpty();
    assertThat(facts("The Belgian government banned cars from the city centre.")).isEmpty();
  }

  // Refusals (Reject)

  @Test
  void refusingToLetAStateActIsARejection() {
    assertThat(facts("Turkey refused to let France use its airspace.")).contains("TUR Reject FRA Asserted");
  }

  @Test
  void refusingToAllowAStatesForcesIsARejection() {
    assertThat(facts("Spain refused to allow American warplanes to refuel at its bases."))
        .anyMatch(f -> f.startsWith("ESP Reject USA"));
  }

  @Test
  void refusingPermissionForAStatesAircraftIsARejection() {
    assertThat(facts("Pakistan refused permission for Indian aircraft to land."))
        .anyMatch(f -> f.startsWith("PAK Reject IND"));
  }

  @Test
  void anotherStatesRefusalInAReleaseIsNotThePublishers() {
    assertThat(facts("We regret that Russia refused to let Georgia send monitors.", RELEASE))
        .noneMatch(f -> f.startsWith("USA Reject"));
  }
}
