package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.geokg.link.Gazetteer;
import org.geokg.link.Place;
import org.junit.jupiter.api.Test;

/**
 * Regions and territories of states as places (session 18, issue 12 item 4), on sentences written for
 * this test: a region where an event happened is its location; a region acted on targets the state
 * event data file it under; a territory's city is a place of the state that holds the territory; a
 * name that spans or is disputed between states is left unlinked. A region has no coordinates and
 * still conforms to the shapes.
 */
class RegionsEighteenTest {
  private static final Gazetteer GZ = Gazetteer.load(null);

  private static Model extract(String text) {
    Document d = new Document("regions-test", text, text, LocalDate.of(2019, 6, 1), null, null);
    return ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
  }

  private static List<String> select(Model m, String query, String... vars) {
    return ModelRows.select(m, query, vars);
  }

  private static List<String> interactions(Model m) {
    return ModelRows.interactions(m);
  }

  private static List<String> places(Model m) {
    return select(m, """
        SELECT ?p ?iso ?lat ?same WHERE {
          ?p a gk:Place ; gk:country ?iso . OPTIONAL { ?p geo:lat ?lat } OPTIONAL { ?p owl:sameAs ?same } }""",
        "p", "iso", "lat", "same");
  }

  @Test
  void theTableHoldsRegionsUnderTheStateEventDataFileThemUnder() {
    assertThat(GZ.places().get("crimea")).extracting(Place::iso3, Place::located).containsExactly("UKR", false);
    assertThat(GZ.places().get("west-bank").iso3()).isEqualTo("PSE");
    assertThat(GZ.places().get("greenland").wikidata()).isEqualTo("Q223");
    // Names that span states, or are disputed between them, are in no table.
    assertThat(GZ.places().values()).extracting(Place::name)
        .doesNotContain("Kashmir", "Kurdistan", "Western Sahara", "Jersey", "Georgia", "Nagorno-Karabakh");
  }

  @Test
  void aRegionWhereTheEventHappenedIsItsLocation() {
    Model m = extract("Denmark met the United States in Greenland on Tuesday.");
    assertThat(interactions(m)).contains("DNK Consult USA Greenland");
    assertThat(places(m)).containsExactly("greenland DNK  Q223");
  }

  @Test
  void aRegionActedOnTargetsTheStateThatHoldsIt() {
    Model m = extract("Russian forces attacked Crimea on Sunday.");
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("RUS") && s.endsWith(" UKR Crimea"));
  }

  @Test
  void aPalestinianTerritoryActedOnTargetsPalestine() {
    Model m = extract("Israeli forces raided the West Bank on Monday.");
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("ISR") && s.endsWith(" PSE West Bank"));
  }

  @Test
  void aSectorNounInARegionIsThatStatesGroup() {
    Model m = extract("Sudanese troops attacked rebels in Darfur on Monday.");
    assertThat(interactions(m)).anyMatch(s -> s.startsWith("SDN-MIL ") && s.contains(" SDN-REB"));
  }

  private static List<String> agreements(Model m) {
    return select(m, """
        SELECT ?s ?t ?mod WHERE { ?x a gk:Agree ; gk:source ?s ; gk:target ?t ; gk:modality ?mod }""", "s", "t", "mod");
  }

  @Test
  void twoSidesInARegionThatReachedAnAgreementAgree() {
    Model m = extract("Georgian troops and the rebels in Abkhazia reached an agreement on Monday.");
    assertThat(agreements(m)).contains("GEO-MIL GEO-REB Asserted", "GEO-REB GEO-MIL Asserted");
  }

  @Test
  void anAgreementAReportedSpeakerSaysTwoSidesMustReachIsNoAgreement() {
    Model m = extract("The French envoy said on Monday that Georgian troops and the rebels in Abkhazia must reach an agreement.");
    assertThat(agreements(m)).isNotEmpty().allMatch(s -> s.endsWith("Hypothetical"));
  }

  @Test
  void aTerritorysCityIsAPlaceOfTheStateThatHoldsTheTerritory() {
    Model m = extract("Britain met Japan in Hong Kong on Friday.");
    assertThat(interactions(m)).contains("GBR Consult JPN Hong Kong");
    assertThat(places(m)).singleElement().satisfies(p -> assertThat(p).startsWith("1819729 CHN 22."));
  }

  @Test
  void aNameThatSpansStatesIsLeftUnlinked() {
    Model m = extract("India met Pakistan in Kashmir on Friday.");
    assertThat(interactions(m)).contains("IND Consult PAK ");
    assertThat(places(m)).isEmpty();
  }

  @Test
  void aRegionsNameInsideALongerNameIsNoPlace() {
    Model m = extract("Iran met France at the offices of East West Bank on Tuesday.");
    assertThat(places(m)).noneMatch(p -> p.startsWith("west-bank"));
  }

  @Test
  void aRegionWithoutCoordinatesConformsToTheShapesAndACityWithoutThemDoesNot() {
    String data = """
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <https://w3id.org/geokg/id/place/west-bank> a gk:Place ; rdfs:label "West Bank" ;
            gk:country <https://w3id.org/geokg/id/state/PSE> .
        <https://w3id.org/geokg/id/place/2761369> a gk:Place ; rdfs:label "Vienna" ;
            gk:country <https://w3id.org/geokg/id/state/AUT> .
        """;
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(data)).lang(Lang.TURTLE).parse(g);
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), g);
    assertThat(report.getEntries()).extracting(e -> e.focusNode().getURI())
        .containsOnly("https://w3id.org/geokg/id/place/2761369");
  }
}
