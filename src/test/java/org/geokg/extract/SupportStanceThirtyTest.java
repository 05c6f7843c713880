package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30: the verb "support" or "back" of a party writes the supports stance (session 29's lexicon change,
 * re-landed), and a stance is held toward the party its object names or whose thing it is, never toward
 * whom a backed act is aimed at: "support efforts to sanction Y", "back measures against Y" state no
 * attitude toward Y (the guard session 17 put on {@code support-verb-continued}, now for every stance and
 * tie read from an object, {@link ActorTargets#heldToward}). Sentences written for this test.
 */
class SupportStanceThirtyTest {

  private static final String RELEASE = "https://www.state.gov/a-statement-on-the-region/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void supportingEffortsToSanctionAPartyIsNoStanceTowardIt() {
    assertThat(facts("Peru supports efforts to sanction Bolivia."))
        .noneMatch(f -> f.startsWith("PER supports BOL"))
        .noneMatch(f -> f.startsWith("PER Support BOL"));
  }

  @Test
  void backingMeasuresAgainstAPartyIsNoStanceTowardIt() {
    assertThat(facts("Peru will back measures against Bolivia."))
        .noneMatch(f -> f.startsWith("PER supports BOL"))
        .noneMatch(f -> f.startsWith("PER Support BOL"));
  }

  @Test
  void backingSanctionsOnAPartyIsNoStanceTowardIt() {
    assertThat(facts("Peru backed the sanctions on Bolivia."))
        .noneMatch(f -> f.startsWith("PER supports BOL"))
        .noneMatch(f -> f.startsWith("PER Support BOL"));
  }

  @Test
  void supportingEffortsToHoldAPartyAccountableOpposesItOnly() {
    // The present or past tense's stance rule (support-verb-lasting) took the held party as well.
    assertThat(facts("Peru supported efforts to hold Bolivia accountable."))
        .contains("PER opposes BOL Asserted")
        .noneMatch(f -> f.startsWith("PER supports BOL"));
  }

  @Test
  void theDoerOfTheBackedEffortIsTheOneSupported() {
    assertThat(facts("Peru supports efforts by Chile to isolate Bolivia."))
        .contains("PER supports CHL Asserted")
        .noneMatch(f -> f.startsWith("PER supports BOL"))
        .noneMatch(f -> f.startsWith("PER Support "));
  }

  @Test
  void anActOnAThingAimedAtAPartyStillTargetsIt() {
    // Guard: only stances and ties skip the walk to whom a thing is aimed at; an event keeps it.
    assertThat(facts("Iran threatened further action against Israel.")).contains("IRN Threaten ISR Asserted");
    assertThat(facts("Peru will back further action against Bolivia."))
        .noneMatch(f -> f.startsWith("PER supports BOL"))
        .noneMatch(f -> f.startsWith("PER Support BOL"));
  }

  @Test
  void aPeopleBackedIsStillSupported() {
    assertThat(facts("Peru will continue to support the people of Chile."))
        .contains("PER supports CHL Asserted")
        .noneMatch(f -> f.startsWith("PER Support CHL"));
  }
}
