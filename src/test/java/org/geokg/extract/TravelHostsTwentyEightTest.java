package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: a travel announcement names a host's state only as the place of the meeting ("will travel to
 * Riga, Latvia, to meet with Foreign Minister X", "In Botswana, the Under Secretary will meet with President
 * X"); a host with a head's or minister's title whom no table places represents that state (VisitHosts).
 * Not the visitor's own state, not a gathering's place, not a person of no such title. Sentences and names
 * written for this test.
 */
class TravelHostsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/under-secretary-travels-to-southern-africa/";

  private static List<String> represents(String text) {
    List<String> r = SentenceFacts.represents(text, RELEASE);
    System.out.println(text + " => " + r + " " + SentenceFacts.interactions(text, RELEASE));
    return r;
  }

  @Test
  void aMinisterMetInACityOfAStateRepresentsIt() {
    assertThat(represents("Secretary of State Antony Blinken will travel to Riga, Latvia, on May 4 to meet with "
        + "Foreign Minister Janis Ozolkalns."))
        .contains("janis-ozolkalns LVA");
  }

  @Test
  void aPresidentMetAfterAFrontedStateRepresentsIt() {
    assertThat(represents("Under Secretary for Political Affairs Victoria Nuland will travel to Botswana and Zambia. "
        + "In Botswana, the Under Secretary will meet with President Kabelo Molefetsane to discuss regional security."))
        .contains("kabelo-molefetsane BWA");
  }

  @Test
  void aHostMetInTheVisitorsOwnCapitalIsNotTheVisitorsOfficial() {
    String text = "Secretary of State Antony Blinken will meet with Prime Minister Kabelo Molefetsane in "
        + "Washington on May 4 to discuss regional security.";
    assertThat(SentenceFacts.interactions(text, RELEASE)).contains("antony-blinken Consult kabelo-molefetsane Planned");
    assertThat(represents(text)).noneMatch(r -> r.startsWith("kabelo-molefetsane"));
  }

  @Test
  void aGatheringsPlaceGivesItsGuestsNoState() {
    String text = "In Belgium, Secretary of State Antony Blinken will meet with Foreign Minister Annika Lindqvaar "
        + "on the margins of the summit.";
    assertThat(SentenceFacts.interactions(text, RELEASE)).contains("antony-blinken Consult annika-lindqvaar Planned");
    assertThat(represents(text)).noneMatch(r -> r.startsWith("annika-lindqvaar"));
  }

  @Test
  void aPersonOfNoHostTitleIsNotPlaced() {
    String text = "Under Secretary for Political Affairs Victoria Nuland will travel to Botswana. "
        + "In Botswana, the Under Secretary will meet with journalist Neo Dubelang to discuss press freedom.";
    assertThat(SentenceFacts.interactions(text, RELEASE)).contains("victoria-nuland Consult neo-dubelang Planned");
    assertThat(represents(text)).noneMatch(r -> r.startsWith("neo-dubelang"));
  }
}
