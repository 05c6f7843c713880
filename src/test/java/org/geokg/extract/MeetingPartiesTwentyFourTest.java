package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parties of a meeting carried across the sentences after it (session 24, s24-both), on sentences
 * written for this test: a plural party phrase or "they" takes up the sides of the last meeting, call or
 * visit, not a state that a sentence between only discusses; "they" stops at people of no state and at
 * another speaker's transcript turn.
 */
class MeetingPartiesTwentyFourTest {
  private static final String SOURCE = "https://www.state.gov/readout-for-a-test/";

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text, SOURCE);
    System.out.println("M24 " + text + " -> " + f);
    return f;
  }

  @Test
  void aDiscussedStateIsTheTalksTopicNotOneOfItsSides() {
    ResolverFixture f = ResolverFixture.of("Japan spoke with India about trade. They discussed Iran's nuclear program.");
    MainClauseSides sides = new MainClauseSides(f.doc, f.lex, f.actors);
    assertThat(keys(sides.of(1))).containsExactlyInAnyOrder("JPN", "IND");
  }

  @Test
  void bothLeadersFiveSentencesAfterTheCallAreTheCallsSides() {
    List<String> f = show("Secretary of State Antony J. Blinken spoke today with Italian Foreign Minister Marco Rossi. "
        + "The Secretary condemned Russia's brutal war against Ukraine. "
        + "The Secretary also noted the importance of food security in Africa. "
        + "The Secretary welcomed Poland's support for Ukrainian refugees. "
        + "The Secretary thanked the Foreign Minister for Italy's leadership in the G7. "
        + "Both leaders agreed to deepen cooperation on energy security.");
    assertThat(f).contains("USA Agree ITA Asserted", "ITA Agree USA Asserted")
        .noneMatch(x -> x.contains("Agree RUS") || x.contains("Agree UKR") || x.contains("Agree POL"));
  }

  @Test
  void theTwoMinistersAfterTalksOnAnotherStatesWarAreTheTalksSides() {
    // "They discussed Russia's war" reports the two who talk: Russia is no third side of the talks, so the
    // count of "the two ministers" still finds the meeting's pair.
    List<String> f = show("Secretary of State Antony J. Blinken met today with Kenyan Foreign Minister Amina Otieno in "
        + "Nairobi. They discussed Russia's war against Ukraine and its effects on global food prices. "
        + "The Secretary noted China's growing debt burden on African states. "
        + "The Secretary also raised the situation in Ethiopia and Somalia. "
        + "The two ministers agreed to expand cooperation on climate resilience.");
    assertThat(f).contains("USA Cooperate KEN Asserted", "KEN Cooperate USA Asserted")
        .noneMatch(x -> x.startsWith("RUS Cooperate") || x.startsWith("UKR Cooperate") || x.startsWith("CHN Cooperate"));
  }

  @Test
  void theTwoLeadersLongAfterACallPledgeTogether() {
    List<String> f = show("Secretary Blinken spoke with Czech Foreign Minister Petr Novak. They discussed the sanctions on "
        + "Russia. The Secretary welcomed the Czech Republic's support for Moldova. The Secretary also raised "
        + "developments in Georgia and Armenia. The Secretary noted the importance of energy security in Europe. "
        + "The two leaders pledged to deepen their defense cooperation.");
    assertThat(f).contains("USA Agree CZE Asserted").noneMatch(x -> x.contains("Agree MDA") || x.contains("Agree RUS"));
  }

  @Test
  void theyAfterAPluralSubjectOfNoStateIsNotTheMeetingsSides() {
    List<String> f = show("Secretary Blinken met with Chilean Foreign Minister Rosa Vidal in Santiago. "
        + "Thousands of students marched in the capital on Tuesday. They demanded lower tuition fees.");
    assertThat(f).noneMatch(x -> x.contains(" Demand "));
  }

  @Test
  void theyInAnotherSpeakersTurnDoesNotTakeUpTheQuestionsParties() {
    List<String> f = show("QUESTION: Secretary Blinken met the Greek Foreign Minister Nikos Pappas today. Did they talk "
        + "about Turkey? MR PRICE: They agreed to meet again next month.");
    assertThat(f).noneMatch(x -> x.contains(" Agree "));
  }
}
