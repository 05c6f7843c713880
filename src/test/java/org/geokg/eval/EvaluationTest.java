package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.DocumentGraph;
import org.geokg.ExtractionException;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  /** Writes one Consult interaction from the document's first word (an ISO3 code) to its second. */
  private static final Extractor FAKE = new Extractor() {
    @Override
    public DocumentGraph extract(Document d) {
      if (d.text().startsWith("FAIL")) {
        throw new ExtractionException(d.name() + ": cannot");
      }
      String[] w = d.text().split(" ");
      String docIri = GK.ID + "doc/" + d.id();
      Graph g = GraphFactory.createDefaultGraph();
      var doc = NodeFactory.createURI(docIri);
      var c = NodeFactory.createURI(GK.ID + "claim/" + d.id());
      var ev = NodeFactory.createURI(GK.ID + "evidence/" + d.id() + "-0");
      var type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
      g.add(doc, type, GK.Document.asNode());
      g.add(doc, NodeFactory.createURI("http://purl.org/dc/terms/identifier"), NodeFactory.createLiteralString(d.name()));
      g.add(c, type, GK.Claim.asNode());
      g.add(c, type, GK.Interaction.asNode());
      g.add(c, type, GK.resource("Consult").asNode());
      g.add(c, GK.source.asNode(), NodeFactory.createURI(GK.ID + "state/" + w[0]));
      g.add(c, GK.target.asNode(), NodeFactory.createURI(GK.ID + "state/" + w[1]));
      g.add(c, GK.modality.asNode(), GK.resource("Asserted").asNode());
      g.add(c, GK.evidence.asNode(), ev);
      g.add(ev, GK.document.asNode(), doc);
      g.add(ev, GK.text.asNode(), NodeFactory.createLiteralString(d.text()));
      return new DocumentGraph(d, docIri, g, new DocumentGraph.Stats(1, w.length, 2, Map.of("Consult", 1)));
    }

    @Override
    public Graph referenceGraph() {
      return GraphFactory.createDefaultGraph();
    }
  };

  @Test
  void extractsInMemoryAndScoresPerDocument() {
    List<Document> docs = List.of(Document.plain("d1", "USA RUS met", null), Document.plain("d2", "FRA DEU met", null),
        Document.plain("d3", "FAIL", null));
    List<GoldFact> gold = List.of(new GoldFact("d1", "USA", "CONSULT", "RUS", null, "USA RUS met"),
        new GoldFact("d2", "USA", "CONSULT", "RUS", null, "x"), new GoldFact("d3", "GBR", "AID", "UKR", null, "x"));
    EvalSet set = new EvalSet("fake", docs, gold, List.of(), RelationScheme.ontology(), true);
    java.util.List<String> warnings = new java.util.ArrayList<>();
    Evaluation.Outcome o = Evaluation.extractAndScore(set, FAKE, 2, warnings::add);
    assertThat(o.extracted()).isEqualTo(2);
    assertThat(o.failed()).isEqualTo(1);
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith("d3:"));
    EvalResult r = o.result();
    assertThat(r.overall().gold()).isEqualTo(3);
    assertThat(r.overall().goldMatched()).isEqualTo(1);
    assertThat(r.overall().system()).isEqualTo(2);
    assertThat(r.overall().systemMatched()).isEqualTo(1);
    assertThat(r.errorLines()).anyMatch(l -> l.startsWith("FP\td2\tFRA\tCONSULT\tDEU\tasserted\tFRA DEU met"));
  }

  @Test
  void limitKeepsTheGoldOfTheFirstDocuments() {
    List<Document> docs = List.of(Document.plain("d1", "a", null), Document.plain("d2", "b", null));
    EvalSet set = new EvalSet("x", docs, List.of(new GoldFact("d1", "USA", "AID", "UKR", null, ""),
        new GoldFact("d2", "USA", "AID", "UKR", null, "")), List.of(), RelationScheme.ontology(), true);
    assertThat(set.limit(1).documents()).hasSize(1);
    assertThat(set.limit(1).gold()).hasSize(1);
    assertThat(set.limit(-1)).isSameAs(set);
  }

  @Test
  void referenceNamesResolve() {
    Graph g = GraphFactory.createDefaultGraph();
    var type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    var kor = NodeFactory.createURI(GK.ID + "state/KOR");
    g.add(kor, type, GK.State.asNode());
    g.add(kor, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("South Korea"));
    g.add(kor, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"), NodeFactory.createLiteralString("Seoul"));
    ReferenceNameResolver r = ReferenceNameResolver.from(g);
    assertThat(r.apply("South Korea")).contains("KOR");
    assertThat(r.apply("south korea")).contains("KOR");
    assertThat(r.apply("Seoul")).contains("KOR");
    assertThat(r.apply("Japan")).isEmpty();
  }
}
