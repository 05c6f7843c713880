package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.eval.EntityKeys;
import org.junit.jupiter.api.Test;

/**
 * Government bodies as actors, session 18 (s18-org): a body no table lists that the text names with its
 * state is an organisation of that state that represents it and acts; a listed government body represents
 * its state where the text names it with its state or has it act (subject, or owner of what it issues), not
 * where it is only named in a title, as a source or as a modifier. Sentences written for this test, on the
 * real pipeline.
 */
class GovernmentBodiesEighteenTest {

  private static final String STATE = "https://www.state.gov/bodies-test/";

  @Test
  void aBodyNamedWithItsStateRepresentsIt() {
    assertThat(SentenceFacts.represents("Kenya's Ministry of Water signed a memorandum with the company."))
        .contains("kenya-ministry-of-water KEN");
    assertThat(SentenceFacts.represents("The Chilean Space Agency launched a new satellite last year."))
        .contains("chilean-space-agency CHL");
    assertThat(SentenceFacts.represents("Experts from U.S. Centers for Disease Control trained nurses in Ghana."))
        .contains("u-s-centers-for-disease-control USA");
  }

  @Test
  void aBodyConjoinedAfterAStatesBodyIsThatStates() {
    assertThat(SentenceFacts.represents(
        "The grant will train the Jordanian Armed Forces and Public Security Directorate in border management."))
        .contains("jordanian-armed-forces JOR", "public-security-directorate JOR");
  }

  @Test
  void aBodyOfAStateActsForItsState() {
    // The body is the actor; the scorer reads it as the state it represents.
    assertThat(SentenceFacts.facts("Peru's Ministry of Health thanked Japan for the vaccines.", STATE))
        .anyMatch(l -> l.matches("peru-ministry-of-health Support JPN .*"));
  }

  @Test
  void aBodyOfTheSameStateIsNoPartyOfAnInteraction() {
    // The name runs on through "on"; a state's official meeting its own state's body is no interaction.
    assertThat(SentenceFacts.represents("Secretary of State Antony Blinken met with the U.S. Commission on Civil Rights."))
        .contains("u-s-commission-on-civil-rights USA");
    assertThat(SentenceFacts.facts("Secretary of State Antony Blinken met with the U.S. Commission on Civil Rights."))
        .noneMatch(l -> l.contains(" Consult "));
  }

  @Test
  void aNameThatRunsOnPastTheBodyOrTitlesAPersonIsNoBody() {
    // The name of a gathering the body holds is not the body.
    assertThat(SentenceFacts.represents("Delegates attended the Chilean Space Agency Summit in Santiago."))
        .noneMatch(l -> l.startsWith("chilean-space-agency"));
    // A seat of power names no state here.
    assertThat(SentenceFacts.represents("The White House Office of Science Policy released a report."))
        .noneMatch(l -> l.startsWith("white-house"));
    // Lower-case words are a description, not a body's name.
    assertThat(SentenceFacts.represents("Kenya's water ministry signed a memorandum with the company."))
        .noneMatch(l -> l.contains("ministry"));
    // A title and its holder after a body's complement: the person is met, not a body named after him.
    assertThat(SentenceFacts.facts(
        "Secretary of State Antony Blinken spoke with Kenyan Commission for National Cohesion Chairman Peter Mwangi Kamau today."))
        .noneMatch(l -> l.contains("kamau") && l.contains("commission"));
    // A movement's forces named after a state are not the state's.
    assertThat(SentenceFacts.represents("The Chadian Democratic Forces seized two towns in the north."))
        .noneMatch(l -> l.contains("forces"));
  }

  @Test
  void aListedBodyThatActsRepresentsItsState() {
    assertThat(SentenceFacts.represents("The Department of State has imposed visa restrictions on three officials.", STATE))
        .contains("STATE-DEPT USA");
    assertThat(SentenceFacts.represents("For details, please see the Department of the Treasury's press release.", STATE))
        .contains("US-TREASURY USA");
    assertThat(SentenceFacts.represents("A State Department grant funded the new clinic.", STATE))
        .contains("STATE-DEPT USA");
  }

  @Test
  void aListedBodyOnlyNamedIsNoClaim() {
    // A source, a modifier of anything but what a body issues, and a title are no act of the body.
    assertThat(SentenceFacts.represents("The shipment includes vehicles from Department of Defense inventories.", STATE))
        .noneMatch(l -> l.startsWith("PENTAGON"));
    assertThat(SentenceFacts.represents("The aid was provided with funding from the State Department.", STATE))
        .noneMatch(l -> l.startsWith("STATE-DEPT"));
    // The body names a person's office: the person acts.
    assertThat(SentenceFacts.represents("Department of Commerce Under Secretary Jane Miller will visit Lima next week.", STATE))
        .noneMatch(l -> l.startsWith("US-COMMERCE"));
  }

  @Test
  void aGoldOrganisationByNameIsKeyedAsTheSystemKeysABody() {
    assertThat(EntityKeys.fromGold("org:Malawi Ministry of Health")).isEqualTo("MALAWI-MINISTRY-OF-HEALTH");
    assertThat(EntityKeys.fromGold("org:U.S. Centers for Disease Control")).isEqualTo("U-S-CENTERS-FOR-DISEASE-CONTROL");
    assertThat(EntityKeys.fromGold("org:STATE-DEPT")).isEqualTo("STATE-DEPT");
  }
}
