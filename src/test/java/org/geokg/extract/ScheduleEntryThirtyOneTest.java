package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (s31-fgL): a public schedule's timed entry ("1:00 p.m. Secretary X meets with Y") lists an
 * appointment ahead of it, so its meeting is planned (ModalityDetector.scheduleEntry). Sentences written for
 * this test.
 */
class ScheduleEntryThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/public-schedule-may-4-2022/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void aTimedScheduleEntryIsPlanned() {
    assertThat(facts("2:15 p.m. Secretary Blinken meets with Peruvian Foreign Minister Cesar Landa, at the Department of State."))
        .contains("antony-blinken Consult cesar-landa Planned")
        .doesNotContain("antony-blinken Consult cesar-landa Asserted");
    assertThat(facts("10:00 a.m. Deputy Secretary Sherman meets with Ghanaian Ambassador to the United States Hilda Safo, in Washington, D.C."))
        .contains("sherman Consult GHA Planned");
  }

  @Test
  void aPastMeetingWithATimeIsStillAsserted() {
    assertThat(facts("At 2:15 p.m. Secretary Blinken met with Peruvian Foreign Minister Cesar Landa at the Department of State."))
        .contains("antony-blinken Consult cesar-landa Asserted")
        .doesNotContain("antony-blinken Consult cesar-landa Planned");
  }

  @Test
  void anUntimedPresentReadoutIsStillAsserted() {
    assertThat(facts("Secretary Blinken meets with Peruvian Foreign Minister Cesar Landa to discuss regional security."))
        .contains("antony-blinken Consult cesar-landa Asserted")
        .doesNotContain("antony-blinken Consult cesar-landa Planned");
  }
}
