package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 17 (s17-read): a wrong named with its doer in a
 * release's own voice is a rebuke of the doer; aid "in" a state is aid to it; a commitment to an
 * organisation's peacekeeping supports the organisation; parties who are partners in an act cooperate; states
 * listed after a state are more members of the list, not its appositions.
 * Sentences written for this test, on the real pipeline.
 */
class ReadoutRecallSeventeenTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aWrongNamedWithItsDoerIsTheSpeakersRebuke() {
    assertThat(SentenceFacts.facts("The United States condemns Iran's repeated violations of the nuclear agreement.", STATE))
        .contains("USA Accuse IRN Asserted");
    // The deed is presupposed: the negated clause around it does not negate the rebuke.
    assertThat(SentenceFacts.facts(
        "In light of Belarus's flagrant violation of these principles, our delegation will not travel to Minsk.", STATE))
        .contains("USA Accuse BLR Asserted");
    assertThat(SentenceFacts.facts("We remain concerned about the atrocities committed by Burma's military regime.", STATE))
        .contains("USA Accuse MMR-MIL Asserted");
  }

  @Test
  void aWrongOfNoNamedDoerOrInAnotherVoiceIsNoRebukeOfIt() {
    // The victim's possessive is on the thing violated, not on the violation.
    assertThat(SentenceFacts.facts("The violation of Georgia's sovereignty cannot stand.", STATE))
        .noneMatch(l -> l.matches("USA Accuse GEO .*"));
    // A text of no known author or publisher has no voice to rebuke with.
    assertThat(SentenceFacts.facts("Observers documented Syria's violations of the truce."))
        .noneMatch(l -> l.contains(" Accuse SYR"));
  }

  @Test
  void aidInAStateIsAidToIt() {
    assertThat(SentenceFacts.facts("The United States announced $40 million in humanitarian assistance in Kenya.", STATE))
        .anyMatch(l -> l.startsWith("USA Aid KEN Asserted"));
    assertThat(SentenceFacts.facts("Since 2019, the United States has provided more than $2 billion in humanitarian assistance in Sudan.", STATE))
        .anyMatch(l -> l.startsWith("USA Aid SDN Asserted"));
    // "in" naming a year or a field is no recipient.
    assertThat(SentenceFacts.facts("The United States provided assistance in 2021 to fight malaria.", STATE))
        .noneMatch(l -> l.contains(" Aid "));
  }

  @Test
  void aWarOfAggressionIsAnAssaultOnItsTarget() {
    assertThat(SentenceFacts.facts("We condemn Russia's war of aggression against Ukraine.", STATE))
        .contains("RUS Assault UKR Asserted", "USA Accuse RUS Asserted");
    // A war named by its victim only is no act on the victim by whoever condemns it.
    assertThat(SentenceFacts.facts("We condemn the war against Ukraine.", STATE))
        .noneMatch(l -> l.startsWith("USA Accuse UKR"));
  }

  @Test
  void aCommitmentToAnOrganisationsPeacekeepingSupportsIt() {
    assertThat(SentenceFacts.facts("The Secretary reiterated the U.S. commitment to UN peacekeeping.", STATE))
        .contains("USA supports UN Asserted");
  }

  @Test
  void partnersInAnActCooperate() {
    // Written once, from the document's lead, as a readout's cooperation is.
    String meeting = "Chilean Foreign Minister Alberto Vidal met with Peruvian Foreign Minister Rosa Ortiz today in Lima."
        + " Foreign Minister Vidal thanked Peru for its support. ";
    assertThat(SentenceFacts.facts(meeting + "Chile and Peru are partners in promoting democracy throughout the hemisphere."))
        .contains("CHL Cooperate PER Asserted")
        .doesNotContain("PER Cooperate CHL Asserted");
    // One partner named alone cooperates with no one the sentence names (not the release's publisher).
    assertThat(SentenceFacts.facts("Canada is a key partner in promoting democracy throughout the hemisphere.", STATE))
        .noneMatch(l -> l.contains(" Cooperate "));
  }

  @Test
  void statesListedAfterAStateAreMoreMembersNotItsApposition() {
    assertThat(SentenceFacts.facts("Ecuador, the Kingdom of Norway, Finland, and the United States condemn Russia's invasion of Ukraine."))
        .contains("ECU Accuse RUS Asserted", "NOR Accuse RUS Asserted", "FIN Accuse RUS Asserted", "USA Accuse RUS Asserted");
    // An apposition that names no other state adds no one.
    assertThat(SentenceFacts.facts("Norway, the host of the talks, condemned Russia's invasion of Ukraine."))
        .filteredOn(l -> l.contains(" Accuse RUS"))
        .containsExactly("NOR Accuse RUS Asserted");
    // A bracketed abbreviation is another name, not a member: "ROC" here is Cyprus, not Taiwan.
    assertThat(SentenceFacts.facts("The Secretary spoke today with Republic of Cyprus (ROC) Foreign Minister Eleni Markou.", STATE))
        .noneMatch(l -> l.contains("TWN"));
  }
}
