package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * Event locations of session 17 (issue 12, item 4), with sentences written for this test: the visited
 * city when a date follows it, the city a trip goes to (not a state), no location from the place of
 * a later meeting that the act only plans, and a trip's "to" that names the target's capital as no city
 * acted on.
 */
class EventLocationSeventeenTest {

  private static List<String> located(String text) {
    return located(text, null);
  }

  /** "SOURCE CLASS TARGET PLACE" (PLACE "-" when none) of every interaction, for a document published at {@code source}. */
  private static List<String> located(String text, String source) {
    Document d = new Document("loc17-test", text, text, LocalDate.of(2022, 4, 1), null, source);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create("""
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s ?c ?t ?where WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t .
          OPTIONAL { ?x gk:location ?loc . OPTIONAL { ?loc rdfs:label ?l } BIND(COALESCE(?l, ?loc) AS ?where) }
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""", m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        List<String> cells = new ArrayList<>();
        for (String v : List.of("s", "c", "t", "where")) {
          cells.add(s.get(v) == null ? "-" : tail(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
        }
        out.add(String.join(" ", cells));
      }
    }
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void aVisitedCityFollowedByItsDatesIsWhereTheVisitIs() {
    assertThat(located("The Chilean trade minister will visit Lima May 3-4 to discuss tariffs."))
        .contains("CHL Consult PER Lima");
  }

  @Test
  void theCityATripGoesToIsWhereItsMeetingsAre() {
    assertThat(located("The Kenyan foreign minister traveled to Addis Ababa to meet Ethiopian officials."))
        .anyMatch(f -> f.startsWith("KEN Consult ETH Addis"));
  }

  @Test
  void aTripToCitiesOfSeveralStatesPlacesNoneOfItsMeetings() {
    assertThat(located("The Kenyan foreign minister will travel to Addis Ababa, Kampala and Kigali to meet "
        + "Ethiopian officials."))
        .anyMatch(f -> f.startsWith("KEN Consult ETH"))
        .noneMatch(f -> f.endsWith("Ababa") || f.endsWith("Kampala"));
  }

  @Test
  void aStateATripGoesToIsNoPlace() {
    assertThat(located("Norway will not travel to Belarus for meetings of the Council of the Baltic Sea States."))
        .contains("NOR Consult BLR -");
  }

  @Test
  void thePlaceOfAMeetingAnActOnlyPlansIsNotWhereTheActHappened() {
    assertThat(located("Brazil and Argentina decided to meet in Montevideo to continue their consultations."))
        .noneMatch(f -> f.contains(" Agree ") && f.endsWith("Montevideo"));
  }

  @Test
  void theSignatoriesOfAnInstrumentAgreeWhereTheDocumentSaysItWasSigned() {
    assertThat(located("The United States led the negotiation of the Pact, which was signed in Lima on May 3, 2019. There were four "
        + "Signatories to the Pact: Chile, Bolivia, Ecuador and the United States.", "https://www.state.gov/x/"))
        .contains("USA Agree CHL Lima", "USA Agree BOL Lima");
  }

  @Test
  void aLaterAgreementOnASignedInstrumentIsNotPlacedWhereItWasSigned() {
    assertThat(located("The Pact was signed in Lima on May 3, 2019. Chile and Bolivia agreed to extend the Pact."))
        .anyMatch(f -> f.startsWith("CHL Agree BOL"))
        .noneMatch(f -> f.contains(" Agree ") && f.endsWith("Lima"));
  }

  @Test
  void aTripsDestinationIsNoPlaceWhenTheTripIsNotTheEvent() {
    // "to Ukraine" on the verb of the act itself is where the act is aimed, not a trip.
    assertThat(located("Latvia sent humanitarian aid to Ukraine on Monday."))
        .anyMatch(f -> f.startsWith("LVA "))
        .noneMatch(f -> f.endsWith(" UKR"));
  }
}
