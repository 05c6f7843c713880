package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (fgM): "call for an end to X's act" is an appeal to X to stop (Demand, CAMEO 0256, as the
 * dictionary codes "appeal for an end"), no longer rallying support for X (the CALL block's 053 row, now
 * recoded by tools/cameo/cameo_verbs.py). Sentences written for this test.
 */
class CallForEndThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/statement-on-the-conflict/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void callingForAnEndToAPartysAggressionDemandsOfIt() {
    assertThat(facts("We call for an end to Russia's aggression against Georgia."))
        .anyMatch(f -> f.startsWith("USA Demand RUS"))
        .noneMatch(f -> f.startsWith("USA Support RUS") || f.startsWith("USA supports RUS"));
  }

  @Test
  void callingForAnEndToViolenceSupportsNobody() {
    // Guard: no actor after "end to": nothing is supported and nobody is the target.
    assertThat(facts("Norway called for an end to the violence."))
        .noneMatch(f -> f.startsWith("NOR Support ") || f.startsWith("NOR supports "));
  }
}
