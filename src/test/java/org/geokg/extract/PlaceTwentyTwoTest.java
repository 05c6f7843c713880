package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22, s22-place, with sentences written for this test. A military exercise, drill or war game
 * held near, along or off another state's ground is a show of force toward it (the Mobilize rows of
 * interaction_nouns that list those prepositions, read under a light verb); held with a partner it stays
 * Cooperate. And a city name two states share is put in the state its own phrase names ("Tripoli,
 * Lebanon", "the northern Lebanese city of Tripoli"), not in the state whose capital has that name.
 */
class PlaceTwentyTwoTest {

  @Test
  void drillsNearAnotherStateAreMobilizeTowardIt() {
    assertThat(SentenceFacts.interactions("China staged large-scale war games near Taiwan on Friday."))
        .contains("CHN Mobilize TWN Asserted");
    assertThat(SentenceFacts.interactions("Moscow held tank exercises along the Ukrainian border last week."))
        .contains("RUS Mobilize UKR Asserted");
    assertThat(SentenceFacts.interactions("Iran conducted naval drills off the coast of Oman."))
        .contains("IRN Mobilize OMN Asserted");
    assertThat(SentenceFacts.interactions("North Korea held artillery drills near its border with South Korea."))
        .contains("PRK Mobilize KOR Asserted");
  }

  @Test
  void drillsWithAPartnerStayCooperate() {
    assertThat(SentenceFacts.interactions("India held joint naval exercises with Egypt in the Red Sea."))
        .contains("IND Cooperate EGY Asserted")
        .noneMatch(f -> f.contains(" Mobilize "));
    assertThat(SentenceFacts.interactions("The United States conducted joint drills with South Korea near the border."))
        .contains("USA Cooperate KOR Asserted")
        .noneMatch(f -> f.contains(" Mobilize "));
  }

  @Test
  void drillsNearOnesOwnPlaceAimAtNoOne() {
    // The source's own city or coast names where the drill is, not a state it is aimed at.
    assertThat(SentenceFacts.interactions("Russia held military exercises near Kaliningrad."))
        .noneMatch(f -> f.contains(" Mobilize "));
    assertThat(SentenceFacts.interactions("China held air drills near its own coast."))
        .noneMatch(f -> f.contains(" Mobilize "));
  }

  @Test
  void theStateAfterACommaDecidesWhoseCityItIs() {
    // Shelling is Fight (CAMEO 194, session 25); the place's state is what this test is about.
    assertThat(SentenceFacts.interactions("Syrian artillery shelled Tripoli, Lebanon, overnight."))
        .anyMatch(f -> f.startsWith("SYR") && f.contains(" Fight LBN"))
        .noneMatch(f -> f.contains("LBY"));
  }

  @Test
  void aDemonymBeforeTheCityNounDecidesWhoseCityItIs() {
    assertThat(SentenceFacts.interactions("Syrian gunners shelled the northern Lebanese port city of Tripoli on Sunday."))
        .anyMatch(f -> f.startsWith("SYR") && f.contains(" Fight LBN"))
        .noneMatch(f -> f.contains("LBY"));
    assertThat(SentenceFacts.interactions("Egypt bombed the Libyan city of Tripoli."))
        .contains("EGY Assault LBY Asserted");
  }

  @Test
  void anOfficialOfTheNamedCityIsOfTheNamedState() {
    assertThat(SentenceFacts.interactions("Damascus released the mayor of the Lebanese port city of Tripoli."))
        .anyMatch(f -> f.contains(" Retreat LBN"))
        .noneMatch(f -> f.contains("LBY"));
  }

  @Test
  void theCapitalAloneStaysItsState() {
    assertThat(SentenceFacts.interactions("Egyptian jets bombed Tripoli on Monday."))
        .anyMatch(f -> f.startsWith("EGY") && f.contains(" Assault LBY"));
  }
}
