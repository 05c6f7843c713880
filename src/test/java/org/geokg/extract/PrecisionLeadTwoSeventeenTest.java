package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision leads of the session 17 bulk review and statedept dev false positives (s17-lead2), with
 * sentences written for this test: an infinitive right after a decision noun is the decision's owner's
 * act, not the subject's of the verb the parser hangs it on; "call X Y" names X and makes no call;
 * rejecting another's efforts or attempts is an accusation; backing another's sovereignty or defence is the
 * supports stance only.
 */
class PrecisionLeadTwoSeventeenTest {
  private static final String RELEASE = "https://www.state.gov/joint-statement-on-a-test/";
  private static final String TRANSCRIPT = "https://www.state.gov/secretary-doe-remarks-to-the-press/";

  @Test
  void anInfinitiveAfterADecisionNounIsTheOwnersAct() {
    assertThat(SentenceFacts.interactions("The Minister noted our firm response to Iran's decision to recognize "
        + "the so-called republics controlled by Iranian proxy militias in northern Iraq.", RELEASE))
        .noneMatch(f -> f.startsWith("USA Support"));
  }

  @Test
  void aDecisionWithoutAnOwnerLeavesTheSubjectAlone() {
    assertThat(SentenceFacts.interactions("Norway made the decision to recognize Kosovo."))
        .noneMatch(f -> f.contains("Support NOR"));
    assertThat(SentenceFacts.interactions("Norway praised Sweden's decision to recognize Kosovo."))
        .contains("NOR Support SWE Asserted", "SWE Support XKX Asserted");
  }

  @Test
  void callingSomebodySomethingIsNoCall() {
    assertThat(SentenceFacts.interactions("Poland called Russia a terrorist state.")).isEmpty();
    assertThat(SentenceFacts.interactions("Chile signed the accord with Peru. The President of Chile later "
        + "called it a dream.")).noneMatch(f -> f.contains("Consult"));
  }

  @Test
  void aCallIsStillACall() {
    assertThat(SentenceFacts.interactions("Germany called France on Tuesday."))
        .contains("DEU Consult FRA Asserted");
    assertThat(SentenceFacts.interactions("Canada called on Russia to withdraw its troops."))
        .anyMatch(f -> f.startsWith("CAN Demand RUS"));
  }

  @Test
  void rejectingAnothersEffortsToDoWrongIsAnAccusation() {
    assertThat(SentenceFacts.interactions("Chile rejects efforts by Peru to intimidate Bolivia."))
        .contains("CHL Accuse PER Asserted")
        .noneMatch(f -> f.contains("Reject"));
    assertThat(SentenceFacts.interactions("The United States rejects any attempt by Russia to change borders by "
        + "force.")).contains("USA Accuse RUS Asserted");
  }

  @Test
  void rejectingAProposalIsStillAReject() {
    assertThat(SentenceFacts.interactions("Canada rejected Russia's proposal."))
        .contains("CAN Reject RUS Asserted");
  }

  @Test
  void backingAnothersSovereigntyIsTheStanceOnly() {
    assertThat(SentenceFacts.facts("We will continue to support Ukraine's defense of its independence.", RELEASE))
        .contains("USA supports UKR Asserted")
        .noneMatch(f -> f.startsWith("USA Support UKR"));
    assertThat(SentenceFacts.facts("We will continue to support Ukraine's sovereignty.", RELEASE))
        .noneMatch(f -> f.startsWith("USA Support UKR"));
  }

  @Test
  void supportingAPartnerIsTheSupportsStance() {
    // Session 17 kept the SUPPORT event here (only sovereignty or defence objects lost it); session 30's
    // convention (tools/eval/CONVENTIONS.md) makes backing a party the stance alone. The partners are
    // still read as Ukraine, unlike a sovereignty.
    assertThat(SentenceFacts.facts("We will continue to support our Ukrainian partners.", RELEASE))
        .contains("USA supports UKR Asserted")
        .noneMatch(f -> f.startsWith("USA Support UKR"));
  }
  @Test
  void aHeAfterTheOfficeOfAStateIsNotAnotherPresident() {
    String text = "SECRETARY DOE: Good morning.\n\nQUESTION: President Vladimir Putin spoke on Monday. But the "
        + "president of Ukraine also said that the plan was good. He thanked Poland for its help.";
    assertThat(SentenceFacts.interactions(text, TRANSCRIPT))
        .noneMatch(f -> f.startsWith("vladimir-putin Support POL"));
  }

  @Test
  void aHeAfterTheNamedPresidentIsStillHim() {
    String text = "SECRETARY DOE: Good morning.\n\nQUESTION: President Vladimir Putin spoke on Monday. He "
        + "thanked Poland for its help.";
    assertThat(SentenceFacts.interactions(text, TRANSCRIPT))
        .anyMatch(f -> f.startsWith("vladimir-putin Support POL"));
  }
}
