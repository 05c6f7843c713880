package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (s29-orgoffice): the office of an international body names the body its holder represents:
 * "African Union Assembly Chairperson X" (the body's plenary read through, lexicon {@code title_bodies}),
 * "OSCE Chairman-in-Office Y" (a title), "United Nations Personal Envoy of the Secretary-General Z" (an office
 * "of" a body's head read through to the body named before it), "X, representing the OSCE Chairman-in-Office"
 * (the office the person stands in for); a state's office coordinated before the body's ("Ghanaian President
 * and African Union Assembly Chairperson X") gives both, the state first (it acts). Sentences written for
 * this test.
 */
class OrgOfficesTwentyNineTest {

  private static final String RELEASE = "https://www.state.gov/secretarys-call-with-counterparts/";

  private static List<String> reps(String text) {
    return SentenceFacts.shown(text, SentenceFacts.represents(text, RELEASE));
  }

  @Test
  void aStatesOfficeAndABodysAssemblyChairAreBoth() {
    assertThat(reps("Secretary Blinken spoke today with Ghanaian President and African Union Assembly Chairperson "
        + "Kofi Mensah about regional security.")).contains("kofi-mensah GHA", "kofi-mensah AU");
  }

  @Test
  void aForeignMinisterAndChairmanInOfficeIsBoth() {
    assertThat(reps("Secretary Blinken spoke by phone with Finnish Foreign Minister and OSCE Chairman-in-Office "
        + "Anna Virtanen on Tuesday.")).contains("anna-virtanen FIN", "anna-virtanen OSCE");
  }

  @Test
  void aChairmanInOfficeAloneIsTheBodys() {
    assertThat(reps("Secretary Blinken met OSCE Chairman-in-Office Anna Virtanen in Vienna."))
        .contains("anna-virtanen OSCE");
  }

  @Test
  void aPersonalEnvoyOfTheSecretaryGeneralIsTheBodys() {
    assertThat(reps("The Deputy Secretary expressed strong support for the United Nations Personal Envoy of the "
        + "Secretary-General Lars Pedersen and his work.")).contains("lars-pedersen UN");
  }

  @Test
  void aSpecialRepresentativeOfTheSecretaryGeneralIsTheBodys() {
    assertThat(reps("Secretary Blinken will meet UN Special Representative of the Secretary-General Maria Lopez "
        + "in Geneva.")).contains("maria-lopez UN");
  }

  @Test
  void representingABodysOfficeAddsTheBodyToTheStatesOfficial() {
    assertThat(reps("Deputy Secretary Sherman spoke with Czech Deputy Foreign Minister Jan Dvorak, representing the "
        + "OSCE Chairman-in-Office, and NATO Deputy Secretary General Ion Popescu."))
        .contains("jan-dvorak CZE", "jan-dvorak OSCE", "ion-popescu NATO");
  }

  @Test
  void representingABodysOfficeAloneIsTheBodys() {
    assertThat(reps("Jan Dvorak, representing the OSCE Chairman-in-Office, met Secretary Blinken in Vienna."))
        .contains("jan-dvorak OSCE");
  }

  @Test
  void representingTheStateAtABodysMeetingIsNotTheBodys() {
    // Guard: a national official representing their state at a body's meeting serves the state, not the body.
    assertThat(reps("Czech Deputy Foreign Minister Jan Dvorak, representing the Czech Republic at the OSCE "
        + "Ministerial Council, met Secretary Blinken.")).contains("jan-dvorak CZE")
        .noneMatch(r -> r.equals("jan-dvorak OSCE"));
  }

  @Test
  void representingTheBodyWithoutAnOfficeIsNotReadAsTheBodys() {
    // Guard: "representing the OSCE at ..." names no office of the body; only an office is read.
    assertThat(reps("Czech Deputy Foreign Minister Jan Dvorak, representing the OSCE at the conference, met "
        + "Secretary Blinken.")).contains("jan-dvorak CZE").noneMatch(r -> r.equals("jan-dvorak OSCE"));
  }

  @Test
  void twoStateTitlesStayTheStates() {
    // Guard: the coordination reading is for a body's office after "and"; two offices of one state give the state.
    assertThat(reps("Secretary Blinken met Kenyan Deputy President and Foreign Minister Otieno Kamau."))
        .contains("otieno-kamau KEN").allMatch(r -> !r.startsWith("otieno-kamau ") || r.equals("otieno-kamau KEN"));
  }

  @Test
  void anAdviserToABodysHeadIsTheBodys() {
    assertThat(reps("We appreciate the work of Special Adviser to the UN Secretary General Maria Lopez in Tripoli."))
        .contains("maria-lopez UN");
  }

  @Test
  void anAmbassadorToABodyIsNotTheBodys() {
    // Guard: a posting to the body itself, with no title of the body after it, is no office of the body.
    assertThat(reps("Secretary Blinken met Ghanaian Ambassador to the African Union Kofi Mensah in Addis Ababa."))
        .contains("kofi-mensah GHA").noneMatch(r -> r.equals("kofi-mensah AU"));
  }

  @Test
  void aStatesSecretaryOfStateForAPortfolioIsNoOfficeOfAnotherTitle() {
    // Guard (found on the bulk releases): "Secretary of State for …" of another state is one title; the
    // "of the" reading of an office held for another title's holder must not make it the U.S. Secretary of State.
    assertThat(reps("The Counselor met with Polish Secretary of State for Strategic Energy Infrastructure Jan Nowicki."))
        .noneMatch(r -> r.equals("jan-nowicki USA"));
    assertThat(reps("The Counselor met with Deputy Foreign Minister Adam Kowal and Secretary of State for Energy Jan Nowicki."))
        .noneMatch(r -> r.equals("jan-nowicki USA"));
  }
}
