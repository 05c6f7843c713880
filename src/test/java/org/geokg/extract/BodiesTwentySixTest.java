package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: US agencies that State Department releases name as actors (NASA, the Peace Corps, OFAC, the
 * DFC, DHS) are government bodies of the United States, so what they do is an act of a known party and
 * they represent the United States. Sentences written for this test.
 */
class BodiesTwentySixTest {

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text));
  }

  @Test
  void aSpaceAgencySigningAnAgreementIsAParty() {
    assertThat(facts("NASA and Brazil signed an agreement on lunar exploration on Monday."))
        .anyMatch(f -> f.startsWith("NASA Agree BRA Asserted"));
  }

  @Test
  void thePeaceCorpsSendingVolunteersIsAid() {
    assertThat(facts("The Peace Corps will send volunteers to Kenya next year."))
        .contains("PEACE-CORPS Aid KEN Planned");
  }

  @Test
  void homelandSecurityAgreesWithAState() {
    assertThat(facts("The Department of Homeland Security and Mexico agreed to strengthen border cooperation."))
        .anyMatch(f -> f.startsWith("US-DHS Agree MEX"));
  }

  @Test
  void theBodiesRepresentTheUnitedStates() {
    assertThat(SentenceFacts.represents("NASA and Brazil signed an agreement on lunar exploration on Monday."))
        .contains("NASA USA");
  }

  @Test
  void treasurysSanctionsOfficeDesignatesForTheUnitedStates() {
    assertThat(facts("OFAC imposed sanctions on three Iranian companies on Tuesday."))
        .anyMatch(f -> f.startsWith("OFAC Sanction IRN"));
  }
}
