package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * The conventions of issue 12 on the real pipeline, with sentences written for this test: office-holders
 * read against the document's date, agents with a state, domestic events, places as locations and as
 * targets, and an ambiguous city name left alone.
 */
class ActorsAnywhereTest {

  private static Model extract(String text, LocalDate date) {
    Document d = new Document("actors-test", text, text, date, null, null);
    return ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
  }

  private static List<String> select(Model m, String query, String... vars) {
    return ModelRows.select(m, query, vars);
  }

  private static List<String> represents(Model m) {
    return select(m, """
        SELECT ?p ?s ?mod WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s ; gk:modality ?mod }""",
        "p", "s", "mod");
  }

  private static List<String> interactions(Model m) {
    return ModelRows.interactions(m);
  }

  @Test
  void anOfficeHolderOfAnotherDecadeRepresentsHisStateOnTheDocumentsDate() {
    Model m = extract("Lionel Jospin criticised the plan on Monday.", LocalDate.of(1999, 5, 3));
    assertThat(represents(m)).contains("lionel-jospin FRA Asserted");
  }

  @Test
  void anOfficeHolderWhoseTermEndedIsFormer() {
    Model m = extract("Lionel Jospin criticised the plan on Monday.", LocalDate.of(2010, 5, 3));
    assertThat(represents(m)).contains("lionel-jospin FRA Former").doesNotContain("lionel-jospin FRA Asserted");
  }

  @Test
  void anAgentNounWithAStateIsItsGroup() {
    Model m = extract("Colombian riot police attacked Venezuelan smugglers.", LocalDate.of(2015, 6, 1));
    assertThat(select(m, "SELECT ?g WHERE { ?g a gk:Group }", "g")).contains("COL-COP");
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("COL-COP "));
  }

  @Test
  void aDomesticEventIsBetweenTwoGroupsOfOneState() {
    Model m = extract("The Algerian government accused the Algerian opposition of fraud.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("DZA-GOV Accuse DZA-OPP"));
  }

  @Test
  void aPlaceWhereTheEventHappenedIsItsLocationNotAnActor() {
    Model m = extract("Iran met France in Zurich on Tuesday.", LocalDate.of(2015, 6, 1));
    List<String> events = interactions(m);
    assertThat(events).anyMatch(s -> s.startsWith("IRN Consult FRA Zürich"));
    assertThat(events).noneMatch(s -> s.contains("CHE"));
    assertThat(select(m, """
        SELECT ?p ?iso ?lat WHERE {
          ?p a gk:Place ; gk:country ?iso ; geo:lat ?lat ; owl:sameAs <https://sws.geonames.org/2657896/> }""",
        "p", "iso", "lat")).containsExactly("2657896 CHE 47.36667");
  }

  @Test
  void aPlaceActedOnStandsForTheStateThatHoldsIt() {
    Model m = extract("Russian forces shelled Donetsk on Sunday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("RUS-MIL ") && s.contains(" UKR"));
  }

  @Test
  void aCityActedOnIsAlsoWhereTheEventHappened() {
    Model m = extract("Russian forces shelled Donetsk on Sunday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("RUS-MIL ") && s.endsWith(" UKR Donetsk"));
  }

  @Test
  void aVisitedCapitalIsTheVisitsTargetAndItsLocation() {
    Model m = extract("The French foreign minister will visit Ankara on Monday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).contains("FRA Consult TUR Ankara");
  }

  @Test
  void aCapitalStandingForItsStateIsNoLocation() {
    Model m = extract("Washington accused Moscow of aggression on Monday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).contains("USA Accuse RUS ");
  }

  @Test
  void aVenueInACityPutsTheEventInTheCity() {
    Model m = extract("Iran met France at the Swiss embassy in Zurich on Tuesday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("IRN Consult FRA Zürich"));
  }

  @Test
  void aGatheringNamedAfterItsCityPutsWhatHappensThereInTheCity() {
    Model m = extract("Iran met France on the sidelines of the Munich Security Conference.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("IRN Consult FRA Munich"));
    // The city of a gathering is no actor: nothing is aimed at Germany.
    m = extract("Iran accused France at the Munich Security Conference.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("IRN Accuse FRA Munich")).noneMatch(s -> s.contains("DEU"));
    // A city in the name of an agreement is not where what the agreement says happens.
    m = extract("France and Germany reaffirmed their commitments in the Paris Agreement.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).noneMatch(s -> s.endsWith("Paris"));
  }

  @Test
  void aCapitalInTheNameOfAnAgreementDoesNotStandForItsState() {
    Model m = extract("Russia violated the Minsk agreements on Monday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).noneMatch(s -> s.contains("BLR"));
    assertThat(select(m, "SELECT ?s WHERE { ?s a gk:State }", "s")).doesNotContain("BLR");
  }

  @Test
  void aSaintsCityIsFoundAsNewsSpellsIt() {
    Model m = extract("Iran met France in St. Petersburg on Tuesday.", LocalDate.of(2015, 6, 1));
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("IRN Consult FRA Saint Petersburg"));
  }

  @Test
  void aCityNameThatIsAlsoAPersonsNameInTheDocumentNeedsAPrepositionOfPlace() {
    Model m = extract("Chilean President Ricardo Lagos met the Argentine president on Monday. Lagos criticised"
        + " Peru on Tuesday.", LocalDate.of(2003, 6, 1));
    assertThat(select(m, "SELECT ?p WHERE { ?p a gk:Place ; rdfs:label \"Lagos\" }", "p")).isEmpty();
  }

  @Test
  void aCityNameTwoStatesShareIsLeftUnlinkedWithoutContext() {
    Model m = extract("Iran met France in Valencia on Tuesday.", LocalDate.of(2015, 6, 1));
    assertThat(select(m, "SELECT ?p WHERE { ?p a gk:Place }", "p")).isEmpty();
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("IRN Consult FRA")).noneMatch(s -> s.contains("Valencia"));
  }

  @Test
  void aStatesAcronymInBracketsBeforeATitleStillGivesTheState() {
    Model m = extract("Republic of Korea (ROK) First Vice Foreign Minister Cho Hyundong met Japanese Foreign "
        + "Minister Yoshimasa Hayashi in Tokyo.", LocalDate.of(2022, 6, 8));
    assertThat(represents(m)).contains("cho-hyundong KOR Asserted");
  }
}
