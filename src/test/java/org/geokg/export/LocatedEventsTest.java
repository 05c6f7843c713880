package org.geokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedEventsTest {
  private static String fixture() {
    return SampleStore.located();
  }

  @Test
  void placesAndEventsOfTheFixture(@TempDir Path dir) {
    LocatedEvents located;
    try (GeoStore store = SampleStore.create(dir.resolve("store"), fixture())) {
      located = LocatedEvents.load(TDB2Factory.connectDataset(store.location().toString()));
    }
    Map<String, LocatedEvents.Place> places = located.places().stream()
        .collect(Collectors.toMap(LocatedEvents.Place::label, Function.identity()));
    assertThat(places).containsOnlyKeys("Geneva", "Kharkiv", "Brussels", "Ukraine", "Baltic states");

    LocatedEvents.Place geneva = places.get("Geneva");
    assertThat(geneva.type()).isEqualTo("place");
    assertThat(geneva.lat()).isEqualTo(46.20222);
    assertThat(geneva.lon()).isEqualTo(6.14569);
    assertThat(geneva.countryLabel()).isEqualTo("Switzerland");
    assertThat(geneva.codes()).containsExactly("CHE");

    // A state or a region has no point: the page places it by its states' outlines.
    assertThat(places.get("Ukraine").type()).isEqualTo("state");
    assertThat(places.get("Ukraine").lat()).isNull();
    assertThat(places.get("Ukraine").codes()).containsExactly("UKR");
    assertThat(places.get("Baltic states").type()).isEqualTo("region");
    assertThat(places.get("Baltic states").codes()).containsExactlyInAnyOrder("EST", "LVA", "LTU");

    assertThat(located.events()).hasSize(6);
    LocatedEvents.Event talks = located.events().stream()
        .filter(e -> e.relation().equals("Consult")).findFirst().orElseThrow();
    assertThat(talks.place()).isEqualTo(geneva.iri());
    assertThat(talks.sources()).containsExactly("Antony Blinken");
    assertThat(talks.targets()).containsExactly("Sergey Lavrov");
    assertThat(talks.kind()).isEqualTo(RelationKind.COOPERATION);
    assertThat(talks.mode()).isEqualTo("Meeting");
    assertThat(talks.evidence()).extracting(StateNetwork.Evidence::text)
        .containsExactly("Blinken met Lavrov in Geneva on Friday for talks about Ukraine.");
    // One event per claim, however many source-target pairs it has.
    assertThat(located.events()).filteredOn(e -> e.relation().equals("Agree")).singleElement()
        .satisfies(e -> assertThat(e.sources()).containsExactlyInAnyOrder("United States", "Russia"));
  }

  @Test
  void theFixtureConformsToTheShapes() {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    RDFParser.create().source(new StringReader(fixture())).lang(Lang.TRIG).parse(dsg);
    Graph data = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> data.add(q.asTriple()));
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
  }

  @Test
  void aPlaceOffTheShapesIsReported() {
    String bad = """
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <https://w3id.org/geokg/id/place/Geneva> a gk:Place ; rdfs:label "Geneva" ; geo:lat 146.2 ; geo:long "6.1" .
        """;
    Graph data = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(bad)).lang(Lang.TURTLE).parse(data);
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    assertThat(report.getEntries()).extracting(e -> e.message())
        .anySatisfy(m -> assertThat(m).contains("GeoNames id"))
        .anySatisfy(m -> assertThat(m).contains("geo:lat"))
        .anySatisfy(m -> assertThat(m).contains("geo:long"));
  }
}
