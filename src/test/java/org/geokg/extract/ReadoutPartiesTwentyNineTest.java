package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29: in a multi-party call readout, a sentence opened by a bare "Participants" (no determiner) is the
 * parties of the call reported before (lexicon bare_party_nouns), as "The participants" already was; and
 * readiness to respond to (response_verbs) an aggression whose doer is named is a warning to that doer
 * (events.rules threaten-ready-to-respond, -xsubj). Sentences written for this test.
 */
class ReadoutPartiesTwentyNineTest {

  private static final String CALL = "Deputy Secretary of State Wendy Sherman spoke today with Norwegian State Secretary "
      + "Eivind Vad Petersson, Swedish State Secretary Robert Rydberg, and NATO Deputy Secretary General Mircea Geoana. ";

  private static List<String> facts(String text) {
    return SentenceFacts.callReadoutFacts(text);
  }

  @Test
  void bareParticipantsAreTheCallsParties() {
    assertThat(facts(CALL + "Participants expressed their firm support for Georgia's sovereignty and territorial integrity."))
        .contains("USA supports GEO Asserted", "NOR supports GEO Asserted", "SWE supports GEO Asserted",
            "NATO supports GEO Asserted");
  }

  @Test
  void bareParticipantsWithNoMeetingBeforeNameNoOne() {
    assertThat(facts("Participants in the summer program included students from Kenya and Ghana."))
        .noneMatch(f -> f.startsWith("KEN ") || f.startsWith("GHA "));
  }

  @Test
  void participantsInsideASentenceAreNotTheParties() {
    // Only a sentence-opening bare plural stands for the parties of the call.
    assertThat(facts(CALL + "The Secretary General thanked participants for their support for Georgia's sovereignty."))
        .doesNotContain("NOR supports GEO Asserted", "SWE supports GEO Asserted");
  }

  @Test
  void bareParticipantsKeepThePublishersOur() {
    // A many-party call's "Participants discussed our …" is the publisher's own "our", not every party's.
    assertThat(facts(CALL + "Participants discussed our continued military support for Estonia."))
        .contains("USA Aid EST Asserted")
        .noneMatch(f -> f.startsWith("NOR Aid") || f.startsWith("SWE Aid"));
  }

  @Test
  void readinessToRespondToAggressionThreatensTheAggressor() {
    assertThat(facts(CALL + "Participants expressed their shared readiness to respond in a swift and united manner "
        + "to any further Russian aggression against Moldova."))
        .contains("USA Threaten RUS Asserted", "NOR Threaten RUS Asserted", "SWE Threaten RUS Asserted",
            "NATO Threaten RUS Asserted");
  }

  @Test
  void readyToRespondToAnIncursionThreatensItsDoer() {
    assertThat(facts("Lithuania is ready to respond firmly to any Russian incursion."))
        .contains("LTU Threaten RUS Asserted");
  }

  @Test
  void aResponseUnderWayIsNoThreat() {
    assertThat(facts("We continue to respond to Russia's aggression with sanctions and aid to Ukraine."))
        .noneMatch(f -> f.contains(" Threaten "));
  }
}
