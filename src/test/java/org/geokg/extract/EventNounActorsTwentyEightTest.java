package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: event nouns whose actor is a possessor, an adjective or a "by" phrase, and whose target the
 * noun itself does not name: a war or aggression faced by the party a clause backs or that defends itself
 * against it; an attack whose relative clause places its victims; a participle on the people an act was
 * done to, its doer after "by". Sentences written for this test.
 */
class EventNounActorsTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/readout-of-a-meeting/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, RELEASE));
  }

  @Test
  void aWarFacedByTheBackedPartyIsAimedAtIt() {
    assertThat(facts("The ministers discussed how to support Moldova in the face of Russia's brutal war."))
        .contains("RUS Assault MDA Asserted");
  }

  @Test
  void anAggressionAmidWhichAPartyIsBackedIsAimedAtIt() {
    assertThat(facts("Canada continues to assist Georgia amid Russia's unprovoked invasion."))
        .contains("RUS Assault GEO Asserted");
  }

  @Test
  void aWarFacedByAPossessorsSovereigntyIsAimedAtThePossessor() {
    assertThat(facts("The leaders reaffirmed their commitment to Georgia's sovereignty in the face of Russian aggression."))
        .contains("RUS Assault GEO Asserted");
  }

  @Test
  void theDefenderOfItselfIsTheTargetOfTheWar() {
    assertThat(facts("The partners will assist Moldova as it defends itself against Russia's unprovoked war."))
        .contains("RUS Assault MDA Asserted");
  }

  @Test
  void aWarWithItsOwnTargetIsNotReaimed() {
    // "against Ukraine" is the war's own target: the backed party (Moldova) is not made a second one.
    assertThat(facts("Japan supports Moldova in the face of Russia's war against Ukraine."))
        .contains("RUS Assault UKR Asserted")
        .noneMatch(f -> f.startsWith("RUS Assault MDA"));
  }

  @Test
  void aWarWithNoAgentNamesNoSource() {
    assertThat(facts("The ministers discussed how to support Moldova in the face of the war."))
        .noneMatch(f -> f.contains(" Assault "));
  }

  @Test
  void aHypotheticalInvasionStaysHypothetical() {
    assertThat(facts("We would support Georgia in the face of any Russian invasion."))
        .contains("RUS Assault GEO Hypothetical")
        .noneMatch(f -> f.startsWith("RUS Assault GEO Asserted"));
  }

  @Test
  void anAttackWhoseRelativeClausePlacesItsVictimsIsAimedAtThatState() {
    assertThat(facts("Yesterday's attack by the Houthis that struck the airport in Riyadh injured a dozen civilians."))
        .contains("HOUTHIS Assault SAU Asserted");
  }

  @Test
  void aPlaceSetOffByItsStateNamesTheTarget() {
    assertThat(facts("The United States condemns the attack by the Houthis that struck the airport in Jizan, Saudi Arabia."))
        .contains("HOUTHIS Assault SAU Asserted", "USA Accuse HOUTHIS Asserted");
  }

  @Test
  void anAttackInACityWithNoAgentNamesNoActor() {
    assertThat(facts("The attack in Paris killed ten people.")).isEmpty();
  }

  @Test
  void peopleKilledByForcesAreTheirTargetNotTheirActor() {
    List<String> f = facts("We mourn the Ukrainian civilians killed by Russian forces.");
    assertThat(f).anyMatch(x -> x.startsWith("RUS-MIL Assault UKR"));
    assertThat(f).noneMatch(x -> x.startsWith("UKR"));
  }

  @Test
  void peopleDisplacedByAGroupAreCoerced() {
    assertThat(facts("The new programs will help Syrians displaced by ISIS return home."))
        .anyMatch(x -> x.startsWith("ISIS Coerce SYR") && x.endsWith("Asserted"));
  }

  @Test
  void displacedByAStatesAggressionIsThatStatesCoercion() {
    assertThat(facts("Millions of Ukrainians have been displaced by Russia's aggression."))
        .anyMatch(x -> x.startsWith("RUS Coerce UKR"));
  }

  @Test
  void aPersonsNationalityIsNoActorOfTheArrest() {
    assertThat(facts("A Russian journalist's arrest shocked his colleagues.")).isEmpty();
  }

  @Test
  void aDisplacementByNatureNamesNoActor() {
    assertThat(facts("The floods displaced thousands of Pakistanis.")).isEmpty();
  }

  @Test
  void aWarOfAKindStillTakesTheDefenderAsTarget() {
    assertThat(facts("The partners will assist Moldova as it continues to defend itself against Russia's brutal war of choice."))
        .contains("RUS Assault MDA Asserted");
  }

  @Test
  void theOwnerOfWhatIsDefendedIsTheTarget() {
    assertThat(facts("The Georgians continue to defend their homeland in the face of President Putin's brutal war."))
        .anyMatch(x -> x.contains(" Assault GEO Asserted"));
  }

  @Test
  void anInvasionOfANamedStateKeepsItsOwnTarget() {
    assertThat(facts("Japan supports Moldova in the face of Russia's invasion of Ukraine."))
        .noneMatch(f -> f.startsWith("RUS Assault MDA"));
  }
}
