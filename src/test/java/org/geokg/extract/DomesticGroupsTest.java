package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A state's own people and sectors as groups, so that domestic events (a government against its
 * opposition, nationals protesting at home) are interactions; sentences written for this test, on the
 * real pipeline.
 */
class DomesticGroupsTest {
  @Test
  void peopleNamedByTheirSectorAreThatSectorsGroup() {
    // "candidates" is no sector noun; "opposition" before it is.
    assertThat(SentenceFacts.interactions(
        "Chilean President Ana Velarde threatened to ban Chilean opposition candidates from the vote."))
        .anyMatch(f -> f.contains(" Threaten CHL-OPP "));
  }

  @Test
  void aBarePluralDemonymIsTheStatesPeople() {
    assertThat(SentenceFacts.interactions("Young Peruvians blocked roads in Lima on Sunday."))
        .contains("PER-CVL Protest PER Asserted");
  }

  @Test
  void aDefinitePluralDemonymStaysTheState() {
    assertThat(SentenceFacts.interactions("The Russians rejected the proposal of Japan."))
        .contains("RUS Reject JPN Asserted");
  }
}
