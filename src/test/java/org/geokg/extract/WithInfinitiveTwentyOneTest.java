package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 21: "X will work with Y to V", which the parser reads as a clause "with Y to V" whose subject is
 * Y, is read with X, the one who works, as the infinitive's subject and Y as the oblique of "work"
 * (nlp/WithInfinitiveRepair); "for Y to V" keeps Y as its subject. Sentences written for this test.
 */
class WithInfinitiveTwentyOneTest {

  private static final String RELEASE = "https://www.state.gov/a-statement-on-moldova/";

  @Test
  void theWorkerImposesWhatItWorksWithAPartnerToImpose() {
    // Backing partners is the supports stance, no SUPPORT event (session 30, tools/eval/CONVENTIONS.md); the
    // worker is its holder as it is the imposer.
    assertThat(SentenceFacts.facts("We will continue to work closely with Congress to support our Moldovan"
        + " partners and impose costs on the Belarusian government.", RELEASE))
        .anyMatch(f -> f.startsWith("USA Sanction BLR-GOV"))
        .anyMatch(f -> f.startsWith("USA supports MDA"))
        .noneMatch(f -> f.startsWith("US-CONGRESS"));
  }

  @Test
  void aForClauseKeepsItsOwnSubject() {
    // Only "for" puts a subject before an infinitive: Russia is asked to withdraw.
    assertThat(SentenceFacts.interactions("We call for Russia to withdraw its forces from Ukraine.", RELEASE))
        .anyMatch(f -> f.startsWith("RUS Retreat UKR") && f.endsWith("Hypothetical"))
        .anyMatch(f -> f.startsWith("USA Demand RUS"));
  }

  @Test
  void anAppealOnAGovernmentLeavesTheGovernmentTheDoer() {
    // A bug of the first version: "on" was taken like "with", so the appealing state became the releaser.
    assertThat(SentenceFacts.interactions("The United States calls on the Belarusian authorities to release"
        + " the jailed Moldovan journalists.", RELEASE))
        .anyMatch(f -> f.startsWith("BLR-GOV Retreat") && f.endsWith("Hypothetical"))
        .noneMatch(f -> f.startsWith("USA Retreat"));
  }
}
