package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27, PLOVER recall: "help Y do X", where the parser makes Y the subject of the bare infinitive
 * and leaves the helping verb with no object (HelpObjectRepair). Sentences written for this test.
 */
class PloverRecallTwentySevenTest {

  private static final String NEWS = "https://example.org/news/2026/12/07/item";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, NEWS));
  }

  @Test
  void helpingAStateDoSomethingIsAidToIt() {
    assertThat(facts("France helped Mali rebuild its army.")).contains("FRA Aid MLI Asserted");
  }

  @Test
  void promisingToHelpAStateDoSomethingIsACommitmentToIt() {
    assertThat(facts("Canada has promised to help Haiti restore order."))
        .contains("CAN Agree HTI Asserted", "CAN Aid HTI Planned");
  }

  @Test
  void helpingToDoSomethingNamesNoOneHelped() {
    // Guard: no noun between "help" and the infinitive, so no object is added.
    assertThat(facts("Russia helped to rebuild the bridge.")).noneMatch(f -> f.contains(" Aid "));
  }

  @Test
  void aHelpedPartyTheParserAlreadyReadsStaysOneClaim() {
    // Guard: "will help Moldova reform" is parsed with Moldova as the object already; nothing is added twice.
    assertThat(facts("The European Union will help Moldova reform its courts."))
        .containsOnlyOnce("EU Aid MDA Planned");
  }

  @Test
  void helpingANamedPersonIsNoAid() {
    // Guard: help to a private individual is not help to a state or body (HelpObjectRepair skips PERSON).
    assertThat(facts("A State Department grant helped Maria Lopez in Peru build a clinic."))
        .noneMatch(f -> f.contains(" Aid "));
  }
}
