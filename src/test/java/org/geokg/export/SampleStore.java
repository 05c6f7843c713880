package org.geokg.export;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.store.GeoStore;

/**
 * A small store in the shape of {@code docs/RDF.md}, written by hand so that tests of the server
 * and the exports never load CoreNLP: four states, NATO, the CIA, Blinken, one document with a
 * USA–South Korea alliance claim, a Blinken–South Korea meeting (whose sentence has a comma and
 * quotes), a Russian threat to Ukraine, a hypothetical US sanction, a stance and an energy tie.
 */
public final class SampleStore {
  /** The alliance sentence the page must show for the USA–KOR edge. */
  public static final String ALLIANCE_SENTENCE =
      "Another main U.S. ally within the Indo-Pacific is South Korea, with whose foreign minister Blinken"
          + " discussed Ukraine in mid-January.";
  /** A sentence with a comma and double quotes, for the CSV quoting. */
  public static final String QUOTED_SENTENCE = "Blinken said, \"We stand with Seoul,\" after meeting its minister.";
  /** The sample document's identifier. */
  public static final String DOCUMENT = "2022-01-27-sample.txt";

  public static final String TRIG = """
      PREFIX gk:      <https://w3id.org/geokg/ontology#>
      PREFIX state:   <https://w3id.org/geokg/id/state/>
      PREFIX igo:     <https://w3id.org/geokg/id/org/>
      PREFIX person:  <https://w3id.org/geokg/id/person/>
      PREFIX resource: <https://w3id.org/geokg/id/resource/>
      PREFIX doc:     <https://w3id.org/geokg/id/doc/>
      PREFIX claim:   <https://w3id.org/geokg/id/claim/>
      PREFIX ev:      <https://w3id.org/geokg/id/evidence/>
      PREFIX graph:   <https://w3id.org/geokg/id/graph/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov:    <http://www.w3.org/ns/prov#>
      PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

      GRAPH graph:reference {
        state:USA a gk:State ; rdfs:label "United States" ; gk:iso3 "USA" ; gk:iso2 "US" .
        state:KOR a gk:State ; rdfs:label "South Korea" ; gk:iso3 "KOR" ; gk:iso2 "KR" .
        state:RUS a gk:State ; rdfs:label "Russia" ; gk:iso3 "RUS" ; gk:iso2 "RU" .
        state:UKR a gk:State ; rdfs:label "Ukraine" ; gk:iso3 "UKR" ; gk:iso2 "UA" .
        igo:NATO a gk:Alliance, gk:Organization ; rdfs:label "North Atlantic Treaty Organization" .
        igo:CIA a gk:Organization ; rdfs:label "Central Intelligence Agency" ; gk:represents state:USA .
        resource:gas a gk:EnergyResource ; rdfs:label "gas" .
        state:USA gk:memberOf igo:NATO .
      }

      GRAPH doc:00000000000000aa {
        doc:00000000000000aa a gk:Document, prov:Entity ;
            dcterms:identifier "2022-01-27-sample.txt" ; dcterms:date "2022-01-27"^^xsd:date .
        person:antony-blinken a gk:Person ; rdfs:label "Antony Blinken" ; gk:title "Secretary of State" ;
            gk:represents state:USA .

        state:USA gk:alliedWith state:KOR .
        claim:a000000000000001 a gk:Claim ;
            gk:subject state:USA ; gk:predicate gk:alliedWith ; gk:object state:KOR ;
            gk:modality gk:Asserted ; gk:confidence 0.85 ; gk:date "2022-01"^^xsd:gYearMonth ;
            gk:extractedBy "ally-copula" ; gk:evidence ev:00000000000000aa-41 .
        ev:00000000000000aa-41 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 41 ;
            gk:begin 5120 ; gk:end 5233 ;
            gk:text "Another main U.S. ally within the Indo-Pacific is South Korea, with whose foreign minister Blinken discussed Ukraine in mid-January." .

        claim:a000000000000002 a gk:Claim, gk:Interaction, gk:Consult ;
            gk:source person:antony-blinken ; gk:target state:KOR ; gk:mode gk:Meeting ;
            gk:modality gk:Asserted ; gk:confidence 0.8 ; gk:date "2022-01-14"^^xsd:date ;
            gk:extractedBy "consult-with" ; gk:evidence ev:00000000000000aa-12 .
        ev:00000000000000aa-12 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 12 ;
            gk:begin 1000 ; gk:end 1066 ;
            gk:text "Blinken said, \\"We stand with Seoul,\\" after meeting its minister." .

        claim:a000000000000003 a gk:Claim, gk:Interaction, gk:Threaten ;
            gk:source state:RUS ; gk:target state:UKR ;
            gk:modality gk:Asserted ; gk:confidence 0.7 ; gk:date "2022-01-20"^^xsd:date ;
            gk:extractedBy "threaten" ; gk:evidence ev:00000000000000aa-3 .
        ev:00000000000000aa-3 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 3 ;
            gk:begin 200 ; gk:end 260 ; gk:text "Russia has threatened Ukraine with more than 100,000 troops." .

        claim:a000000000000004 a gk:Claim, gk:Interaction, gk:Sanction ;
            gk:source state:USA ; gk:target state:RUS ;
            gk:modality gk:Hypothetical ; gk:confidence 0.6 ;
            gk:extractedBy "sanction" ; gk:evidence ev:00000000000000aa-5 .
        ev:00000000000000aa-5 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 5 ;
            gk:begin 300 ; gk:end 360 ; gk:text "Russia would face severe sanctions should it invade." .

        state:USA gk:opposes state:RUS .
        claim:a000000000000005 a gk:Claim ;
            gk:subject igo:CIA ; gk:predicate gk:opposes ; gk:object state:RUS ;
            gk:modality gk:Asserted ; gk:confidence 0.7 ;
            gk:extractedBy "oppose" ; gk:evidence ev:00000000000000aa-7 .
        ev:00000000000000aa-7 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 7 ;
            gk:begin 400 ; gk:end 450 ; gk:text "The CIA has long stood up to the Kremlin." .

        state:RUS gk:producesEnergy resource:gas .
        claim:a000000000000006 a gk:Claim ;
            gk:subject state:RUS ; gk:predicate gk:producesEnergy ; gk:object resource:gas ;
            gk:modality gk:Asserted ; gk:confidence 0.9 ;
            gk:extractedBy "producer" ; gk:evidence ev:00000000000000aa-9 .
        ev:00000000000000aa-9 a gk:Evidence ; gk:document doc:00000000000000aa ; gk:sentenceIndex 9 ;
            gk:begin 500 ; gk:end 540 ; gk:text "Russia is a major gas producer." .
      }
      """;

  private SampleStore() {}

  /**
   * Located interactions for the map (src/test/resources/serve/located.trig), to pass as {@code
   * extraTrig}: Geneva (a talks meeting and an agreement), Kharkiv, a hypothetical sanction in
   * Brussels, troops massed in Ukraine (a state) and aid to the Baltic states (a region).
   */
  public static String located() {
    try (java.io.InputStream in = SampleStore.class.getResourceAsStream("/serve/located.trig")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Creates the sample store in {@code dir} (plus {@code extraTrig}, may be ""), open. */
  public static GeoStore create(Path dir, String extraTrig) {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    RDFParser.create().source(new StringReader(TRIG + "\n" + extraTrig)).lang(Lang.TRIG).parse(dsg);
    GeoStore store = GeoStore.open(dir);
    for (Node g : (Iterable<Node>) () -> dsg.listGraphNodes()) {
      store.putGraph(g.getURI(), dsg.getGraph(g));
    }
    return store;
  }

  /** Creates the sample store in {@code dir}, open. */
  public static GeoStore create(Path dir) {
    return create(dir, "");
  }
}
