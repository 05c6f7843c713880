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
 * Group actors (diplomatic formats, a body's or region's partners), a sentence-initial event noun, and
 * where a meeting's parties acted, on the real pipeline with sentences written for this test.
 */
class ActorsAndPlacesTest {

  private static Model extract(String text, String source) {
    Document d = new Document("actors-places-test", text, text, LocalDate.of(2023, 5, 2), null, source);
    return ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
  }

  /** "SOURCE CLASS TARGET [PLACE]" for every asserted or reported interaction. */
  private static List<String> interactions(Model m) {
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create("""
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s ?c ?t ?where WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?mod .
          OPTIONAL { ?x gk:location/rdfs:label ?where }
          FILTER(?c != gk:Interaction && ?c != gk:Claim && ?mod IN (gk:Asserted, gk:Reported))
        }""", m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String line = tail(s.get("s").toString()) + " " + tail(s.get("c").toString()) + " " + tail(s.get("t").toString());
        out.add(s.contains("where") ? line + " " + s.getLiteral("where").getLexicalForm() : line);
      }
    }
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void aDiplomaticFormatIsAnActor() {
    List<String> found = interactions(extract("Iran held talks with the P5+1 in Vienna on Monday.", null));
    assertThat(found).anyMatch(l -> l.startsWith("IRN Consult P5-PLUS-1"));
  }

  @Test
  void theAlliesOrPartnersOfABodyOrRegionAreThatBodyOrRegion() {
    assertThat(interactions(extract("Canada praised its NATO allies for their support.", null)))
        .contains("CAN Support NATO");
    assertThat(interactions(extract("Australia thanked its Gulf partners for their cooperation.", null)))
        .contains("AUS Support gulf");
  }

  @Test
  void theAlliesOfAStateAreStillWhoseTheyAre() {
    // "US allies" are not the United States: no reading of the modifier as the partners.
    assertThat(interactions(extract("Iran threatened US allies in the region on Friday.", null)))
        .noneMatch(l -> l.startsWith("IRN Threaten USA"));
  }

  @Test
  void aSentenceInitialEventNounIsReadAsTheCommonNoun() {
    assertThat(interactions(extract("Sanctions were imposed on Iran by the European Union on Tuesday.", null)))
        .contains("EU Sanction IRN");
  }

  @Test
  void whatTheMeetingsPartiesDidToEachOtherHappenedWhereTheyMet() {
    Model m = extract("Japanese Prime Minister Fumio Kishida met German Chancellor Olaf Scholz in Berlin on Tuesday. "
        + "During their meeting, the two leaders signed an agreement on energy cooperation. "
        + "They also condemned North Korea's missile launches.", null);
    List<String> found = interactions(m);
    assertThat(found).anyMatch(l -> l.matches("fumio-kishida Consult olaf-scholz Berlin|JPN Consult DEU Berlin"));
    assertThat(found).anyMatch(l -> l.matches(".* Agree .* Berlin"));
    // An act toward a third party is not said to have happened at the meeting.
    assertThat(found).filteredOn(l -> l.contains(" Accuse ")).noneMatch(l -> l.endsWith("Berlin"));
  }

  @Test
  void aLaterMeetingIsNotPlacedWhereAnEarlierOneWas() {
    List<String> found = interactions(extract("Kishida met Scholz in Berlin on Tuesday. "
        + "Kishida will visit Paris next month, the ministry said. "
        + "Kishida spoke by phone with Macron on Friday.", null));
    assertThat(found).filteredOn(l -> l.contains("macron")).noneMatch(l -> l.endsWith("Berlin"));
  }
  @Test
  void aCountedPhraseStandsForTheStatesJustNamedWhenItCountsThem() {
    List<String> found = interactions(extract("The foreign ministers of Japan, South Korea and Australia met in Tokyo on "
        + "Monday. The three countries agreed to expand cooperation on maritime security.", null));
    assertThat(found).anyMatch(l -> l.startsWith("JPN Agree AUS")).anyMatch(l -> l.startsWith("KOR Agree JPN"));
    // Two named, "the three" counted: no reading.
    List<String> two = interactions(extract("The foreign ministers of Japan and Australia met in Tokyo on Monday. "
        + "The three countries agreed to expand cooperation on maritime security.", null));
    assertThat(two).noneMatch(l -> l.contains(" Agree "));
  }

  @Test
  void aDomesticProtestImpliesNoStanceOfTheStateTowardItself() {
    Document d = new Document("actors-places-test", "Thousands of French farmers blocked roads across the country on Monday.",
        "Thousands of French farmers blocked roads across the country on Monday.", LocalDate.of(2023, 5, 2), null, null);
    var graph = SharedExtractor.get().extract(d).graph();
    Model m = ModelFactory.createModelForGraph(graph);
    assertThat(interactions(m)).anyMatch(l -> l.matches("FRA-[A-Z]+ Protest FRA"));
    var inferred = org.geokg.rdf.Inference.infer(graph);
    assertThat(inferred.find(org.apache.jena.graph.Node.ANY, org.geokg.rdf.GK.property("opposes").asNode(),
        org.apache.jena.graph.Node.ANY).toList()).isEmpty();
  }
  @Test
  void aStateOrThoseWhoSpeakForItActingOnItselfIsNoInteraction() {
    assertThat(interactions(extract("French President Emmanuel Macron promised to protect France from terrorism.", null)))
        .noneMatch(l -> l.endsWith(" FRA") && (l.startsWith("emmanuel-macron ") || l.startsWith("FRA ")));
    // A government acting on a group of its own people is a domestic event, and stays.
    assertThat(interactions(extract("French President Emmanuel Macron threatened French farmers with heavy fines.", null)))
        .anyMatch(l -> l.matches("emmanuel-macron Threaten FRA-[A-Z]+"));
  }
}
