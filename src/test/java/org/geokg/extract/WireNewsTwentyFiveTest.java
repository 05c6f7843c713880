package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25 (s25-plover): shelling is CAMEO 194, fighting with artillery and tanks (FIGHT, as the ontology's
 * gk:Fight and the PLOVER gold code it); an event noun whose onset the verb tells takes its parties after
 * "between" on the verb; a protest at a state's embassy or consulate is aimed at that state. Sentences
 * written for this test, on the real pipeline.
 */
class WireNewsTwentyFiveTest {

  @Test
  void shellingAStateOrItsForcesIsFight() {
    assertThat(SentenceFacts.interactions("Serbian artillery shelled the Bosnian town of Gorazde."))
        .contains("SRB-MIL Fight BIH Asserted")
        .noneMatch(l -> l.contains(" Assault "));
    assertThat(SentenceFacts.interactions("Eritrean gunners shelled Ethiopian troops on Sunday."))
        .anyMatch(l -> l.startsWith("ERI") && l.contains(" Fight ETH"));
  }

  @Test
  void otherAttackVerbsStayAssault() {
    // CAMEO2PLOVER files the rest of root 19 under ASSAULT and the statedept conventions code attacks and
    // strikes ASSAULT: only shelling moved.
    assertThat(SentenceFacts.interactions("Ethiopian jets bombed Eritrean positions on Tuesday."))
        .contains("ETH-MIL Assault ERI Asserted");
    assertThat(SentenceFacts.interactions("Chadian troops attacked Sudan on Monday."))
        .anyMatch(l -> l.startsWith("TCD-MIL Assault SDN"));
  }

  @Test
  void anEventNounThatBreaksOutOrEruptsBetweenPartiesPairsThem() {
    assertThat(SentenceFacts.interactions("Fighting broke out between Armenian and Azerbaijani troops on Monday."))
        .contains("ARM-MIL Fight AZE-MIL Asserted", "AZE-MIL Fight ARM-MIL Asserted");
    assertThat(SentenceFacts.interactions("Heavy fighting erupted between Indian and Pakistani forces in Kashmir."))
        .contains("IND-MIL Fight PAK-MIL Asserted", "PAK-MIL Fight IND-MIL Asserted");
    assertThat(SentenceFacts.interactions("Talks resumed between Israel and Syria on Tuesday."))
        .contains("ISR Consult SYR Asserted", "SYR Consult ISR Asserted");
  }

  @Test
  void talksThatBrokeDownBetweenPartiesAreNoMeeting() {
    assertThat(SentenceFacts.interactions("Talks broke down between Israel and Syria on Tuesday."))
        .noneMatch(l -> l.contains(" Consult "));
  }

  @Test
  void aProtestAtAStatesEmbassyIsAimedAtThatState() {
    assertThat(SentenceFacts.interactions("Thousands of Filipinos demonstrated outside the Chinese embassy in Manila."))
        .anyMatch(l -> l.startsWith("PHL-CVL Protest CHN"))
        .noneMatch(l -> l.startsWith("PHL-CVL Protest PHL"));
    assertThat(SentenceFacts.interactions("Hundreds of Greeks marched to the Turkish consulate on Friday."))
        .anyMatch(l -> l.startsWith("GRC-CVL Protest TUR"))
        .noneMatch(l -> l.startsWith("GRC-CVL Protest GRC"));
    assertThat(SentenceFacts.interactions("Thousands of Iranians rallied outside the British embassy in Tehran."))
        .anyMatch(l -> l.startsWith("IRN-CVL Protest GBR"));
  }

  @Test
  void aProtestOutsideABuildingOfNoForeignStateStaysDomestic() {
    assertThat(SentenceFacts.interactions("Hundreds of Kenyans demonstrated outside parliament in Nairobi."))
        .anyMatch(l -> l.startsWith("KEN-CVL Protest KEN"));
  }

  @Test
  void anUltimatumGivenIsNoAid() {
    assertThat(SentenceFacts.interactions("Russia gave Georgia an ultimatum to withdraw its troops."))
        .noneMatch(l -> l.contains(" Aid "));
    assertThat(SentenceFacts.interactions("Turkey gave Syria a final warning on Monday."))
        .noneMatch(l -> l.contains(" Aid "));
    // Real help given stays Aid.
    assertThat(SentenceFacts.interactions("Japan gave Indonesia emergency food aid on Monday."))
        .anyMatch(l -> l.startsWith("JPN Aid IDN"));
  }
}
