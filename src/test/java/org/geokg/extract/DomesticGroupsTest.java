package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A state's own people and sectors as groups, so that domestic events (a government against its
 * opposition, nationals protesting at home) are interactions; sentences written for this test, on the
 * real pipeline.
 */
class DomesticGroupsTest {
  @Test
  void peopleNamedByTheirSectorAreThatSectorsGroup() {
    // "candidates" is no sector noun; "opposition" before it is.
    assertThat(SentenceFacts.interactions(
        "Chilean President Ana Velarde threatened to ban Chilean opposition candidates from the vote."))
        .anyMatch(f -> f.contains(" Threaten CHL-OPP "));
  }

  @Test
  void aGovernmentNounAfterAnotherSectorsNounIsThatSectorsPeople() {
    // As the coders' agent phrases read REBEL_LEADER, OPPOSITION_LEADER: the rebels' leaders are no government.
    assertThat(SentenceFacts.interactions("Nepalese rebel leaders met the UN envoy in Geneva on Monday."))
        .anyMatch(f -> f.startsWith("NPL-REB Consult "));
    assertThat(SentenceFacts.interactions("Belarusian opposition leaders accused Russia of interference."))
        .anyMatch(f -> f.startsWith("BLR-OPP Accuse RUS"));
  }

  @Test
  void aDemonymBeforeAPluralPeopleNounIsThatStatesPeople() {
    // The coders code an ethnic group in the state the adjective names (CVL): "Iraqi Kurds" IRQ.
    assertThat(SentenceFacts.interactions("Thousands of Turkish Kurds demonstrated in Diyarbakir on Sunday, "
        + "calling for autonomy from Turkey."))
        .anyMatch(f -> f.startsWith("TUR-CVL Protest TUR"));
    // Shelling is Fight (CAMEO 194, session 25); the people's state is what this test is about.
    assertThat(SentenceFacts.interactions("Iranian troops shelled Iraqi Kurds near the border."))
        .anyMatch(f -> f.startsWith("IRN-MIL Fight IRQ-CVL"));
  }

  @Test
  void anAcronymsPluralAfterADemonymIsNoPeople() {
    // A bug of the first version: "American NGOs" became the US civilians' group.
    assertThat(SentenceFacts.interactions("Chile sent aid to Peruvian NGOs after the floods."))
        .noneMatch(f -> f.contains("PER-CVL"));
  }

  @Test
  void aBarePluralDemonymIsTheStatesPeople() {
    assertThat(SentenceFacts.interactions("Young Peruvians blocked roads in Lima on Sunday."))
        .contains("PER-CVL Protest PER Asserted");
  }

  @Test
  void aDefinitePluralDemonymStaysTheState() {
    assertThat(SentenceFacts.interactions("The Russians rejected the proposal of Japan."))
        .contains("RUS Reject JPN Asserted");
  }

  @Test
  void aDemonymBeforeANounOfPeopleInAnEventIsThatStatesCivilians() {
    // Session 14: "prisoners", "supporters" are civilians in every relation, not only in a protest.
    assertThat(SentenceFacts.interactions("Peruvian soldiers attacked Peruvian prisoners near the border."))
        .anyMatch(f -> f.startsWith("PER-MIL Assault PER-CVL"));
  }

  @Test
  void anArmedGroupNamedByAPeopleIsThatSectorOfTheStateWhereItFights() {
    // The people is no state; the sentence places the act in one state, as the coders place the rebels.
    assertThat(SentenceFacts.interactions("Tamil rebels attacked Sri Lankan soldiers in eastern Sri Lanka on "
        + "Tuesday."))
        .anyMatch(f -> f.startsWith("LKA-REB Assault LKA-MIL"));
    assertThat(SentenceFacts.interactions("Karen guerrillas ambushed Burmese troops in eastern Myanmar, the "
        + "military said."))
        .anyMatch(f -> f.startsWith("MMR-REB Assault MMR-MIL"));
    // No place of one state: no group.
    assertThat(SentenceFacts.interactions("Tamil rebels accused India of betraying them."))
        .noneMatch(f -> f.startsWith("IND-REB "));
  }

  @Test
  void anArmedPeopleWithNoPlaceIsOfTheOneStateWhoseGroupTheSentenceNames() {
    // Session 18: the people's name is read as a place or an organisation by the NER; the sentence's one
    // state, named by its government, is where its rebels fight (a domestic event, as the coders code it).
    assertThat(SentenceFacts.interactions("The Mozambican government rejected the demands of Makua rebels."))
        .contains("MOZ-GOV Reject MOZ-REB Asserted");
    // Two states named: whose rebels they are is not said.
    assertThat(SentenceFacts.interactions("Makua rebels attacked Malawian soldiers and Zambian police."))
        .noneMatch(f -> f.contains("-REB "));
    // The bare state only: rebels speaking to a state are not therefore its own.
    assertThat(SentenceFacts.interactions("Makua rebels accused Malawi of betraying them."))
        .noneMatch(f -> f.contains("MWI-REB"));
  }

  @Test
  void anEthnicPeopleActingInAnotherStateIsThatStatesPeople() {
    // Session 18: the coders place an ethnic minority in the state it lives in, not the state its name recalls.
    assertThat(SentenceFacts.interactions("Some 300 ethnic Hungarians demonstrated on Saturday in Slovakia, the "
        + "agency said."))
        .contains("SVK-CVL Protest SVK Asserted")
        .noneMatch(f -> f.startsWith("HUN"));
    // In the state its name recalls the ethnicity stays as it was read (no people of that state is made).
    assertThat(SentenceFacts.interactions("Ethnic Hungarians protested in Hungary against the new law."))
        .noneMatch(f -> f.startsWith("HUN-CVL"));
  }

  @Test
  void forcesAGovernmentNounQualifiesAreOfTheStateWhereTheActHappens() {
    // Session 18: "government troops" names no state; the sentence places the fight in one.
    assertThat(SentenceFacts.interactions("Kachin guerrillas attacked government troops in northern Myanmar."))
        .contains("MMR-REB Assault MMR-MIL Asserted");
    // No place and no group of one state: no owner is guessed.
    assertThat(SentenceFacts.interactions("Government troops attacked the rebels near the river."))
        .noneMatch(f -> f.contains("-MIL"));
  }
}
