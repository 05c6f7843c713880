package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: two Agree claims the CAMEO intent conventions read where no one promised anything. (1) A
 * planned act named by a noun ("his trip to Y next month", "the upcoming meeting with Y") under a speech
 * verb that only reports a clause about it is a schedule, not the actor's stated intention; a noun that is
 * the object of an intent verb ("offered talks") still is. (2) "offered his condolences" with no "to Y" is a
 * courtesy (Support), not an offer of cooperation. Sentences written for this test.
 */
class IntentReadingsTwentySevenTest {

  private static final String RELEASE = "https://www.state.gov/secretarys-call-and-travel-announcement/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aVisitTheSpeakerSaysSomeoneLooksForwardToIsNoAgreement() {
    List<String> f = facts("The Secretary of State noted that President Biden looks forward to his trip to Kenya next month.");
    assertThat(f).anyMatch(x -> x.startsWith("joe-biden Consult KEN Planned"));
    assertThat(f).noneMatch(x -> x.contains(" Agree "));
  }

  @Test
  void anUpcomingMeetingReportedByASpokesmanIsNoAgreement() {
    List<String> f = facts("The White House says President Biden's upcoming meeting with Kenyan officials in Nairobi next month will cover trade.");
    assertThat(f).anyMatch(x -> x.startsWith("joe-biden Consult KEN-GOV Planned"));
    assertThat(f).noneMatch(x -> x.contains(" Agree "));
  }

  @Test
  void anOfferToMeetIsStillAnAgreement() {
    // Guard: a stated offer of talks is CAMEO 03x, the intent verb governs the act.
    assertThat(facts("Japan offered to host talks with Peru on fisheries."))
        .anyMatch(x -> x.startsWith("JPN Agree PER Asserted"));
  }

  @Test
  void aStatedPlanToVisitBySpeechIsStillAnAgreement() {
    // Guard: a verb act under a speech verb ("said Japan will meet with Y") is the actor's own stated intention.
    assertThat(facts("Japan's Foreign Minister said Japan will meet with Peru next month."))
        .anyMatch(x -> x.startsWith("JPN Agree PER Asserted"));
  }

  @Test
  void condolencesOfferedWithNoRecipientAreNoOfferOfCooperation() {
    List<String> f = facts("Secretary Blinken spoke today with Bangladeshi Prime Minister Sheikh Hasina. "
        + "The Secretary offered his condolences for the deadly flood in Sylhet over the weekend.");
    assertThat(f).noneMatch(x -> x.contains(" Agree "));
    assertThat(f).contains("antony-blinken Support hasina Asserted");
  }

  @Test
  void anOfferOfAidIsStillAnAgreement() {
    // Guard: the courtesy rows name their nouns; offer's other objects keep the Agree reading.
    assertThat(facts("Japan offered aid to Peru.")).anyMatch(x -> x.startsWith("JPN Agree PER Asserted"));
  }

  @Test
  void condolencesOfferedToARecipientStayASupport() {
    // Guard: the session-16 row for "offer condolences to Y" still reads the courtesy toward Y.
    assertThat(facts("Japan offered its condolences to Peru.")).contains("JPN Support PER Asserted");
  }
}
