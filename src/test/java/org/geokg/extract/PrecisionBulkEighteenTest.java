package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards of the session 18 bulk review, with sentences written for this test: calling an actor
 * to act is an appeal, not a telephone call; a promise to urge another is no commitment toward it; an
 * event noun's target comes after a preposition its table row lists ("coordination on Venezuela" is about
 * Venezuela); where troops are massed is not whom they face; a participle of holding ("controlled by")
 * names no doer of a deed.
 */
class PrecisionBulkEighteenTest {

  @Test
  void callingAnActorToActIsNoCall() {
    assertThat(SentenceFacts.interactions("Norway has been calling Sweden to show restraint in the dispute."))
        .noneMatch(f -> f.startsWith("NOR Consult SWE"));
  }

  @Test
  void aCallStillIsACall() {
    assertThat(SentenceFacts.interactions("Canada called Norway yesterday."))
        .contains("CAN Consult NOR Asserted");
    assertThat(SentenceFacts.interactions("Norway called Sweden to congratulate the Prime Minister."))
        .anyMatch(f -> f.startsWith("NOR Consult SWE"));
    assertThat(SentenceFacts.interactions("Brazil has been calling Argentina every week to discuss trade."))
        .anyMatch(f -> f.startsWith("BRA Consult ARG"));
  }

  @Test
  void aCallOnAnActorToActIsStillADemand() {
    assertThat(SentenceFacts.interactions("Norway called on Sweden to show restraint."))
        .anyMatch(f -> f.startsWith("NOR Demand SWE"));
  }

  @Test
  void aPromiseToUrgeIsNoCommitmentTowardTheOneUrged() {
    assertThat(SentenceFacts.interactions("Poland and Lithuania pledged continued coordination to urge Belarus "
        + "to release political prisoners."))
        .noneMatch(f -> f.contains("Agree BLR"));
    assertThat(SentenceFacts.interactions("Poland pledged to urge Belarus to release political prisoners."))
        .noneMatch(f -> f.contains("Agree BLR"))
        .anyMatch(f -> f.startsWith("POL Demand BLR"));
  }

  @Test
  void aPromiseToHelpIsStillACommitment() {
    assertThat(SentenceFacts.interactions("Poland pledged to help Ukraine."))
        .contains("POL Agree UKR Asserted");
    assertThat(SentenceFacts.interactions("Peru offered to mediate between Chile and Bolivia."))
        .contains("PER Agree CHL Asserted", "PER Agree BOL Asserted");
  }

  @Test
  void coordinationOnAPlaceIsNotWithIt() {
    assertThat(SentenceFacts.interactions("Canada and Mexico agreed to continue close coordination on Venezuela."))
        .noneMatch(f -> f.contains("VEN"));
  }

  @Test
  void coordinationWithAPartyIsStillWithIt() {
    assertThat(SentenceFacts.interactions("Canada and Mexico agreed to continue close coordination with Colombia."))
        .contains("CAN Agree COL Asserted", "CAN Cooperate COL Asserted");
    assertThat(SentenceFacts.interactions("The European Union imposed new sanctions on Russia."))
        .contains("EU Sanction RUS Asserted");
    assertThat(SentenceFacts.interactions("Norway welcomed the talks with Venezuela."))
        .anyMatch(f -> f.startsWith("NOR Support VEN"));
  }

  @Test
  void troopsMassedInAStateDoNotFaceIt() {
    assertThat(SentenceFacts.interactions("Over the past weeks, Iran has massed 40,000 troops near Iraq's border, "
        + "in Iran, Syria and Lebanon."))
        .noneMatch(f -> f.contains("Mobilize SYR") || f.contains("Mobilize LBN"));
    assertThat(SentenceFacts.interactions("Turkey deployed troops in Syria."))
        .noneMatch(f -> f.contains("Mobilize"));
  }

  @Test
  void troopsMassedNearAStateStillFaceIt() {
    assertThat(SentenceFacts.interactions("China massed troops near Taiwan."))
        .contains("CHN Mobilize TWN Asserted");
  }

  @Test
  void aHoldersParticipleNamesNoDoer() {
    assertThat(SentenceFacts.interactions("The Minister noted our response to Armenia's decision to recognize the "
        + "independence of the regions controlled by Armenian proxy authorities in western Azerbaijan."))
        .noneMatch(f -> f.startsWith("ARM Support ARM"));
  }
}
