package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The constructions of readouts and statements on the real pipeline, with sentences written for this
 * test: light verbs with event nouns, courtesies, stated concern, designations and visa restrictions,
 * announced aid with its amount, lists of states acting together, calls on another to act.
 */
class ReadoutRulesTest {
  @Test
  void havingACallOrTalksIsConsultingButHavingATreatyIsNot() {
    assertThat(SentenceFacts.facts("Chile had a phone call with Peru on Monday.")).contains("CHL Consult PER Asserted");
    assertThat(SentenceFacts.facts("Chile held talks with Peru.")).contains("CHL Consult PER Asserted");
    assertThat(SentenceFacts.facts("Chile has a treaty with Peru.")).noneMatch(f -> f.contains("Consult") || f.contains("Agree"));
  }

  @Test
  void partiesThatDiscussOrExchangeViewsConsultEachOther() {
    assertThat(SentenceFacts.facts("Japan and Australia discussed regional security."))
        .contains("JPN Consult AUS Asserted", "AUS Consult JPN Asserted");
    assertThat(SentenceFacts.facts("Egypt and Jordan exchanged views on the situation in the region."))
        .contains("EGY Consult JOR Asserted", "JOR Consult EGY Asserted");
    // The verb dictionary codes "exchange views with" too (CAMEO 046): the claim carries its code.
    assertThat(SentenceFacts.facts("Egypt exchanged views with Jordan.")).anyMatch(f -> f.startsWith("EGY Consult JOR Asserted"));
  }

  @Test
  void condolencesThanksAndCongratulationsAreSupport() {
    assertThat(SentenceFacts.facts("Spain expressed condolences to Turkey.")).contains("ESP Support TUR Asserted");
    assertThat(SentenceFacts.facts("Italy conveyed its deepest sympathy to Greece.")).contains("ITA Support GRC Asserted");
    assertThat(SentenceFacts.facts("Canada thanked Norway for its help.")).contains("CAN Support NOR Asserted");
    assertThat(SentenceFacts.facts("Portugal congratulated Brazil on the election.")).contains("PRT Support BRA Asserted");
    assertThat(SentenceFacts.facts("Japan is grateful to India for its help.")).contains("JPN Support IND Asserted");
  }

  @Test
  void concernIsWarinessAndGraveConcernARebuke() {
    assertThat(SentenceFacts.facts("Mexico expressed concern over Venezuela's arrests of journalists."))
        .contains("MEX waryOf VEN Asserted").noneMatch(f -> f.contains("Accuse"));
    assertThat(SentenceFacts.facts("Sweden expressed deep concern about Iran's nuclear program."))
        .contains("SWE Accuse IRN Asserted").noneMatch(f -> f.contains("waryOf"));
  }

  @Test
  void designationsAndVisaRestrictionsAreSanctions() {
    assertThat(SentenceFacts.facts("The United States designated Hizballah under Executive Order 13224."))
        .anyMatch(f -> f.startsWith("USA Sanction") && f.endsWith("Asserted"));
    assertThat(SentenceFacts.facts("The United States designated Kenya as a partner.")).noneMatch(f -> f.contains("Sanction"));
    assertThat(SentenceFacts.facts("The United States imposed visa restrictions on Nicaragua."))
        .contains("USA Sanction NIC Asserted").noneMatch(f -> f.contains("Coerce"));
    assertThat(SentenceFacts.facts("The United States imposed restrictions on Nicaragua.")).contains("USA Coerce NIC Asserted");
  }

  @Test
  void announcedAidKeepsItsAmount() {
    assertThat(SentenceFacts.facts("The United States announced $50 million in humanitarian assistance for Sudan."))
        .contains("USA Aid SDN Asserted 50000000 USD");
    assertThat(SentenceFacts.facts("Japan announced 5 billion yen in aid for Sri Lanka."))
        .contains("JPN Aid LKA Asserted 5000000000 JPY");
    assertThat(SentenceFacts.facts("Peru urged Chile not to provide any form of support to Bolivia."))
        .noneMatch(f -> f.startsWith("CHL Support BOL Asserted"));
  }

  @Test
  void eachStateOfAListActs() {
    assertThat(SentenceFacts.facts("The United States, Japan and South Korea condemned North Korea's missile launch."))
        .contains("USA Accuse PRK Asserted", "JPN Accuse PRK Asserted", "KOR Accuse PRK Asserted");
  }

  @Test
  void leadersWhoAgreeAgreeWithEachOther() {
    assertThat(SentenceFacts.facts("President Biden and Prime Minister Kishida agreed to strengthen the alliance."))
        .contains("joe-biden Agree fumio-kishida Asserted");
  }

  @Test
  void tiesAsStatementsPutThem() {
    assertThat(SentenceFacts.facts("China is Brazil's largest trading partner.")).contains("CHN economicTiesWith BRA Asserted");
    assertThat(SentenceFacts.facts("Norway is a reliable energy supplier to Germany.")).contains("NOR energyTiesWith DEU Asserted");
    assertThat(SentenceFacts.facts("Brazil is an important partner of China.")).noneMatch(f -> f.contains("TiesWith"));
    assertThat(SentenceFacts.facts("India's military-technical cooperation with Russia continues."))
        .contains("IND militaryTiesWith RUS Asserted");
    assertThat(SentenceFacts.facts("Vietnam's strategic partnership with Japan has grown.")).contains("VNM friendlyWith JPN Asserted");
  }

  @Test
  void callingOnAnotherToActIsADemand() {
    assertThat(SentenceFacts.facts("France called on Iran to release the prisoners.")).contains("FRA Demand IRN Asserted");
  }

  @Test
  void signingAMemorandumOfUnderstandingIsAnAgreement() {
    assertThat(SentenceFacts.facts("Poland signed a memorandum of understanding with Lithuania.")).contains("POL Agree LTU Asserted");
  }

  @Test
  void theVerbDictionaryCodesVerbsTheHandWrittenTablesLack() {
    assertThat(SentenceFacts.facts("Iran campaigned against Israel.")).contains("IRN Accuse ISR Asserted cameo:110");
  }
}
