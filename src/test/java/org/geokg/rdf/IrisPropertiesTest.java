package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;

/**
 * Hostile names (quotes, angle brackets, braces, spaces, line breaks, right-to-left marks, combining
 * characters, emoji, control characters, empty strings) never make an invalid IRI, and every literal
 * built from them comes back exactly from N-Triples, Turtle, TriG and TDB2.
 */
class IrisPropertiesTest {

  /** Code points that have broken RDF syntaxes and IRI minting elsewhere, well represented. */
  private static final int[] NASTY = {
    '"', '\'', '<', '>', '{', '}', '[', ']', ' ', '\n', '\r', '\t', '\\', '#', '%', '?', '/', ':', '@',
    '^', '`', '|', '.', ';', ',', '_', '-', 0, 0x7, 0x1B, 0x7F, 0x85, 0xA0, 0x200B, 0x200E, 0x200F, 0x202A,
    0x202E, 0x2066, 0x2069, 0x0301, 0x0308, 0x20DD, 0xFEFF, 0x2028, 0x2029, 0xFFFD, 0x1F600,
    0x1F1FA, 0x1F1F8, 0x1F3F3, 0xFE0F, 0x200D, 0x10FFFF, 'é', 'ö', 'İ', 'ß', 'Ⅻ', 'ﬁ', '한', '中', 'ب', 'א'
  };

  /** Strings of valid Unicode (no lone surrogates: inputs are decoded strictly), nasty-heavy. */
  @Provide
  static Arbitrary<String> hostile() {
    Arbitrary<Integer> nasty = Arbitraries.of(java.util.Arrays.stream(NASTY).boxed().toList());
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> (cp < 0xD800 || cp > 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
    Arbitrary<Integer> cp = Arbitraries.frequencyOf(Tuple.of(4, nasty), Tuple.of(2, any), Tuple.of(3, ascii));
    return cp.list().ofMaxSize(30).map(list -> {
      StringBuilder b = new StringBuilder();
      list.forEach(b::appendCodePoint);
      return b.toString();
    });
  }

  @Property(tries = 500)
  void slugsAreAlwaysSafeAndNeverEmpty(@ForAll("hostile") String name) {
    String slug = Iris.slug(name);
    assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertValidIri(Iris.entity(new Entity(EntityKind.PERSON, slug, name)));
  }

  @Property(tries = 300)
  void entityLabelsRoundTripExactlyThroughNTriplesAndTurtle(@ForAll("hostile") String name) {
    Node person = NodeFactory.createURI(Iris.entity(new Entity(EntityKind.PERSON, Iris.slug(name), name)));
    Graph g = GraphFactory.createDefaultGraph();
    g.add(person, RDFS.label.asNode(), NodeFactory.createLiteralString(name));
    g.add(person, GK.title.asNode(), NodeFactory.createLiteralLang(name, "en"));
    for (Lang lang : List.of(Lang.NTRIPLES, Lang.TURTLE)) {
      Graph back = roundTrip(g, lang);
      assertThat(back.isIsomorphicWith(g)).as(lang.getName()).isTrue();
      Triple t = back.find(person, RDFS.label.asNode(), Node.ANY).next();
      assertThat(t.getObject().getLiteralLexicalForm()).as(lang.getName()).isEqualTo(name);
    }
  }

  @Property(tries = 300)
  void documentIdsOfAnyTextMakeValidIris(@ForAll("hostile") String text) {
    String id = Document.plain("n", text, null).id();
    assertValidIri(Iris.document(id));
    assertValidIri(Iris.evidence(id, Math.abs(text.hashCode())));
  }

  @Property(tries = 300)
  void unsafeIdsAreRefusedNeverMinted(@ForAll("hostile") String id) {
    // Ids are hashes in practice; anything else either makes a valid IRI or is refused.
    try {
      assertValidIri(Iris.document(id));
      assertThat(id).matches("[A-Za-z0-9-]+");
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageContaining("not an IRI-safe id");
    }
    assertValidIri(Iris.claim(id));
  }

  @Property(tries = 200)
  void documentNamesTitlesAndSourcesSurviveTrigAndTdb2(
      @ForAll("hostile") String name, @ForAll("hostile") String title, @ForAll("hostile") String source) {
    Document d = new Document(name, "Text " + name, "Text " + name, null, title, source);
    Graph g = ClaimWriter.write(d, List.of(), Map.of());
    Node docNode = NodeFactory.createURI(Iris.document(d.id()));
    DatasetGraph ds = DatasetGraphFactory.create();
    ds.addGraph(docNode, g);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, ds, Lang.TRIG);
    DatasetGraph back = DatasetGraphFactory.create();
    RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(back);
    assertThat(identifier(back, docNode)).isEqualTo(name);
    assertThat(back.getGraph(docNode).isIsomorphicWith(g)).isTrue();

    DatasetGraph tdb = DatabaseMgr.createDatasetGraph(); // in memory, but TDB2's node table and encoding
    Txn.executeWrite(tdb, () -> g.find().forEachRemaining(t -> tdb.add(docNode, t.getSubject(), t.getPredicate(), t.getObject())));
    assertThat(Txn.calculateRead(tdb, () -> identifier(tdb, docNode))).isEqualTo(name);
    assertThat(Txn.calculateRead(tdb, () -> tdb.getGraph(docNode).isIsomorphicWith(g))).isTrue();
  }

  @Property(tries = 100)
  void nonAbsoluteSourcesBecomeLiteralsNotIris(@ForAll("hostile") String source) {
    Document d = new Document("n", "t", "t", null, null, source);
    Graph g = ClaimWriter.write(d, List.of(), Map.of());
    g.find(Node.ANY, DCTerms.source.asNode(), Node.ANY).forEachRemaining(t -> {
      if (t.getObject().isURI()) {
        assertValidIri(t.getObject().getURI());
      } else {
        assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo(source);
      }
    });
  }

  @Property(tries = 50)
  void entityKeysOutsideTheSafeAlphabetAreRefused(@ForAll("hostile") String key) {
    if (!key.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
      assertThatThrownBy(() -> new Entity(EntityKind.PERSON, key, key)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String identifier(DatasetGraph ds, Node g) {
    return ds.find(g, g, DCTerms.identifier.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
  }

  private static Graph roundTrip(Graph g, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, lang);
    Graph back = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(out.toString(StandardCharsets.UTF_8))).lang(lang).parse(back);
    return back;
  }

  /** Valid by Jena's strict IRI checker, absolute, and written and read back unchanged by N-Triples. */
  static void assertValidIri(String iri) {
    IRIx x = IRIx.create(iri); // throws on any violation
    assertThat(x.isAbsolute()).isTrue();
    assertThat(IRIs.check(iri)).isTrue();
    Graph g = GraphFactory.createDefaultGraph();
    g.add(NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createURI(iri));
    Graph back = roundTrip(g, Lang.NTRIPLES);
    assertThat(back.contains(NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createURI(iri))).isTrue();
  }
}
