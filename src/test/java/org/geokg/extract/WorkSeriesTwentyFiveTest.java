package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts listed as work already under way beneath a topic verb (session 25, s25-both), on sentences written
 * for this test: "discussed X, including our joint efforts to V1 A, V2 B, V3 C" reports the owners' going
 * work, each listed verb sharing the owner and the "to" of the first; work only talked about ("discussed
 * how to V", "explored ways to V") stays unclaimed.
 */
class WorkSeriesTwentyFiveTest {
  private static final String SOURCE = "https://www.state.gov/readout-for-a-test/";

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text, SOURCE);
    System.out.println("W25 " + text + " -> " + f);
    return f;
  }

  @Test
  void laterVerbsOfAnOwnedWorkSeriesAreTheOwnersActs() {
    List<String> f = show("Secretary of State Antony J. Blinken met today with Peruvian Foreign Minister Ana Torres in Lima. "
        + "They discussed several regional questions, including our joint efforts to support Ecuador, "
        + "deepen engagement with the African Union, expand cooperation with Colombia, and protect the Amazon.");
    assertThat(f).anyMatch(x -> x.contains("Cooperate COL"));
  }

  @Test
  void aJointStatementsListedWorkIsTheAuthorsWork() {
    List<String> f = show("The following is the joint statement released by the Foreign Ministers of Canada, Mexico and Chile. "
        + "The Foreign Ministers of Canada, Mexico and Chile met today in Ottawa. The Foreign Ministers discussed a range of "
        + "pressing global issues, including our joint efforts to support Haiti, restore Venezuela to a democratic path, "
        + "bolster engagement with the African Union, enhance cooperation with Caribbean countries, and uphold international law.");
    assertThat(f).contains("CAN Cooperate caribbean Asserted", "MEX Cooperate caribbean Asserted",
        "CHL Cooperate caribbean Asserted");
  }

  @Test
  void aReadoutsListedWorkWithNamedStates() {
    List<String> f = show("Secretary of State Antony J. Blinken met today with Peruvian Foreign Minister Ana Torres in Lima. "
        + "The Secretary and the Foreign Minister discussed a range of pressing global issues, including our joint efforts "
        + "to support Haiti, restore Venezuela to a democratic path, bolster engagement with Colombia, enhance cooperation "
        + "with Ecuador, and uphold international law.");
    assertThat(f).contains("USA Cooperate ECU Asserted").noneMatch(x -> x.contains("VEN"));
  }

  @Test
  void aListedSeriesOfWorkOfNoOwnerIsLeftAsParsed() {
    // No possessive owner says whose work it is: the later verbs get no subject from it.
    List<String> f = show("Secretary of State Antony J. Blinken met today with Peruvian Foreign Minister Ana Torres in Lima. "
        + "The Secretary and the Foreign Minister discussed a range of pressing global issues, including international "
        + "efforts to support Haiti, restore Venezuela to a democratic path, enhance cooperation with Ecuador, and "
        + "uphold international law.");
    assertThat(f).noneMatch(x -> x.contains("ECU") || x.contains("VEN"));
  }

  @Test
  void workOnlyTalkedAboutStaysUnclaimed() {
    List<String> f = show("Secretary of State Antony J. Blinken met today with Peruvian Foreign Minister Ana Torres in Lima. "
        + "They discussed how to expand cooperation with Colombia. They also explored ways to deepen engagement "
        + "with Brazil, increase trade with Chile, and strengthen cooperation with Bolivia.");
    assertThat(f).noneMatch(x -> x.contains("COL") || x.contains("BRA") || x.contains("CHL") || x.contains("BOL"));
  }
}
