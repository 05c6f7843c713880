package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.DocumentGraph;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoStoreTest {
  @TempDir Path dir;

  private static final DocumentGraph A = TestGraphs.alliance(TestGraphs.document("a.txt", "The U.S. is allied with South Korea."), "USA", "KOR");
  private static final DocumentGraph B = TestGraphs.alliance(TestGraphs.document("b.txt", "Russia and Belarus are allies."), "RUS", "BLR");

  @Test
  void putDocumentTwiceLeavesTheQuadCountUnchanged() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      store.putDocument(A);
      long once = store.quadCount();
      store.putDocument(A);
      assertThat(copyOf(store, A.graphIri()).size()).isEqualTo(A.graph().size());
      assertThat(store.quadCount()).isEqualTo(once);
    }
  }

  @Test
  void documentsPutInOneTransactionGiveTheStoreThatOnePutEachGives() {
    DocumentGraph c = TestGraphs.alliance(TestGraphs.document("c.txt", "Japan is allied with the U.S."), "JPN", "USA");
    DocumentGraph a2 = new DocumentGraph(A.document(), A.graphIri(), c.graph(), A.stats());
    DatasetGraph[] stores = new DatasetGraph[2];
    for (int t = 0; t < 2; t++) {
      try (GeoStore store = GeoStore.open(dir.resolve("store" + t))) {
        store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
        if (t == 0) {
          store.putDocumentIfAbsent(A);
          store.putDocumentIfAbsent(B);
          store.putDocumentIfAbsent(c);
          store.putDocumentIfAbsent(a2);
        } else {
          // a2 has A's name: absent no longer once A is in, also within the same transaction.
          assertThat(store.putDocuments(List.of(A, B, c, a2), false)).containsExactly(true, true, true, false);
        }
        stores[t] = copyOf(store);
      }
    }
    assertThat(stores[0].getGraph(NodeFactory.createURI(GK.INFERRED_GRAPH)).size()).isPositive();
    assertThat(stores[0].getGraph(NodeFactory.createURI(GK.SUMMARY_GRAPH)).size()).isPositive();
    assertThat(stores[1].stream().count()).isEqualTo(stores[0].stream().count());
    stores[0].find().forEachRemaining(q -> assertThat(stores[1].contains(q)).as(q.toString()).isTrue());
  }

  @Test
  void documentsPutTogetherWithReplaceReplaceLikeOnePutEach() {
    DocumentGraph a2 = new DocumentGraph(A.document(), A.graphIri(),
        TestGraphs.alliance(TestGraphs.document("a.txt", "Japan is allied with the U.S."), "JPN", "USA").graph(), A.stats());
    try (GeoStore one = GeoStore.open(dir.resolve("one")); GeoStore together = GeoStore.open(dir.resolve("together"))) {
      one.putDocument(A);
      one.putDocument(B);
      one.putDocument(a2);
      together.putDocument(A);
      assertThat(together.putDocuments(List.of(B, a2), true)).containsExactly(true, true);
      assertThat(copyOf(together, A.graphIri()).isIsomorphicWith(a2.graph())).isTrue();
      assertThat(together.quadCount()).isEqualTo(one.quadCount());
    }
  }

  @Test
  void replacingADocumentGraphLeavesTheOtherGraphsUntouched() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
      store.putDocument(A);
      store.putDocument(B);
      Graph bBefore = copyOf(store, B.graphIri());
      Graph refBefore = copyOf(store, GK.REFERENCE_GRAPH);

      // Same graph name, other content: what an improved extractor run with --force does.
      DocumentGraph a2 = new DocumentGraph(A.document(), A.graphIri(),
          TestGraphs.alliance(TestGraphs.document("a.txt", "Japan is allied with the U.S."), "JPN", "USA").graph(),
          A.stats());
      store.putDocument(a2);

      assertThat(copyOf(store, A.graphIri()).isIsomorphicWith(a2.graph())).isTrue();
      assertThat(copyOf(store, B.graphIri()).isIsomorphicWith(bBefore)).isTrue();
      assertThat(copyOf(store, GK.REFERENCE_GRAPH).isIsomorphicWith(refBefore)).isTrue();
      // And what the documents imply and their counts, kept with them.
      assertThat(store.graphNames()).containsExactlyInAnyOrder(A.graphIri(), B.graphIri(), GK.REFERENCE_GRAPH,
          GK.INFERRED_GRAPH, GK.SUMMARY_GRAPH);
    }
  }

  @Test
  void containsDocumentOnlyAfterPut() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      assertThat(store.containsDocument(A.graphIri())).isFalse();
      store.putDocument(A);
      assertThat(store.containsDocument(A.graphIri())).isTrue();
      assertThat(store.containsDocument(B.graphIri())).isFalse();
    }
  }

  @Test
  void queriesSeeTheUnionOfAllGraphs() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
      store.putDocument(A);
      // The alliance is in the document's graph, the label in graph:reference: one join over both.
      List<String> labels = store.read(ds -> {
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
            PREFIX gk: <https://w3id.org/geokg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label { ?s gk:alliedWith ?o . ?o rdfs:label ?label }""").build()) {
          return ResultSetFormatter.toList(qe.execSelect()).stream()
              .map(qs -> qs.getLiteral("label").getLexicalForm()).toList();
        }
      });
      // The stated alliance, and its symmetric closure in graph:inferred.
      assertThat(labels).containsExactlyInAnyOrder("South Korea", "United States");
    }
  }

  @Test
  void reopeningKeepsTheData() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      store.putDocument(A);
    }
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      assertThat(store.containsDocument(A.graphIri())).isTrue();
    }
  }

  @Test
  void aFileIsNotAStore() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> GeoStore.open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"N-Quads", "TriG", "JSON-LD"})
  void quadDumpsParseBackToTheSameQuads(String langName) {
    Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      fill(store);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.dump(out, lang);
      DatasetGraph back = DatasetGraphFactory.create();
      RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
      assertThat(back.stream().count()).isEqualTo(store.quadCount());
      assertThat(back.getGraph(NodeFactory.createURI(A.graphIri())).isIsomorphicWith(A.graph())).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Turtle", "N-Triples"})
  void tripleDumpsParseBackToTheUnionGraph(String langName) {
    Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      fill(store);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.dump(out, lang);
      Graph back = GraphFactory.createDefaultGraph();
      RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
      long unionSize = store.read(ds -> (long) ds.asDatasetGraph().getUnionGraph().size());
      assertThat(back.size()).isEqualTo(unionSize).isGreaterThan(0);
      if (lang.equals(Lang.TURTLE)) {
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("PREFIX gk:");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"N-Quads", "TriG", "JSON-LD", "Turtle", "N-Triples"})
  void dumpsAreTheSameBytesWhateverTheOrderAndBlankNodeLabelsOfTheStore(String langName) {
    Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
    byte[][] dumps = new byte[2][];
    for (int t = 0; t < 2; t++) {
      // Two lists of blank nodes, loaded with fresh labels, and the documents in the other order.
      Graph lists = GraphFactory.createDefaultGraph();
      RDFParser.fromString("""
          @prefix owl: <http://www.w3.org/2002/07/owl#> .
          <http://example.org/A> owl:unionOf (<http://example.org/X> <http://example.org/Y>) .
          <http://example.org/B> owl:oneOf (<http://example.org/Y> <http://example.org/X> <http://example.org/Z>) .
          """, Lang.TURTLE).parse(lists);
      try (GeoStore store = GeoStore.open(dir.resolve("store" + t))) {
        store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
        store.putDocument(t == 0 ? A : B);
        store.putGraph(GK.ONTOLOGY_GRAPH, lists);
        store.putDocument(t == 0 ? B : A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.dump(out, lang);
        dumps[t] = out.toByteArray();
      }
    }
    assertThat(dumps[1]).isEqualTo(dumps[0]);
    // JSON-LD writes the lists as @list, without blank nodes.
    assertThat(new String(dumps[0], StandardCharsets.UTF_8)).contains(lang.equals(Lang.JSONLD) ? "@list" : "_:b");
  }

  @Test
  void dumpOfOneGraph() {
    try (GeoStore store = GeoStore.open(dir.resolve("store"))) {
      fill(store);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.dump(out, Lang.NQUADS, B.graphIri());
      DatasetGraph back = DatasetGraphFactory.create();
      RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(back);
      assertThat(back.stream().count()).isEqualTo(B.graph().size());
      assertThatThrownBy(() -> store.dump(new ByteArrayOutputStream(), Lang.NQUADS, GK.ID + "graph/none"))
          .isInstanceOf(StoreException.class).hasMessageContaining("graph/none");
    }
  }

  @Test
  void aStoreHeldByAnotherProcessFailsWithAClearMessage() throws Exception {
    Path store = dir.resolve("locked");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), store.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(r.readLine()).isEqualTo("open");
      assertThatThrownBy(() -> GeoStore.open(store))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(store.toAbsolutePath().toString())
          .hasMessageContaining("is in use by another geokg process");
    } finally {
      child.getOutputStream().close();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    // Released by the child: this process can open it now.
    try (GeoStore s = GeoStore.open(store)) {
      assertThat(s.quadCount()).isZero();
    }
  }

  private static void fill(GeoStore store) {
    store.putGraph(GK.REFERENCE_GRAPH, TestGraphs.reference());
    store.putDocument(A);
    store.putDocument(B);
  }

  private static Graph copyOf(GeoStore store, String graphIri) {
    return store.read(ds -> {
      Graph copy = GraphFactory.createDefaultGraph();
      ds.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
      return copy;
    });
  }

  private static DatasetGraph copyOf(GeoStore store) {
    return store.read(ds -> {
      DatasetGraph copy = DatasetGraphFactory.create();
      ds.asDatasetGraph().find().forEachRemaining(copy::add);
      return copy;
    });
  }
}
