package org.geokg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.DocumentGraph;

/**
 * The knowledge graph on disk: a TDB2 dataset folder holding one named graph per document plus
 * {@code graph:reference}, {@code graph:ontology}, {@code graph:inferred} and {@code graph:summary}.
 *
 * <p>Every write is one transaction that replaces one named graph, so re-ingesting a document
 * replaces its graph, and a crash leaves each graph either old or new. The same transaction brings
 * {@code graph:inferred} and {@code graph:summary} up to date with a document graph it writes (what
 * the document implies, its counts; see {@code Derivations}), so they always match the documents
 * stored.
 * Queries see the union of all named graphs as their default graph. TDB2 locks the folder for the
 * process that opened it: {@link #open} fails with a {@link StoreException} naming the folder when
 * another process holds it.
 *
 * <p>Not meant to be shared between threads that write; reads may run concurrently with one writer.
 */
public final class GeoStore implements AutoCloseable {
  private final Path location;
  private final Dataset dataset;
  private boolean closed;

  private GeoStore(Path location, Dataset dataset) {
    this.location = location;
    this.dataset = dataset;
  }

  /**
   * Opens the store in {@code dir}, creating the folder and an empty dataset if needed.
   *
   * @throws StoreException if {@code dir} is not a folder, cannot be created, is not a TDB2 dataset,
   *     or is in use by another process
   */
  public static GeoStore open(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new StoreException("store " + abs + " is not a folder");
    }
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new StoreException("cannot create store " + abs + ": " + e, e);
    }
    Dataset ds;
    try {
      ds = TDB2Factory.connectDataset(abs.toString());
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(abs, e);
      throw locked != null ? locked : new StoreException("cannot open store " + abs + ": " + e.getMessage(), e);
    }
    // The context is the store's own, so this also applies to queries run by other code on it.
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new GeoStore(abs, ds);
  }

  /** The absolute folder of the store. */
  public Path location() {
    return location;
  }

  /** Whether the store holds at least one quad in the named graph {@code graphIri}. */
  public boolean containsDocument(String graphIri) {
    Node g = graphNode(graphIri);
    return read(ds -> ds.asDatasetGraph().containsGraph(g));
  }

  /**
   * Stores a document's graph under {@link DocumentGraph#graphIri()}, replacing any graph of that
   * name, in one write transaction.
   */
  public void putDocument(DocumentGraph documentGraph) {
    Objects.requireNonNull(documentGraph, "documentGraph");
    putGraph(documentGraph.graphIri(), documentGraph.graph());
  }

  /**
   * Stores a document's graph unless a graph of that name is already stored; the check and the write
   * are one write transaction, so two copies of one text in a batch are stored once.
   *
   * @return whether the graph was written
   */
  public boolean putDocumentIfAbsent(DocumentGraph documentGraph) {
    Objects.requireNonNull(documentGraph, "documentGraph");
    Node g = graphNode(documentGraph.graphIri());
    checkOpen();
    try {
      return Txn.calculateWrite(dataset, () -> {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dsg.containsGraph(g)) {
          return false;
        }
        Derivations.write(dsg, g, documentGraph.graph(), false);
        return true;
      });
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /**
   * Stores several documents' graphs in one write transaction, in list order: each replaces any graph
   * of its name when {@code replace} is true, as {@link #putDocument} does, and is otherwise stored only
   * if no graph of its name is stored yet (also not by an earlier one in the list), as {@link
   * #putDocumentIfAbsent} does. One commit for many documents is what makes a batch into a large
   * store cheap: a commit flushes every index page the transaction touched, and the pages one document
   * touches are spread the wider the store is. Each document is still whole or absent after a crash;
   * if any of them cannot be written, none is.
   *
   * @return for each graph, in order, whether it was written
   */
  public boolean[] putDocuments(List<DocumentGraph> documentGraphs, boolean replace) {
    List<DocumentGraph> graphs = List.copyOf(documentGraphs);
    checkOpen();
    try {
      return Txn.calculateWrite(dataset, () -> {
        DatasetGraph dsg = dataset.asDatasetGraph();
        boolean[] written = new boolean[graphs.size()];
        for (int i = 0; i < graphs.size(); i++) {
          Node g = graphNode(graphs.get(i).graphIri());
          if (replace || !dsg.containsGraph(g)) {
            Derivations.write(dsg, g, graphs.get(i).graph(), false);
            written[i] = true;
          }
        }
        return written;
      });
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /**
   * Replaces the named graph {@code graphIri} (e.g. {@code graph:reference}) with the triples of
   * {@code graph}, in one write transaction. An empty {@code graph} removes the named graph.
   */
  public void putGraph(String graphIri, Graph graph) {
    Node g = graphNode(graphIri);
    Objects.requireNonNull(graph, "graph");
    checkOpen();
    try {
      Txn.executeWrite(dataset, () -> Derivations.write(dataset.asDatasetGraph(), g, graph, false));
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /**
   * Writes many named graphs in one write transaction (for bulk loads, where one transaction per
   * graph would cost a commit each): each graph in {@code replace} replaces the named graph of its
   * name, as {@link #putGraph} does; the triples of each graph in {@code add} are added to the named
   * graph of its name (for a graph whose first part an earlier call replaced).
   */
  public void putGraphs(Map<String, Graph> replace, Map<String, Graph> add) {
    Objects.requireNonNull(replace, "replace");
    Objects.requireNonNull(add, "add");
    Map<Node, Graph> r = new LinkedHashMap<>();
    replace.forEach((iri, g) -> r.put(graphNode(iri), Objects.requireNonNull(g, iri)));
    Map<Node, Graph> a = new LinkedHashMap<>();
    add.forEach((iri, g) -> a.put(graphNode(iri), Objects.requireNonNull(g, iri)));
    checkOpen();
    try {
      Txn.executeWrite(dataset, () -> {
        DatasetGraph dsg = dataset.asDatasetGraph();
        r.forEach((g, graph) -> Derivations.write(dsg, g, graph, false));
        a.forEach((g, graph) -> Derivations.write(dsg, g, graph, true));
      });
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /**
   * Computes {@code graph:inferred} and {@code graph:summary} anew from every stored document, in one
   * write transaction ({@code geokg infer --all}; needed after a bulk load, or when the reference
   * graph's facts that documents join with change). Writes keep them up to date otherwise.
   */
  public void recomputeDerived() {
    checkOpen();
    try {
      Txn.executeWrite(dataset, () -> Derivations.recomputeAll(dataset.asDatasetGraph()));
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /**
   * Compacts the store (TDB2 compaction: the live data copied to a new generation folder, the old one
   * deleted), reclaiming the space that updates leave behind; blocks while it runs.
   */
  public void compact() {
    checkOpen();
    try {
      org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /** The store's space on disk: see {@link StoreSpace}. */
  public StoreSpace space() {
    return StoreSpace.of(location);
  }

  /** Whether the store holds no quad at all. */
  public boolean isEmpty() {
    return read(ds -> ds.asDatasetGraph().isEmpty());
  }

  /**
   * Loads quads into an empty store with TDB2's bulk loader (the sequential one, which like every
   * write here is crash-safe: a crash leaves the store empty). {@code source} pushes the quads into
   * the stream it is given; triples without a graph go to TDB2's default graph, which geokg leaves
   * empty, so give only quads.
   *
   * @return the number of quads loaded
   * @throws StoreException if the store is not empty
   */
  public long bulkLoad(Consumer<StreamRDF> source) {
    Objects.requireNonNull(source, "source");
    if (!isEmpty()) {
      throw new StoreException("store " + location + " is not empty: the bulk loader only fills an empty store");
    }
    DataLoader loader = LoaderFactory.sequentialLoader(dataset.asDatasetGraph(), (format, args) -> { });
    try {
      loader.startBulk();
      StreamRDF stream = loader.stream();
      stream.start();
      source.accept(stream);
      stream.finish();
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
    return loader.countQuads();
  }

  /** The number of quads in all graphs. */
  public long quadCount() {
    return read(ds -> Iter.count(ds.asDatasetGraph().find()));
  }

  /** The names of the named graphs that hold at least one quad. */
  public List<String> graphNames() {
    return read(ds -> {
      List<String> names = new ArrayList<>();
      ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
      return names;
    });
  }

  /**
   * Runs {@code action} inside a read transaction and returns its result. The dataset, its graphs,
   * iterators and result sets are only valid inside {@code action}: return copies, never them.
   */
  public <T> T read(Function<Dataset, T> action) {
    checkOpen();
    try {
      return Txn.calculateRead(dataset, () -> action.apply(dataset));
    } catch (RuntimeException e) {
      RuntimeException locked = lockFailure(location, e);
      throw locked != null ? locked : e;
    }
  }

  /** Writes the whole store in {@code lang}: see {@link #dump(OutputStream, Lang, String)}. */
  public void dump(OutputStream out, Lang lang) {
    dump(out, lang, null);
  }

  /**
   * Writes the store to {@code out} with the prefixes of {@code docs/RDF.md}.
   *
   * <p>A quads language (N-Quads, TriG, JSON-LD) writes every named graph; a triples language
   * (Turtle, N-Triples) writes the union of the named graphs, which is what queries see. With a
   * {@code graphIri}, only that graph is written (as a named graph in a quads language).
   *
   * <p>Byte-stable: quads are sorted (an external sort of bounded memory) and blank nodes labelled
   * from the graph, so the same graphs give the same bytes however the store was built; see
   * {@link StableDump}.
   *
   * @throws StoreException if {@code graphIri} names no graph in the store
   */
  public void dump(OutputStream out, Lang lang, String graphIri) {
    Objects.requireNonNull(out, "out");
    RDFFormat format = dumpFormat(lang);
    boolean quadLang = RDFLanguages.isQuads(lang);
    Node g = graphIri == null ? null : graphNode(graphIri);
    read(ds -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      if (g != null && !dsg.containsGraph(g)) {
        throw new StoreException("store " + location + " has no graph <" + graphIri + ">");
      }
      Supplier<Iterator<Quad>> quads;
      if (quadLang) {
        quads = () -> g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
      } else {
        Graph graph = g != null ? dsg.getGraph(g) : dsg.getUnionGraph();
        quads = () -> Iter.map(graph.find(), t -> Quad.create(Quad.defaultGraphIRI, t));
      }
      StableDump.write(out, format, quads, !quadLang, Prefixes.standardPrefixMap());
      return null;
    });
  }

  /**
   * Releases the store and its folder lock, so that another process (or a later {@link #open} in
   * this one) can use it. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // TDB2 caches the connection per folder for the life of the JVM; expelling it is what releases
    // the lock file and lets a test reopen the same folder from scratch.
    TDBInternal.expel(dataset.asDatasetGraph());
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  private static RDFFormat dumpFormat(Lang lang) {
    Objects.requireNonNull(lang, "lang");
    // The pretty writers analyse the whole graph before writing a line; blocks stay streaming.
    if (lang.equals(Lang.TURTLE)) {
      return RDFFormat.TURTLE_BLOCKS;
    }
    if (lang.equals(Lang.TRIG)) {
      return RDFFormat.TRIG_BLOCKS;
    }
    if (lang.equals(Lang.NTRIPLES)) {
      return RDFFormat.NTRIPLES;
    }
    if (lang.equals(Lang.NQUADS)) {
      return RDFFormat.NQUADS;
    }
    if (lang.equals(Lang.JSONLD)) {
      return RDFFormat.JSONLD;
    }
    RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
    if (format == null) {
      throw new IllegalArgumentException("cannot write " + lang.getName());
    }
    return format;
  }

  private static Node graphNode(String graphIri) {
    Objects.requireNonNull(graphIri, "graphIri");
    IRIx x;
    try {
      x = IRIs.reference(graphIri);
    } catch (RuntimeException e) {
      x = null;
    }
    if (x == null || !x.isAbsolute()) {
      throw new IllegalArgumentException("not an absolute IRI: " + graphIri);
    }
    return NodeFactory.createURI(x.str());
  }

  /** The clear error for TDB2's lock failure anywhere in {@code e}'s causes, or null. */
  private static StoreException lockFailure(Path location, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AlreadyLocked
          || (t.getMessage() != null && t.getMessage().contains("tdb.lock"))) {
        return new StoreException("store " + location + " is in use by another geokg process"
            + " (TDB2 lock file " + location.resolve("tdb.lock") + ")", e);
      }
    }
    return null;
  }
}
