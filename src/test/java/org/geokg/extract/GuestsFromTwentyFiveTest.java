package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guests met or received stand for where they come from (session 25, s25-petr, rule
 * consult-verb-guest-from-verb), also when the parser hangs "from" on the verb; on sentences written for
 * this test.
 */
class GuestsFromTwentyFiveTest {
  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text);
    System.out.println("G25 " + text + " -> " + f);
    return f;
  }

  @Test
  void guestsReceivedFromAStateAreAMeetingWithIt() {
    assertThat(show("Peru received guests from Chile on Friday.")).contains("PER Consult CHL Asserted");
    assertThat(show("The Indian foreign minister met envoys from Saudi Arabia."))
        .contains("IND Consult SAU Asserted");
  }

  @Test
  void somethingReceivedFromAStateIsNoMeeting() {
    // An act received from Y is Y's act on the receiver, never a meeting with Y.
    assertThat(show("Germany received assurances from Poland.")).contains("POL Agree DEU Asserted")
        .noneMatch(x -> x.contains(" Consult "));
  }
}
