package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts whose party is not named at the cue (session 23, s23-implicit), on sentences written for this test:
 * thanks for work together that names no other party credit work done with the one who thanks; the sides
 * of a meeting who agree that "they" will meet again agree with each other.
 */
class ImplicitPartiesTwentyThreeTest {

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text);
    System.out.println("I23 " + text + " -> " + f);
    return f;
  }

  @Test
  void thanksForPartnershipIsWorkWithTheThanker() {
    assertThat(show("Secretary of State Antony J. Blinken spoke today with Peruvian Foreign Minister Ana Cecilia Gervasi. "
        + "The Secretary thanked the Foreign Minister for Peru's leadership on migration and continued partnership on "
        + "counternarcotics efforts."))
        // The readout's persons stand for their states in the graph's represents facts.
        .anyMatch(x -> x.startsWith("antony-j-blinken Cooperate ana-cecilia-gervasi"));
  }

  @Test
  void praiseForCollaborationInAnActIsWorkWithThePraiser() {
    assertThat(show("The United States commends Norway for its close collaboration in returning the detained sailors."))
        .anyMatch(x -> x.startsWith("USA Cooperate NOR"));
  }

  @Test
  void cooperationWithAThirdPartyIsNotWorkWithTheThanker() {
    assertThat(show("The Secretary of State thanked Poland for its cooperation with Ukraine on border crossings."))
        .noneMatch(x -> x.startsWith("USA Cooperate POL"));
  }

  @Test
  void thanksForSomethingElseMakeNoCooperation() {
    assertThat(show("The Secretary of State thanked Poland for its generous hospitality to refugees."))
        .noneMatch(x -> x.contains(" Cooperate "));
  }

  @Test
  void theLeadersAgreeingThatTheyWillMeetAgreeWithEachOther() {
    List<String> f = show("Secretary of State Antony J. Blinken spoke today with Peruvian Foreign Minister Ana Cecilia Gervasi. "
        + "Both leaders agreed that they would hold the Annual Bilateral Consultations next spring.");
    // "Both leaders" are the sides of the call before.
    assertThat(f).anyMatch(x -> x.startsWith("USA Agree PER Asserted")).anyMatch(x -> x.startsWith("PER Agree USA Asserted"));
  }

  @Test
  void oneSideAgreeingThatTheyWillMeetPairsNoOne() {
    assertThat(show("Chile agreed that they would meet again in May."))
        .noneMatch(x -> x.contains(" Agree "));
  }
}
