package org.geokg.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Graph;
import org.geokg.DocumentGraph;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;

/** Small graphs in the shape of docs/RDF.md, built by hand, for tests that must not load CoreNLP. */
public final class TestGraphs {
  public static final String STATE = GK.ID + "state/";

  private TestGraphs() {}

  /** A document graph saying that {@code subjectIso3} is allied with {@code objectIso3}. */
  public static DocumentGraph alliance(Document document, String subjectIso3, String objectIso3) {
    String docIri = Iris.document(document.id());
    Model m = ModelFactory.createDefaultModel();
    Resource doc = m.createResource(docIri)
        .addProperty(RDF.type, GK.Document)
        .addProperty(DCTerms.identifier, document.name());
    document.dateIfKnown().ifPresent(d -> doc.addProperty(DCTerms.date, d.toString(), XSDDatatype.XSDdate));
    Resource s = m.createResource(STATE + subjectIso3);
    Resource o = m.createResource(STATE + objectIso3);
    s.addProperty(GK.property("alliedWith"), o);
    Resource ev = m.createResource(Iris.evidence(document.id(), 0))
        .addProperty(RDF.type, GK.Evidence)
        .addProperty(GK.document, doc)
        .addLiteral(GK.sentenceIndex, 0L)
        .addLiteral(GK.begin, 0L)
        .addLiteral(GK.end, (long) document.text().length())
        .addProperty(GK.text, document.text());
    m.createResource(Iris.claim(docIri + subjectIso3 + objectIso3))
        .addProperty(RDF.type, GK.Claim)
        .addProperty(GK.subject, s)
        .addProperty(GK.predicate, GK.property("alliedWith"))
        .addProperty(GK.object, o)
        .addProperty(GK.modality, GK.resource("Asserted"))
        .addLiteral(GK.confidence, m.createTypedLiteral(new BigDecimal("0.85")))
        .addProperty(GK.extractedBy, "test-rule")
        .addProperty(GK.evidence, ev);
    return new DocumentGraph(document, docIri, m.getGraph(),
        new DocumentGraph.Stats(1, document.text().split("\\s+").length, 2, Map.of("alliedWith", 1)));
  }

  /** A plain-text document dated 2022-01-27. */
  public static Document document(String name, String text) {
    return Document.plain(name, text, LocalDate.of(2022, 1, 27));
  }

  /** A reference graph with USA, KOR and RUS, labelled. */
  public static Graph reference() {
    Model m = ModelFactory.createDefaultModel();
    for (String[] s : new String[][] {{"USA", "United States"}, {"KOR", "South Korea"}, {"RUS", "Russia"}}) {
      m.createResource(STATE + s[0]).addProperty(RDF.type, GK.State).addProperty(RDFS.label, s[1])
          .addProperty(GK.iso3, s[0]);
    }
    return m.getGraph();
  }
}
