package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30, PLOVER recall: wire-news shapes of MOBILIZE, FIGHT, ASSAULT and PROTEST that read nothing
 * before. Forces put on (or going on) alert and reserves mobilized are a targetless Mobilize (CAMEO 151,
 * 152, 154); forces moved to a border its owner's demonym names face that owner; "Fighting between X and Y"
 * (a gerund the parser gives the parties) is their Fight; hostages taken are an Assault on them (CAMEO
 * 181); a strike or demonstration over an issue of no owner is a protest at home. Sentences written for
 * this test.
 */
class PloverRecallThirtyTest {

  private static final String NEWS = "https://example.org/news/2026/12/07/item";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, NEWS));
  }

  private static List<String> targetless(String text) {
    return SentenceFacts.shown(text, SentenceFacts.targetless(text));
  }

  @Test
  void forcesPutOnAlertAreATargetlessMobilize() {
    assertThat(targetless("Pakistan put its troops on high alert on Sunday.")).contains("PAK Mobilize - Asserted");
    assertThat(targetless("Japan raised the alert level of its forces.")).contains("JPN Mobilize - Asserted");
  }

  @Test
  void anArmyGoingOnAlertMobilizes() {
    assertThat(targetless("The Egyptian army went on full alert.")).anyMatch(f -> f.matches("EGY\\S* Mobilize - Asserted"));
  }

  @Test
  void reservesMobilizedAreATargetlessMobilize() {
    assertThat(targetless("Armenia mobilized its reservists.")).contains("ARM Mobilize - Asserted");
  }

  @Test
  void peopleOnAlertForSomethingElseMobilizeNothing() {
    // Guard: residents are no forces, and an oath taken or a crop held is no event of force.
    assertThat(SentenceFacts.targetless("Residents of Lima stayed on alert for aftershocks."))
        .noneMatch(f -> f.contains(" Mobilize "));
    assertThat(SentenceFacts.interactions("We call on Russia not to mobilize its reserves."))
        .noneMatch(f -> f.contains(" Mobilize ") && f.endsWith("Asserted"));
  }

  @Test
  void forcesMovedToABorderNamedByItsOwnerFaceTheOwner() {
    assertThat(facts("Egypt deployed troops on the Libyan border.")).contains("EGY Mobilize LBY Asserted");
  }

  @Test
  void forcesMovedAlongTheirOwnBorderFaceNoOne() {
    // Guard: "its border" is the mover's own.
    assertThat(facts("Algeria stationed troops along its border.")).noneMatch(f -> f.contains(" Mobilize "));
  }

  @Test
  void fightingBetweenTwoForcesIsTheirFight() {
    assertThat(facts("Fighting between Somali and Kenyan troops continued on Tuesday."))
        .anyMatch(f -> f.matches("SOM\\S* Fight KEN\\S* Asserted"));
  }

  @Test
  void hostagesTakenAreAnAssaultOnThem() {
    assertThat(facts("Somali pirates took twelve Indian sailors hostage.")).anyMatch(f -> f.matches("\\S+ Assault IND\\S* Asserted"));
  }

  @Test
  void anOathOrControlTakenIsNoAssault() {
    // Guard: only people taken with "hostage" are read, so "took the oath" or "took control" is no abduction.
    // ("Russia is holding Ukraine's grain exports hostage" is RUS Assault UKR by the older CAMEO verb row
    // "hold … hostage", 181: left, see docs/QUALITY.md, session 30.)
    assertThat(facts("Rebels took control of the Malian town.")).noneMatch(f -> f.contains(" Assault "));
    assertThat(facts("The Kenyan president took the oath of office.")).noneMatch(f -> f.contains(" Assault "));
  }

  @Test
  void aStrikeOverAnIssueOfNoOwnerIsAProtestAtHome() {
    assertThat(facts("Bolivian miners staged a strike over wages.")).anyMatch(f -> f.matches("BOL\\S* Protest BOL Asserted"));
  }

  @Test
  void aDemonstrationAgainstAnotherStatesActIsNoProtestAtHome() {
    // Guard: the issue has an owner (Japan's), so the protest is not aimed at the protesters' own state.
    assertThat(facts("Korean students held a demonstration against Japan's textbook policy."))
        .noneMatch(f -> f.matches("KOR\\S* Protest KOR Asserted"));
  }

  @Test
  void aMilitaryStrikeStaysAnAssault() {
    // Guard: only a labour or protest modifier makes a strike a protest.
    assertThat(facts("Israel launched a strike against Hamas positions.")).noneMatch(f -> f.contains(" Protest "));
    assertThat(facts("Palestinian prisoners launched a hunger strike against Israel."))
        .noneMatch(f -> f.contains(" Assault "));
  }
}
