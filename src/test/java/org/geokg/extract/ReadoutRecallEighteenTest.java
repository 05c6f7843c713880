package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readout and press-release constructions of session 18 (s18-read): a state that chairs or co-chairs a
 * body is one of its members; an owner's request, bid or application to join a body is a planned
 * membership; a military build-up on or near another's border is a Mobilize toward that state; a
 * relationship resting on shared values is friendly. Sentences written for this test, on the real pipeline.
 */
class ReadoutRecallEighteenTest {

  private static final String STATE = "https://www.state.gov/readout-test/";

  @Test
  void aStateThatChairsABodyIsItsMember() {
    assertThat(SentenceFacts.facts("Norway is the chair of the Arctic Council.", STATE))
        .contains("NOR memberOf ARCTIC-COUNCIL Asserted");
    // The body as the title's compound, the title capitalised as releases write it.
    assertThat(SentenceFacts.facts("The United States has been an OSCE Minsk Group Co-Chair since 1994.", STATE))
        .contains("USA memberOf OSCE-MINSK-GROUP Asserted");
    assertThat(SentenceFacts.facts("As a co-chair of the Minsk Group, the United States supports the talks.", STATE))
        .contains("USA memberOf OSCE-MINSK-GROUP Asserted");
    // "our capacity": the release's publisher.
    assertThat(SentenceFacts.facts(
        "In our capacity as a Co-Chair of the OSCE Minsk Group, we will help Armenia and Azerbaijan reach a settlement.", STATE))
        .contains("USA memberOf OSCE-MINSK-GROUP Asserted");
  }

  @Test
  void aPersonOrAMeetingChairedMakesNoMembership() {
    // A person who chairs is no member of a body in the ontology; "he"/"she" neither.
    assertThat(SentenceFacts.facts("As chair of the G20, President Lula called for more climate finance.", STATE))
        .noneMatch(l -> l.contains(" memberOf "));
    assertThat(SentenceFacts.facts("She is a co-chair of the OSCE Minsk Group.", STATE))
        .noneMatch(l -> l.contains(" memberOf "));
    // The verb is not read: a body no table knows is read by the actor in its name.
    assertThat(SentenceFacts.facts("We are co-chairing the U.S.-EU Trade and Technology Council.", STATE))
        .noneMatch(l -> l.contains(" memberOf EU"));
    // A summit chaired is no organisation.
    assertThat(SentenceFacts.facts("Ghana and Norway are co-chairing the Global Disability Summit.", STATE))
        .noneMatch(l -> l.contains(" memberOf "));
  }

  @Test
  void aRequestOrBidToJoinIsAPlannedMembership() {
    assertThat(SentenceFacts.facts("We welcome Finland's request to join NATO.", STATE))
        .contains("FIN memberOf NATO Planned")
        .doesNotContain("FIN memberOf NATO Hypothetical");
    assertThat(SentenceFacts.facts("We support Norway and Denmark's bids to join the European Union.", STATE))
        .contains("NOR memberOf EU Planned", "DNK memberOf EU Planned")
        .doesNotContain("NOR memberOf EU Asserted");
    assertThat(SentenceFacts.facts("Georgia submitted its application to join the European Union.", STATE))
        .contains("GEO memberOf EU Planned");
  }

  @Test
  void aRequestOfNoOwnerStaysAnAppeal() {
    // Pressure to act, owned by no one, asks for the act: hypothetical, as before.
    assertThat(SentenceFacts.facts("Serbia faces pressure to join the European Union.", STATE))
        .noneMatch(l -> l.equals("SRB memberOf EU Planned") || l.equals("SRB memberOf EU Asserted"));
  }

  @Test
  void aBuildUpOnAnothersBorderIsMobilizeTowardIt() {
    assertThat(SentenceFacts.facts("They discussed Iran's military build-up on Iraq's borders.", STATE))
        .contains("IRN Mobilize IRQ Asserted");
    assertThat(SentenceFacts.facts("They discussed the Russian troop buildup near the Ukrainian border.", STATE))
        .contains("RUS Mobilize UKR Asserted");
    assertThat(SentenceFacts.facts("The Secretary raised Russia's troop buildup along its border with Georgia.", STATE))
        .contains("RUS Mobilize GEO Asserted");
  }

  @Test
  void aBuildUpOnItsOwnBorderOrOfNoAgentNamesNoTarget() {
    assertThat(SentenceFacts.facts("Turkey completed a buildup of forces along its own border.", STATE))
        .noneMatch(l -> l.contains(" Mobilize "));
    assertThat(SentenceFacts.facts("The ministers discussed the military buildup near the Lithuanian border.", STATE))
        .noneMatch(l -> l.contains(" Mobilize "));
  }

  @Test
  void aRelationshipRestingOnSharedValuesIsFriendly() {
    // Every pair of the hyphen's parties.
    assertThat(SentenceFacts.facts("The leaders praised Chile-Peru-Colombia trilateral cooperation, grounded in our shared values.", STATE))
        .contains("CHL friendlyWith PER Asserted", "CHL friendlyWith COL Asserted", "PER friendlyWith COL Asserted");
    assertThat(SentenceFacts.facts("Our relationship with Canada is based on shared values.", STATE))
        .contains("USA friendlyWith CAN Asserted");
    assertThat(SentenceFacts.facts("The ministers celebrated the partnership between Kenya and Tanzania, based on common values.", STATE))
        .contains("KEN friendlyWith TZA Asserted");
  }

  @Test
  void aRelationshipRestingOnAnythingElseSaysNothingUntyped() {
    assertThat(SentenceFacts.facts("Our relationship with Canada is based on trade.", STATE))
        .noneMatch(l -> l.contains(" friendlyWith "));
    assertThat(SentenceFacts.facts("We discussed the partnership with Peru, based on our shared commitment to democracy.", STATE))
        .noneMatch(l -> l.contains(" friendlyWith "));
  }
}
