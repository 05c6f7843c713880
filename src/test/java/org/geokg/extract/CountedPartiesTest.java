package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.geokg.eval.EvalSet;
import org.geokg.eval.Evaluation;
import org.geokg.eval.GoldFact;
import org.geokg.eval.RelationScheme;
import org.junit.jupiter.api.Test;

/**
 * "The two sides" after parties named one by one, each in a sentence of its own; sentences written for
 * this test, on the real pipeline. The same documents give the same graphs and error rows however many
 * threads extract them.
 */
class CountedPartiesTest {
  @Test
  void theTwoSidesAreTheTwoSidesNamedOneByOneBefore() {
    assertThat(SentenceFacts.interactions("""
        Minister Ana Ruiz led the Chilean delegation. The Peruvian delegation was led by Minister Bruno Etcheverry. \
        The delegations held wide-ranging conversations. \
        The two sides resolved to continue their close cooperation on fisheries."""))
        .contains("CHL Cooperate PER Asserted", "PER Cooperate CHL Asserted");
  }

  @Test
  void aGovernmentBodyIsItsStatesSideNotASideOfItsOwn() {
    // The Department of Justice is the United States' side: the sides named are two.
    assertThat(SentenceFacts.interactions("""
        Minister Ana Ruiz led the Chilean delegation. \
        Department of Justice Deputy Assistant Attorney General Mark Hale led the U.S. delegation. \
        The delegations held wide-ranging conversations. \
        The two sides resolved to continue their close cooperation on fisheries."""))
        .contains("CHL Cooperate USA Asserted", "USA Cooperate CHL Asserted");
  }

  /** A bilateral joint statement: each side starts as many interactions, so the lead is a tie. */
  private static final String JOINT = """
      Minister Ana Ruiz led the Chilean delegation. The Peruvian delegation was led by Minister Bruno Etcheverry. \
      Chile and Peru agreed to expand their cooperation on fisheries. \
      The two sides discussed closer cooperation on maritime security. \
      Both sides also agreed to cooperate against illegal fishing.""";

  @Test
  void theSameDocumentsGiveTheSameGraphsAndErrorsOnOneThreadOrTwo() {
    List<Document> docs = List.of(Document.plain("joint", JOINT, java.time.LocalDate.of(2022, 7, 22)),
        Document.plain("talks", """
            Secretary Blinken met French Foreign Minister Le Drian in Paris. \
            The two leaders discussed cooperation on Ukraine.""", java.time.LocalDate.of(2021, 6, 25)),
        Document.plain("counted", """
            Minister Ana Ruiz led the Chilean delegation. The Peruvian delegation was led by Minister Bruno \
            Etcheverry. The delegations held wide-ranging conversations. \
            The two sides resolved to continue their close cooperation on fisheries.""", null));
    EvalSet set = new EvalSet("joint", docs, List.of(new GoldFact("joint", "CHL", "COOPERATE", "PER", null, "")),
        List.of(), RelationScheme.ontology(), true);
    Map<String, String> one = new TreeMap<>();
    Map<String, String> two = new TreeMap<>();
    Evaluation.Outcome a = Evaluation.extractAndScore(set, recording(one), 1, w -> { });
    Evaluation.Outcome b = Evaluation.extractAndScore(set, recording(two), 2, w -> { });
    assertThat(one).hasSize(3).isEqualTo(two);
    assertThat(one.get("joint")).contains("Cooperate");
    assertThat(a.result().errorLines(a.causes())).isEqualTo(b.result().errorLines(b.causes()));
    // A second extraction, alone, agrees.
    assertThat(sorted(SharedExtractor.get().extract(docs.get(0)))).isEqualTo(one.get("joint"));
  }

  @Test
  void theSameDocumentsBuiltOnOneThreadOrTwoDumpToTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    List<Document> docs = List.of(Document.plain("joint", JOINT, java.time.LocalDate.of(2022, 7, 22)),
        Document.plain("talks", """
            Secretary Blinken met French Foreign Minister Le Drian in Paris. \
            The two leaders discussed cooperation on Ukraine.""", java.time.LocalDate.of(2021, 6, 25)),
        Document.plain("sanction", """
            The European Union imposed new sanctions on Russia. \
            Germany condemned the attack and pledged humanitarian aid to Ukraine.""", java.time.LocalDate.of(2022, 3, 2)));
    List<org.apache.jena.riot.Lang> langs = List.of(org.apache.jena.riot.Lang.TRIG, org.apache.jena.riot.Lang.NQUADS,
        org.apache.jena.riot.Lang.JSONLD, org.apache.jena.riot.Lang.TURTLE, org.apache.jena.riot.Lang.NTRIPLES);
    List<Map<String, byte[]>> dumps = new java.util.ArrayList<>();
    for (int threads = 1; threads <= 2; threads++) {
      Map<String, byte[]> bytes = new TreeMap<>();
      try (org.geokg.store.GeoStore store = org.geokg.store.GeoStore.open(dir.resolve("store" + threads))) {
        org.geokg.cli.StandardGraphs.writeReferenceAndOntology(store, SharedExtractor.get(), System.err);
        new org.geokg.batch.BatchBuilder(SharedExtractor.get(), store, org.geokg.batch.BatchOptions.defaults(threads),
            new org.geokg.batch.BatchListener() { }).run(sink -> docs.forEach(sink::accept));
        for (org.apache.jena.riot.Lang lang : langs) {
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          store.dump(out, lang);
          bytes.put(lang.getName(), out.toByteArray());
        }
        java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
        store.dump(one, org.apache.jena.riot.Lang.TRIG, org.geokg.rdf.GK.ONTOLOGY_GRAPH);
        bytes.put("ontology", one.toByteArray());
      }
      dumps.add(bytes);
    }
    String trig = new String(dumps.get(0).get("TriG"), java.nio.charset.StandardCharsets.UTF_8);
    // The ontology's owl:unionOf lists are blank nodes, and the documents' interactions are in.
    assertThat(trig).contains("owl:unionOf").contains("_:b").contains("Cooperate");
    for (String lang : dumps.get(0).keySet()) {
      assertThat(dumps.get(1).get(lang)).as(lang).isEqualTo(dumps.get(0).get(lang));
    }
  }

  /** The shared extractor, keeping each document's graph as sorted N-Quads. */
  private static Extractor recording(Map<String, String> into) {
    return new Extractor() {
      @Override
      public DocumentGraph extract(Document d) {
        DocumentGraph g = SharedExtractor.get().extract(d);
        synchronized (into) {
          into.put(d.name(), sorted(g));
        }
        return g;
      }

      @Override
      public org.apache.jena.graph.Graph referenceGraph() {
        return SharedExtractor.get().referenceGraph();
      }
    };
  }

  private static String sorted(DocumentGraph g) {
    var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
    var name = org.apache.jena.graph.NodeFactory.createURI(g.graphIri());
    g.graph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    java.io.StringWriter w = new java.io.StringWriter();
    org.apache.jena.riot.RDFDataMgr.write(w, dsg, org.apache.jena.riot.Lang.NQUADS);
    return w.toString().lines().sorted().collect(java.util.stream.Collectors.joining("\n"));
  }
}
