package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (s27-fgC): office titles of State Department readouts that left the holder representing no one,
 * so that a call with them went to a person rather than a state: a ministry abbreviation inside the title
 * ("French MFA Secretary General X"), the foreign-service title "State Secretary", two coordinated titles of
 * one holder after a state ("Jordanian Deputy Prime Minister and Foreign Minister X"), and "Ambassador at
 * Large". Sentences written for this test; names invented.
 */
class OfficeTitlesTwentySevenTest {

  private static List<String> represents(String text) {
    List<String> r = SentenceFacts.represents(text);
    System.out.println(text + " => " + r);
    return r;
  }

  @Test
  void aMinistryAbbreviationInsideATitleIsReadThrough() {
    assertThat(represents("The Deputy Secretary spoke today with French MFA Secretary General Marc Dubois."))
        .contains("marc-dubois FRA");
  }

  @Test
  void stateSecretaryIsATitle() {
    assertThat(represents("The Deputy Secretary spoke today with German MFA State Secretary Hans Keller."))
        .contains("hans-keller DEU");
  }

  @Test
  void twoTitlesOfOneHolderAfterAStateGiveThatState() {
    assertThat(represents("Secretary Blinken met with Egyptian Deputy Prime Minister and Foreign Minister Karim Nasser."))
        .contains("karim-nasser EGY");
  }

  @Test
  void coordinatedTitlesWithoutAStateAreTwoPeopleAndGiveNothing() {
    // "the Secretary and Foreign Minister X" names two people: X's state is not read from "the Secretary".
    assertThat(represents("The Secretary and Foreign Minister Karim Nasser discussed the talks."))
        .noneMatch(r -> r.startsWith("karim-nasser USA"));
  }

  @Test
  void aTitleAfterAPersonIsNotReadThroughAnd() {
    // "Secretary Blinken and Foreign Minister X": a person before "and" ends the scan; X is not American.
    assertThat(represents("Secretary Antony Blinken and Foreign Minister Karim Nasser discussed the talks."))
        .noneMatch(r -> r.startsWith("karim-nasser USA"));
  }

  @Test
  void ambassadorAtLargeRepresentsTheStateBeforeIt() {
    assertThat(represents("U.S. Ambassador at Large for Global Criminal Justice Laura Mendes met with Kenyan officials."))
        .contains("laura-mendes USA");
  }

  @Test
  void eachMfaOfficialOfAListRepresentsTheirOwnState() {
    // The readout's shape: a call with a list of ministry officials, each with a demonym before the title.
    assertThat(represents("Deputy Secretary of State Wendy Sherman spoke today with Italian MFA Secretary General"
        + " Paolo Ricci, German MFA State Secretary Hans Keller, and French MFA Secretary General Marc Dubois."))
        .contains("paolo-ricci ITA", "hans-keller DEU", "marc-dubois FRA", "wendy-sherman USA")
        .noneMatch(r -> r.startsWith("paolo-ricci USA") || r.startsWith("hans-keller ITA"));
  }
}
