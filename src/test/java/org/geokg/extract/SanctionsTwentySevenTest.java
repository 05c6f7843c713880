package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: sanctions and threats as State Department releases write them. A designated person or firm
 * whose noun carries its state or body ("Bank X, a Belarusian bank", "two Hizballah financiers") names whom
 * the sanction is aimed at; readiness to impose sanctions "in the event of" another's act is a threat toward
 * that actor, and the act after "in the event of" is no threat of its own doer's. Sentences written for this
 * test.
 */
class SanctionsTwentySevenTest {

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text));
  }

  @Test
  void aDesigneeInAppositionNamesTheTargetState() {
    assertThat(facts("The Department of State is designating Bank Orion, a Belarusian bank, pursuant to Executive"
        + " Order 14038."))
        .anyMatch(f -> f.startsWith("STATE-DEPT Sanction BLR"));
  }

  @Test
  void aDesigneeNounNamedByItsBodyIsASanctionOnTheBody() {
    assertThat(facts("The United States is designating two Hizballah financiers operating in Ghana."))
        .anyMatch(f -> f.startsWith("USA Sanction HEZBOLLAH"));
  }

  @Test
  void anAppointmentOfAnOfficialIsNoSanction() {
    assertThat(facts("The President designated Ambassador Jane Smith, a career American official, as Special Envoy"
        + " for the Sahel."))
        .noneMatch(f -> f.contains("Sanction"));
  }

  @Test
  void aGroupInAppositionIsNotItsState() {
    assertThat(facts("The Department is designating Hizballah, a Lebanese militant group, as a Foreign Terrorist"
        + " Organization."))
        .noneMatch(f -> f.contains("Sanction LBN"));
  }

  @Test
  void readinessToImposeSanctionsInTheEventOfAnAttackIsAThreat() {
    assertThat(facts("The Minister reaffirmed the readiness of the United States to impose strong sanctions in the"
        + " event of a further Iranian attack on Iraq."))
        .anyMatch(f -> f.startsWith("USA Threaten IRN") && f.endsWith("Asserted"));
  }

  @Test
  void theActInTheEventOfIsNoThreatOfItsDoer() {
    assertThat(facts("The Secretary reaffirmed the readiness of Canada, in coordination with its partners, to impose"
        + " additional sanctions and economic measures in the event of a further Chinese invasion of Taiwan."))
        .noneMatch(f -> f.startsWith("CHN Threaten"));
  }
}
