package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The CAMEO dictionary's patterns with a noun inside a prepositional phrase, as {@code cameo.rules}
 * reads them from {@code cameo_verbs.tsv} (frames {@code pp:P} and the {@code pp} column), on the real
 * pipeline, with sentences written for this test.
 */
class CameoPatternsTest {
  @Test
  void theNounAfterTheVerbsPrepositionDecidesAndItsOwnPrepositionNamesTheTarget() {
    // ADVISE * (AGAINST TRAVEL) [160]
    assertThat(SentenceFacts.interactions("Canada advised against travel to Haiti."))
        .contains("CAN Sanction HTI Asserted");
    // Another noun after the same preposition is no pattern.
    assertThat(SentenceFacts.interactions("Canada advised against haste in its dealings with Haiti."))
        .noneMatch(f -> f.contains("Sanction"));
  }

  @Test
  void theTargetOfAPrepositionalPatternIsTheVerbsObjectOrATargetPreposition() {
    // CONTACT * (FOR HELP) [023]: the object is asked.
    assertThat(SentenceFacts.interactions("Chile contacted Peru for help."))
        .contains("CHL Demand PER Asserted");
    // TAKE * (INTO CUSTODY) [173]: a common noun that stands for an actor is the target too.
    assertThat(SentenceFacts.interactions("Pakistan took two Indian diplomats into custody."))
        .anyMatch(f -> f.startsWith("PAK Coerce ") && f.contains("IND") && f.endsWith(" Asserted"));
    // HEAD * (FOR TALKS) [046]: the target after "to".
    assertThat(SentenceFacts.interactions("Chile headed to Peru for talks."))
        .contains("CHL Consult PER Asserted");
  }

  @Test
  void anObjectNounAndAPrepositionsNounTogetherReachTheTargetTwoNounsDeep() {
    // ANNOUNCE * RESTORATION (OF RELATIONS) [050]
    assertThat(SentenceFacts.interactions("Cuba announced the restoration of relations with Spain."))
        .contains("CUB Support ESP Asserted");
    // Without the second noun the pattern does not apply.
    assertThat(SentenceFacts.interactions("Cuba announced the restoration of a church with Spain's help."))
        .noneMatch(f -> f.contains("Support"));
  }

  @Test
  void aPassiveCodeOnAnActiveVerbIsTheActOfTheOneAfterFrom() {
    // COME * (UNDER FIRE) [:111]: the subject is criticised by the actor after "from".
    assertThat(SentenceFacts.interactions("Iran came under fire from Iraq."))
        .contains("IRQ Accuse IRN Asserted").doesNotContain("IRN Accuse IRQ Asserted");
  }

  @Test
  void aParticleAtTheHeadOfAPatternIsTheVerbsParticle() {
    // STEP * UP {COVERT OPERATIONS} [180]: "up" is the verb's particle, "operations" the head of its object.
    assertThat(SentenceFacts.interactions("Israel stepped up operations against Syria."))
        .contains("ISR Assault SYR Asserted");
    // Without the particle, "step" with operations is no pattern.
    assertThat(SentenceFacts.interactions("Israel stepped into operations against Syria."))
        .noneMatch(f -> f.contains("Assault"));
  }

  @Test
  void aPatternOnTheSubjectsNounTakesTheTargetFromTheVerbsPreposition() {
    // &MILITARY * [072] for ARRIVE: troops arriving in a state are its military aid (CAMEO 07, the
    // deployment's host as target, as event data codes it).
    assertThat(SentenceFacts.interactions("Kenyan troops arrived in Somalia on Monday."))
        .anyMatch(f -> f.startsWith("KEN") && f.contains(" Aid SOM "));
    // &REFUGEE * [075] for FLEE: no pattern for a subject of another noun.
    assertThat(SentenceFacts.interactions("Kenyan ministers fled to Somalia on Monday."))
        .noneMatch(f -> f.contains(" Aid "));
    // A noun of quantity leaves the pattern to the noun after "of".
    assertThat(SentenceFacts.interactions("A contingent of Kenyan troops arrived in Somalia on Monday."))
        .anyMatch(f -> f.startsWith("KEN") && f.contains(" Aid SOM "));
    // A deployment to a city is aimed at the state that holds it, as an attack on a city is.
    assertThat(SentenceFacts.interactions("Kenyan troops arrived in Mogadishu on Monday."))
        .anyMatch(f -> f.startsWith("KEN") && f.contains(" Aid SOM "));
  }
  @Test
  void aThingTheDictionaryCodesAsReceivedIsNoPartyMet() {
    // RECEIVE * ASSURANCE [:030], RECEIVE * LOAN [:071], RECEIVE * THREATS [:130]: the object is a
    // thing received (consult_object_things.txt, made by the converter), so no meeting with the giver.
    assertThat(SentenceFacts.interactions("Egypt received assurances from Jordan on the border."))
        .noneMatch(f -> f.contains(" Consult "));
    assertThat(SentenceFacts.interactions("Chile received a loan from Brazil last year."))
        .noneMatch(f -> f.contains(" Consult "));
    assertThat(SentenceFacts.interactions("Nepal received threats from Bhutan in March."))
        .noneMatch(f -> f.contains(" Consult "));
    // The verb table's own reading of the object (event-verb-object-met) obeys the same list.
    assertThat(SentenceFacts.interactions("Kenyan students received assurances from the Kenyan government."))
        .noneMatch(f -> f.contains(" Consult "));
    // RECEIVE * MINISTERS [043:042]: a guest is still received.
    assertThat(SentenceFacts.interactions("Egypt received the Jordanian foreign minister in Cairo."))
        .contains("EGY Consult JOR Asserted");
  }
}
