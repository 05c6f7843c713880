package org.geokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Session 20: an interaction with a source and no gk:target (a targetless event, docs/RDF.md) conforms to
 * the shapes; a target that is no IRI still does not.
 */
class TargetlessShapesTwentyTest {
  private static final String DATA = OntologyContractTest.PREFIXES + """
      doc:t1 a gk:Document, prov:Entity ; dcterms:identifier "t1.txt" .
      ev:t1-0 a gk:Evidence ; gk:document doc:t1 ; gk:sentenceIndex 0 ; gk:begin 0 ; gk:end 30 ;
          gk:text "The rebels surrendered on Monday." .
      """;

  private static ValidationReport validate(String claims) {
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyContractTest.SHAPES.toString()));
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(DATA + claims, Lang.TURTLE).parse(g);
    return ShaclValidator.get().validate(shapes, g);
  }

  @Test
  void anInteractionWithNoTargetConforms() {
    ValidationReport report = validate("""
        claim:t1 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ;
            gk:modality gk:Asserted ; gk:confidence 0.6 ; gk:extractedBy "event-verb-targetless" ;
            gk:evidence ev:t1-0 .
        """);
    assertThat(OntologyContractTest.violations(report)).isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  @Test
  void aTargetThatIsNoIriIsStillRejected() {
    ValidationReport report = validate("""
        claim:t2 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ; gk:target "nobody" ;
            gk:modality gk:Asserted ; gk:confidence 0.6 ; gk:extractedBy "r" ; gk:evidence ev:t1-0 .
        """);
    assertThat(report.conforms()).isFalse();
    assertThat(OntologyContractTest.violations(report)).contains("claim:t2 gk:target NodeKind");
  }
}
