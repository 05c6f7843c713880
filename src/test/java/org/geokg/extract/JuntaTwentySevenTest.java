package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a junta is a state's government, as a regime is (sectors.tsv rows junta, juntas): "the
 * military junta in Myanmar" is Myanmar's government, the doer of the deeds a release condemns and the one
 * it calls on. Sentences written for this test.
 */
class JuntaTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/statement-on-a-junta/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void theDeedsOfAJuntaInAStateAreItsGovernments() {
    assertThat(facts("The United States condemns the executions by the military junta in Myanmar."))
        .anyMatch(f -> f.startsWith("USA Accuse MMR-GOV"));
  }

  @Test
  void aJuntaCalledOnIsItsStatesGovernment() {
    assertThat(facts("We call on the junta in Mali to release the detained ministers."))
        .anyMatch(f -> f.startsWith("USA Demand MLI-GOV"));
  }

  @Test
  void aJuntaOfNoStateIsNoActor() {
    // The sector word alone names no state: no claim is made for a junta the sentence places nowhere.
    assertThat(facts("The sports junta of the club met on Tuesday."))
        .isEmpty();
  }
}
