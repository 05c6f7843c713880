package org.geokg.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.geokg.DocumentGraph;
import org.geokg.ExtractionException;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.geokg.store.TestGraphs;

/**
 * A fake extractor whose output is checkable for completeness without CoreNLP: one claim (with its
 * evidence node, 13 triples in all) per non-blank line of the text, plus the {@code gk:Document} node.
 * A document graph in a store is therefore complete exactly when it has its {@code gk:Document} node
 * and as many claims as its text has non-blank lines ({@link #incompleteGraphs}).
 *
 * <p>Behaviour by text: a line {@code HANG} parks the worker until {@link #release} (ignoring
 * interrupts, as CoreNLP may); {@code THROW} fails with an {@link ExtractionException}; {@code
 * OVERFLOW} throws a {@link StackOverflowError}; {@code SLOW} takes 300 ms; {@code UNSTORABLE} is
 * extracted, but its graph fails when the store reads it. Every other document takes {@code delayMillis}.
 */
public final class LineClaimsExtractor implements Extractor {
  private final long delayMillis;
  private final boolean jitter;
  private final boolean asserted;
  private volatile boolean released;
  public final AtomicInteger extracted = new AtomicInteger();
  public final AtomicInteger running = new AtomicInteger();
  public final AtomicInteger peakRunning = new AtomicInteger();

  public LineClaimsExtractor(long delayMillis, boolean jitter) {
    this(delayMillis, jitter, false);
  }

  /**
   * @param asserted whether the claims are asserted, with a confidence: then the rules derive their
   *     symmetric closure into graph:inferred and each is a fact of graph:summary; every second line
   *     then says gk:friendlyWith instead of gk:alliedWith (a stance: graph:summary has stance rows too)
   */
  /** The stance of every second line of an asserted document (symmetric, so derived both ways too). */
  public static final Node STANCE = GK.property("friendlyWith").asNode();
  private static final Node ALLIED = GK.property("alliedWith").asNode();

  public LineClaimsExtractor(long delayMillis, boolean jitter, boolean asserted) {
    this.delayMillis = delayMillis;
    this.jitter = jitter;
    this.asserted = asserted;
  }

  public LineClaimsExtractor() {
    this(0, false);
  }

  /** Lets every hanging extraction return (with an error), so no test leaves threads parked. */
  public void release() {
    released = true;
  }

  /** The claims the document must have: its non-blank lines. */
  public static int expectedClaims(String text) {
    return (int) text.lines().filter(l -> !l.isBlank()).count();
  }

  @Override
  public DocumentGraph extract(Document document) {
    peakRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      String text = document.content();
      if (text.contains("HANG")) {
        while (!released) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // ignores interrupts
        }
        throw new ExtractionException(document.name() + ": released");
      }
      if (text.contains("THROW")) {
        throw new ExtractionException(document.name() + ": extraction failed: the fake was told to");
      }
      if (text.contains("OVERFLOW")) {
        throw new StackOverflowError();
      }
      if (text.contains("UNSTORABLE")) {
        DocumentGraph g = graphOf(document, asserted);
        return new DocumentGraph(document, g.graphIri(), new GraphBase() {
          @Override
          protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            throw new IllegalStateException("the fake graph cannot be read");
          }
        }, g.stats());
      }
      long delay = text.contains("SLOW") ? 300 : jitter ? (Math.abs(document.id().hashCode()) % (2 * delayMillis + 1)) : delayMillis;
      if (delay > 0) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ExtractionException(document.name() + ": interrupted");
        }
      }
      extracted.incrementAndGet();
      return graphOf(document, asserted);
    } finally {
      running.decrementAndGet();
    }
  }

  /** The graph this extractor makes for {@code document}: deterministic, so runs compare by counts. */
  public static DocumentGraph graphOf(Document document) {
    return graphOf(document, false);
  }

  /**
   * {@link #graphOf(Document)}, the claims asserted with confidence 0.80 if {@code asserted}, and then
   * those of the second, fourth, ... line {@link #STANCE}.
   */
  public static DocumentGraph graphOf(Document document, boolean asserted) {
    String docIri = Iris.document(document.id());
    Graph g = GraphFactory.createDefaultGraph();
    Node doc = NodeFactory.createURI(docIri);
    g.add(doc, RDF.type.asNode(), GK.Document.asNode());
    g.add(doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(document.name()));
    String[] lines = document.text().split("\n");
    int k = 0;
    int offset = 0;
    for (String line : lines) {
      if (!line.isBlank()) {
        Node claim = NodeFactory.createURI(Iris.claim(docIri + "|" + k));
        Node ev = NodeFactory.createURI(Iris.evidence(document.id(), k));
        Node s = NodeFactory.createURI(TestGraphs.STATE + "USA");
        Node o = NodeFactory.createURI(TestGraphs.STATE + "KOR");
        Node p = asserted && k % 2 == 1 ? STANCE : ALLIED;
        g.add(claim, RDF.type.asNode(), GK.Claim.asNode());
        g.add(claim, GK.subject.asNode(), s);
        g.add(claim, GK.predicate.asNode(), p);
        g.add(claim, GK.object.asNode(), o);
        g.add(claim, GK.extractedBy.asNode(), NodeFactory.createLiteralString("line-" + k));
        if (asserted) {
          g.add(claim, GK.modality.asNode(), GK.resource("Asserted").asNode());
          g.add(claim, GK.confidence.asNode(), NodeFactory.createLiteralDT("0.80", XSDDatatype.XSDdecimal));
        }
        g.add(claim, GK.evidence.asNode(), ev);
        g.add(ev, RDF.type.asNode(), GK.Evidence.asNode());
        g.add(ev, GK.document.asNode(), doc);
        g.add(ev, GK.sentenceIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(k), XSDDatatype.XSDinteger));
        g.add(ev, GK.begin.asNode(), NodeFactory.createLiteralDT(Integer.toString(offset), XSDDatatype.XSDinteger));
        g.add(ev, GK.end.asNode(), NodeFactory.createLiteralDT(Integer.toString(offset + line.length()), XSDDatatype.XSDinteger));
        g.add(ev, GK.text.asNode(), NodeFactory.createLiteralString(line));
        g.add(s, p, o);
        k++;
      }
      offset += line.length() + 1;
    }
    Map<String, Integer> relations = asserted && k > 1 ? Map.of("alliedWith", (k + 1) / 2, "friendlyWith", k / 2)
        : Map.of("alliedWith", k);
    return new DocumentGraph(document, docIri, g,
        new DocumentGraph.Stats(k, document.text().split("\\s+").length, 2, relations));
  }

  @Override
  public Graph referenceGraph() {
    return TestGraphs.reference();
  }

  /**
   * Checks every document graph in {@code ds} (call inside a read transaction): returns a description
   * of each graph that lacks its {@code gk:Document} node or whose claim count differs from the
   * number of evidence texts it should have, keyed by graph IRI; empty when all are complete. The
   * expected count is {@code expected.get(graphIri)}, from the inputs, not from the graph itself.
   */
  public static Map<String, String> incompleteGraphs(Dataset ds, Map<String, Integer> expected) {
    Map<String, String> bad = new HashMap<>();
    DatasetGraph dsg = ds.asDatasetGraph();
    dsg.listGraphNodes().forEachRemaining(g -> {
      String iri = g.getURI();
      if (!iri.startsWith(GK.ID + "doc/")) {
        return;
      }
      Integer want = expected.get(iri);
      boolean hasDoc = dsg.contains(g, g, RDF.type.asNode(), GK.Document.asNode());
      long claims = org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, RDF.type.asNode(), GK.Claim.asNode()));
      long evidence = org.apache.jena.atlas.iterator.Iter.count(dsg.find(g, Node.ANY, GK.text.asNode(), Node.ANY));
      if (want == null || !hasDoc || claims != want || evidence != want) {
        bad.put(iri, "document node " + hasDoc + ", claims " + claims + ", evidence " + evidence + ", expected " + want);
      }
    });
    return bad;
  }

  /** The number of document graphs in the store. */
  public static long documentGraphs(GeoStore store) {
    return store.graphNames().stream().filter(n -> n.startsWith(GK.ID + "doc/")).count();
  }
}
