package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: State Department designations written as the parser hangs them: the order a designation is
 * made under attached to the designated object ("designating two entities pursuant to Executive Order
 * 14024"), and a designation made for a stated wrong ("due to his involvement in significant corruption").
 * A designation to an office stays out. Sentences written for this test.
 */
class DesignationsTwentySixTest {

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text));
  }

  @Test
  void anOrderHungOnTheObjectStillMakesASanction() {
    assertThat(facts("The State Department is also designating two Chinese entities pursuant to Executive"
        + " Order 14024."))
        .anyMatch(f -> f.startsWith("STATE-DEPT Sanction CHN"));
  }

  @Test
  void aDesignationForCorruptionIsASanction() {
    assertThat(facts("The United States is publicly designating former Bolivian President Luis Arce Mendoza due"
        + " to his involvement in significant corruption."))
        .anyMatch(f -> f.startsWith("USA Sanction") && f.endsWith("Asserted"));
  }

  @Test
  void aDesignationForARoleInAbusesIsASanction() {
    assertThat(facts("The Department of State designated two Guatemalan judges for their involvement in"
        + " significant corruption."))
        .anyMatch(f -> f.startsWith("STATE-DEPT Sanction GTM"));
  }

  @Test
  void aDesignationToAnOfficeIsNoSanction() {
    assertThat(facts("The President designated Maria Lopez of Chile as Special Envoy for the Americas."))
        .noneMatch(f -> f.contains("Sanction"));
  }
}
