package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 12 (s12-sd): a war waged on another, penalties
 * imposed, a date after "on", a readiness to act. Sentences written for this test, on the real pipeline.
 */
class ReadoutRecallTwelveTest {

  private static final String RELEASE = "https://www.state.gov/a-press-statement/";

  @Test
  void aWarWagedOnOrAgainstAnotherIsAnAssaultAWarWithAnotherAFight() {
    assertThat(SentenceFacts.interactions("Chile's war against Peru has displaced thousands."))
        .contains("CHL Assault PER Asserted").noneMatch(l -> l.startsWith("CHL Fight PER"));
    assertThat(SentenceFacts.interactions("Chile has escalated its unprovoked war on Peru."))
        .contains("CHL Assault PER Asserted");
    assertThat(SentenceFacts.interactions("Chile's war with Peru lasted four years."))
        .anyMatch(l -> l.startsWith("CHL Fight PER")).noneMatch(l -> l.startsWith("CHL Assault PER"));
  }

  @Test
  void costsOrConsequencesImposedOnAnotherAreASanction() {
    assertThat(SentenceFacts.interactions("Canada imposed severe costs on Belarus for the forced landing."))
        .contains("CAN Sanction BLR Asserted");
    assertThat(SentenceFacts.interactions("Norway has delivered swift consequences to Belarus."))
        .contains("NOR Sanction BLR Asserted");
    // In the release's own voice ("we") and promised: the authors' act, planned.
    assertThat(SentenceFacts.interactions("We will impose costs on Belarus.", RELEASE))
        .contains("USA Sanction BLR Planned");
    // A cost no one imposes on an actor is no act.
    assertThat(SentenceFacts.interactions("The cost of the pipeline to Germany was high."))
        .noneMatch(l -> l.contains(" Sanction "));
  }

  @Test
  void aDateAfterOnIsNoPartyToASharedEvent() {
    List<String> found = SentenceFacts.interactions("On Monday, Chile and Peru signed an agreement on fisheries.");
    assertThat(found).contains("CHL Agree PER Asserted", "PER Agree CHL Asserted");
    // An actor after "on" is a party: the subjects do not agree with each other only.
    assertThat(SentenceFacts.interactions("Chile and Peru held talks on Bolivia."))
        .noneMatch(l -> l.equals("CHL Consult PER Asserted"));
  }

  @Test
  void aReadinessToImposeCostsIsPlannedAndAThreat() {
    List<String> found = SentenceFacts.interactions("Canada reaffirmed its readiness to impose costs on Belarus.");
    assertThat(found).contains("CAN Sanction BLR Planned", "CAN Threaten BLR Asserted")
        .doesNotContain("CAN Sanction BLR Asserted");
    // An act the readiness responds to is no intention of its doer's.
    assertThat(SentenceFacts.interactions(
        "Norway reaffirmed its readiness to impose severe costs on Belarus in response to any further aggression"
            + " by Belarus against Lithuania."))
        .contains("NOR Threaten BLR Asserted").noneMatch(l -> l.startsWith("BLR Threaten LTU"));
  }
}
