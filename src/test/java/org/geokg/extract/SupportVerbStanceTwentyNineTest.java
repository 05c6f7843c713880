package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29: the verb "support" (or "back") with a party, a people or their efforts as its object is the
 * standing supports stance, not a SUPPORT event: the gold conventions write SUPPORT events for thanks,
 * praise, welcome and condolences, and the pooled fresh golds write "we continue to support X" as X's
 * supports only. Endorsing a text or a proposal (a row naming endorsed_things) stays a SUPPORT event.
 * Welcoming refugees or displaced persons (hosted_people) is granting asylum, an Aid (CAMEO 075), no praise.
 * Sentences written for this test.
 */
class SupportVerbStanceTwentyNineTest {

  private static final String RELEASE = "https://www.state.gov/a-readout-of-a-meeting/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void continuingToSupportAPeopleIsTheStanceNoEvent() {
    assertThat(facts("The United States will continue supporting the people of Moldova as they build their democracy."))
        .anyMatch(f -> f.startsWith("USA supports MDA"))
        .noneMatch(f -> f.startsWith("USA Support MDA"));
  }

  @Test
  void supportingEffortsByAnOrganisationIsTheStanceNoEvent() {
    assertThat(facts("Denmark continues to support efforts by the African Union to end the fighting."))
        .anyMatch(f -> f.startsWith("DNK supports AU"))
        .noneMatch(f -> f.startsWith("DNK Support AU"));
  }

  @Test
  void backingAStateIsTheStanceNoEvent() {
    assertThat(facts("Lithuania firmly backs Georgia."))
        .anyMatch(f -> f.startsWith("LTU supports GEO"))
        .noneMatch(f -> f.startsWith("LTU Support GEO"));
  }

  @Test
  void endorsingAStatesBidStaysASupportEvent() {
    assertThat(facts("Canada supported Chile's bid to host the next summit."))
        .anyMatch(f -> f.startsWith("CAN Support CHL"));
  }

  @Test
  void praiseStaysASupportEvent() {
    assertThat(facts("Norway welcomed Kenya's decision to join the coalition."))
        .anyMatch(f -> f.startsWith("NOR Support KEN"));
  }

  @Test
  void welcomingRefugeesIsAidNoSupportOfTheirState() {
    assertThat(facts("Estonia has welcomed tens of thousands of refugees from Moldova this year."))
        .noneMatch(f -> f.startsWith("EST Support MDA"))
        .anyMatch(f -> f.startsWith("EST Aid MDA"));
  }

  @Test
  void welcomingAStatesStepStaysASupportEvent() {
    assertThat(facts("Estonia welcomed Moldova's new reforms."))
        .anyMatch(f -> f.startsWith("EST Support MDA"));
  }
}
