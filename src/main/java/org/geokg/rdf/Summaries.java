package org.geokg.rdf;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The counts behind the listing queries, worked out from claims: per document (fact claims,
 * interactions, evidence sentences), per fact (a subject, property and object stated as asserted or
 * reported: documents, claims, first and last date, best confidence), per interaction dyad (a
 * source, PLOVER class and target: documents, claims that happened and others, first and last date)
 * and per stance as seen from the actor it is about ({@link #stances}: documents, claims).
 *
 * <p>The one function {@link #tally} reads any graph of claims with their evidence; a document's
 * share is {@code tally(its graph + the claims derived from it)}, and a fact's or dyad's row is the
 * sum of the shares of the documents behind it. They are written to {@code graph:summary} (see
 * {@link #write}); derived data, never a source of facts.
 */
public final class Summaries {
  static {
    org.apache.jena.sys.JenaSystem.init();
  }

  /**
   * What a summary row is about, and the properties of its three parts, its two counts and its sort
   * key (each kind its own, so a listing's order is one scan of one property).
   */
  public enum Kind {
    FACT("fact/", "factSubject", "factPredicate", "factObject", "factDocuments", "factClaims", "factKey"),
    DYAD("dyad/", "dyadSource", "dyadEvent", "dyadTarget", "dyadDocuments", "dyadHappened", "dyadKey"),
    /** A person who represents a state or organisation, with one modality (officials-by-state). */
    OFFICIAL("official/", "officialPerson", "officialOf", "officialModality", "officialDocuments", "officialClaims",
        "officialKey"),
    /**
     * A stance (a sub-property of gk:stanceToward) of an actor toward the actor it is about, read from
     * that end (stances-toward-state): what it is about, the stance, the actor.
     */
    STANCE("stance/", "stanceAbout", "stanceProperty", "stanceActor", "stanceDocuments", "stanceClaims", "stanceKey");

    final String path;
    final Node a;
    final Node b;
    final Node c;
    final Node documents;
    final Node claims;
    final Node key;

    Kind(String path, String a, String b, String c, String documents, String claims, String key) {
      this.path = path;
      this.a = GK.property(a).asNode();
      this.b = GK.property(b).asNode();
      this.c = GK.property(c).asNode();
      this.documents = GK.property(documents).asNode();
      this.claims = GK.property(claims).asNode();
      this.key = GK.property(key).asNode();
    }
  }

  /**
   * A summary row's identity: a fact (subject, property, object; a symmetric property's ends in IRI
   * order, as the query {@code facts-across-documents} has always counted them), a dyad (source,
   * event class, target), an official (person, what they represent, modality) or a stance (what it
   * is about, the stance, the actor).
   */
  public record Key(Kind kind, Node a, Node b, Node c) {
    public Key {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(a);
      Objects.requireNonNull(b);
      Objects.requireNonNull(c);
    }

    /**
     * The row's node in {@code graph:summary}: {@code gkd:fact/HASH}, {@code gkd:dyad/HASH}, {@code
     * gkd:official/HASH} or {@code gkd:stance/HASH}.
     */
    public Node node() {
      String h = Hashing.sha256().hashString(a + "|" + b + "|" + c, StandardCharsets.UTF_8).toString().substring(0, 16);
      return NodeFactory.createURI(GK.ID + kind.path + h);
    }
  }

  /**
   * The claims behind one row from some documents.
   *
   * @param documents how many documents
   * @param claims asserted or reported claims (for a dyad: that happened; for an official: all; for a
   *     stance: either way round when the stance is symmetric)
   * @param others a dyad's planned, hypothetical or negated claims (0 for facts)
   * @param first the least date's text, or null
   * @param last the greatest date's text, or null
   * @param maxConfidence the best confidence (a literal), or null
   */
  public record Tally(long documents, long claims, long others, String first, String last, Node maxConfidence) {
    static final Tally ZERO = new Tally(0, 0, 0, null, null, null);

    /** The two added: what both sets of documents give together. */
    public Tally plus(Tally t) {
      return new Tally(documents + t.documents, claims + t.claims, others + t.others, min(first, t.first),
          max(last, t.last), higher(maxConfidence, t.maxConfidence));
    }

    /**
     * {@code this} without {@code t}'s documents, when the dates and confidence are known not to
     * change (see {@link #extremesOf}); null when nothing is left.
     */
    public Tally minusCounts(Tally t) {
      long d = documents - t.documents;
      return d <= 0 ? null : new Tally(d, claims - t.claims, others - t.others, first, last, maxConfidence);
    }

    /** Whether taking {@code part} away could change the dates or the best confidence. */
    public boolean extremesOf(Tally part) {
      return Objects.equals(first, part.first) || Objects.equals(last, part.last)
          || (maxConfidence != null && part.maxConfidence != null
              && decimal(maxConfidence).compareTo(decimal(part.maxConfidence)) == 0);
    }
  }

  /**
   * One document's share of the summaries.
   *
   * @param document the {@code gk:Document} node
   * @param factClaims claims of a property (derived ones included) with evidence in it
   * @param interactions interaction claims with evidence in it
   * @param sentences evidence nodes of it that a claim points at
   * @param rows its share of each fact and dyad (documents 1)
   * @param claimRows the rows of its claims (the interactions timeline, see {@link ClaimRows}), whose
   *     subjects are the claims
   */
  public record Share(Node document, long factClaims, long interactions, long sentences, Map<Key, Tally> rows,
      Graph claimRows) {}

  private static final Node TYPE = RDF.type.asNode();
  private static final Node CLAIM = GK.Claim.asNode();
  private static final Node INTERACTION = GK.Interaction.asNode();
  private static final Node EVIDENCE = GK.evidence.asNode();
  private static final Node DOCUMENT = GK.document.asNode();
  private static final Node SUBJECT = GK.subject.asNode();
  private static final Node PREDICATE = GK.predicate.asNode();
  private static final Node OBJECT = GK.object.asNode();
  private static final Node SOURCE = GK.source.asNode();
  private static final Node TARGET = GK.target.asNode();
  private static final Node MODALITY = GK.modality.asNode();
  private static final Node CONFIDENCE = GK.confidence.asNode();
  private static final Node DATE = GK.date.asNode();
  private static final Node REPRESENTS = GK.represents.asNode();
  private static final Node PERSON = GK.Person.asNode();
  private static final Set<Node> FACTUAL = Set.of(GK.resource("Asserted").asNode(), GK.resource("Reported").asNode());

  /** The summary vocabulary ({@code gk:}), in {@code graph:summary} only. */
  public static final Node CLAIM_COUNT = GK.property("claimCount").asNode();
  public static final Node INTERACTION_COUNT = GK.property("interactionCount").asNode();
  public static final Node SENTENCE_COUNT = GK.property("sentenceCount").asNode();
  /** A document's date as text, "" when it has none: the order of the documents listing in one scan. */
  public static final Node LISTING_DATE = GK.property("listingDate").asNode();
  public static final Node FACT_SUBJECT = GK.property("factSubject").asNode();
  public static final Node FACT_PREDICATE = GK.property("factPredicate").asNode();
  public static final Node FACT_OBJECT = GK.property("factObject").asNode();
  public static final Node DYAD_SOURCE = GK.property("dyadSource").asNode();
  public static final Node DYAD_EVENT = GK.property("dyadEvent").asNode();
  public static final Node DYAD_TARGET = GK.property("dyadTarget").asNode();
  public static final Node DYAD_PARTY = GK.property("dyadParty").asNode();
  public static final Node FACT_DOCUMENTS = GK.property("factDocuments").asNode();
  public static final Node FACT_CLAIMS = GK.property("factClaims").asNode();
  public static final Node DYAD_DOCUMENTS = GK.property("dyadDocuments").asNode();
  public static final Node DYAD_HAPPENED = GK.property("dyadHappened").asNode();
  public static final Node DYAD_OTHER = GK.property("dyadOther").asNode();
  public static final Node FIRST_DATE = GK.property("firstDate").asNode();
  public static final Node LAST_DATE = GK.property("lastDate").asNode();
  public static final Node MAX_CONFIDENCE = GK.property("maxConfidence").asNode();

  /** A document's sort key ({@link ListingKeys}): newest first. */
  public static final Node DOCUMENT_KEY = GK.property("documentKey").asNode();

  /** The document metadata a document's summary repeats, so a listing reads one graph. */
  private static final List<Node> COPIED = List.of(DCTerms.identifier.asNode(), DCTerms.date.asNode(),
      DCTerms.title.asNode(), DCTerms.source.asNode());

  private Summaries() {}

  /**
   * Every document's share in {@code claims}: a graph holding claims, their evidence nodes' {@code
   * gk:document} links and the {@code gk:Document} nodes. A claim belongs to the documents of its
   * evidence; {@code symmetric} are the properties whose facts are counted either way round.
   */
  public static Map<Node, Share> tally(Graph claims, Set<Node> symmetric) {
    Map<Node, Share> out = new LinkedHashMap<>();
    claims.find(Node.ANY, TYPE, GK.Document.asNode()).forEachRemaining(t ->
        out.put(t.getSubject(), new Share(t.getSubject(), 0, 0, 0, new HashMap<>(), GraphFactory.createDefaultGraph())));
    Map<Node, Set<Node>> sentences = new HashMap<>();
    claims.find(Node.ANY, EVIDENCE, Node.ANY).forEachRemaining(t -> {
      Node ev = t.getObject();
      claims.find(ev, DOCUMENT, Node.ANY).forEachRemaining(d -> sentences.computeIfAbsent(d.getObject(), k -> new HashSet<>()).add(ev));
    });
    Set<Node> claimNodes = new HashSet<>();
    claims.find(Node.ANY, EVIDENCE, Node.ANY).forEachRemaining(t -> claimNodes.add(t.getSubject()));
    Map<Node, long[]> counts = new HashMap<>();
    Map<Node, Map<Key, Tally>> rows = new HashMap<>();
    Map<Node, Graph> claimRows = new HashMap<>();
    for (Node c : claimNodes) {
      Set<Node> docs = new HashSet<>();
      claims.find(c, EVIDENCE, Node.ANY).forEachRemaining(e ->
          claims.find(e.getObject(), DOCUMENT, Node.ANY).forEachRemaining(d -> docs.add(d.getObject())));
      boolean fact = claims.contains(c, PREDICATE, Node.ANY);
      boolean interaction = claims.contains(c, TYPE, INTERACTION);
      Map<Key, Tally> own = rowsOf(claims, c, symmetric);
      List<Triple> claimOwn = ClaimRows.of(claims, c, symmetric);
      for (Node d : docs) {
        if (!claimOwn.isEmpty()) {
          Graph cr = claimRows.computeIfAbsent(d, k -> GraphFactory.createDefaultGraph());
          claimOwn.forEach(cr::add);
        }
        long[] n = counts.computeIfAbsent(d, k -> new long[2]);
        n[0] += fact ? 1 : 0;
        n[1] += interaction ? 1 : 0;
        Map<Key, Tally> r = rows.computeIfAbsent(d, k -> new HashMap<>());
        own.forEach((k, t) -> r.merge(k, t, Summaries::sameDocument));
      }
    }
    Set<Node> docs = new HashSet<>(out.keySet());
    docs.addAll(counts.keySet());
    for (Node d : docs) {
      long[] n = counts.getOrDefault(d, new long[2]);
      out.put(d, new Share(d, n[0], n[1], sentences.getOrDefault(d, Set.of()).size(), rows.getOrDefault(d, Map.of()),
          claimRows.getOrDefault(d, GraphFactory.createDefaultGraph())));
    }
    return out;
  }

  /** Two claims' tallies of one document: still one document. */
  private static Tally sameDocument(Tally x, Tally y) {
    Tally t = x.plus(y);
    return new Tally(1, t.claims, t.others, t.first, t.last, t.maxConfidence);
  }

  /** What one claim gives each row it counts in (documents 1). */
  private static Map<Key, Tally> rowsOf(Graph g, Node c, Set<Node> symmetric) {
    Map<Key, Tally> out = new HashMap<>();
    Node m = Graphs.object(g, c, MODALITY);
    boolean factual = m != null && FACTUAL.contains(m);
    Node date = Graphs.object(g, c, DATE);
    String d = date == null ? null : date.getLiteralLexicalForm();
    Node s = Graphs.object(g, c, SUBJECT);
    Node p = Graphs.object(g, c, PREDICATE);
    Node o = Graphs.object(g, c, OBJECT);
    Node conf = Graphs.object(g, c, CONFIDENCE);
    if (s != null && p != null && o != null && factual && conf != null) {
      boolean swap = symmetric.contains(p) && str(o).compareTo(str(s)) < 0;
      out.put(new Key(Kind.FACT, swap ? o : s, p, swap ? s : o), new Tally(1, 1, 0, d, d, conf));
    }
    if (s != null && o != null && m != null && REPRESENTS.equals(p) && g.contains(s, TYPE, PERSON)) {
      out.put(new Key(Kind.OFFICIAL, s, o, m), new Tally(1, 1, 0, d, d, null));
    }
    if (g.contains(c, TYPE, INTERACTION) && m != null) {
      List<Node> sources = g.find(c, SOURCE, Node.ANY).mapWith(Triple::getObject).toList();
      List<Node> targets = g.find(c, TARGET, Node.ANY).mapWith(Triple::getObject).toList();
      for (Triple t : g.find(c, TYPE, Node.ANY).toList()) {
        Node type = t.getObject();
        if (!type.isURI() || !type.getURI().startsWith(GK.NS) || type.equals(CLAIM) || type.equals(INTERACTION)) {
          continue;
        }
        for (Node src : sources) {
          for (Node tgt : targets) {
            out.put(new Key(Kind.DYAD, src, type, tgt), new Tally(1, factual ? 1 : 0, factual ? 0 : 1, d, d, null));
          }
        }
      }
    }
    return out;
  }

  /**
   * One document's share of the stance rows: {@code g} is its graph with what it implies (the claims
   * derived from its claims). A stance {@code (actor, p, about)} with {@code p} one of {@code stances}
   * counts in this document when the document has its direct triple or an asserted or reported claim of
   * it (documents 1), with as many claims as it has of those; a symmetric stance counts both ways round,
   * each end being what the other's row is about, with the claims of either direction. An actor's stance
   * toward itself is no row.
   */
  public static Map<Key, Tally> stances(Graph g, Set<Node> stances, Set<Node> symmetric) {
    Map<Key, Set<Node>> claims = new HashMap<>();
    for (Node p : stances) {
      g.find(Node.ANY, p, Node.ANY).forEachRemaining(t ->
          stanceKeys(t.getSubject(), p, t.getObject(), symmetric).forEach(k -> claims.computeIfAbsent(k, x -> new HashSet<>())));
      g.find(Node.ANY, PREDICATE, p).forEachRemaining(t -> {
        Node c = t.getSubject();
        Node m = Graphs.object(g, c, MODALITY);
        Node s = Graphs.object(g, c, SUBJECT);
        Node o = Graphs.object(g, c, OBJECT);
        if (m != null && FACTUAL.contains(m) && s != null && o != null) {
          stanceKeys(s, p, o, symmetric).forEach(k -> claims.computeIfAbsent(k, x -> new HashSet<>()).add(c));
        }
      });
    }
    Map<Key, Tally> out = new HashMap<>();
    claims.forEach((k, c) -> out.put(k, new Tally(1, c.size(), 0, null, null, null)));
    return out;
  }

  /** The stance rows {@code actor p about} counts in: its own, and for a symmetric stance the other way round too. */
  private static List<Key> stanceKeys(Node actor, Node p, Node about, Set<Node> symmetric) {
    if (actor.equals(about)) {
      return List.of();
    }
    Key k = new Key(Kind.STANCE, about, p, actor);
    return symmetric.contains(p) ? List.of(k, new Key(Kind.STANCE, actor, p, about)) : List.of(k);
  }

  /**
   * The triples of a document's summary: its counts and the metadata a listing shows, copied from
   * {@code documentGraph}.
   */
  public static Graph documentTriples(Share share, Graph documentGraph) {
    Graph g = GraphFactory.createDefaultGraph();
    Node d = share.document();
    g.add(d, CLAIM_COUNT, integer(share.factClaims()));
    g.add(d, INTERACTION_COUNT, integer(share.interactions()));
    g.add(d, SENTENCE_COUNT, integer(share.sentences()));
    for (Node p : COPIED) {
      documentGraph.find(d, p, Node.ANY).forEachRemaining(g::add);
    }
    Node date = Graphs.object(documentGraph, d, DCTerms.date.asNode());
    g.add(d, LISTING_DATE, NodeFactory.createLiteralString(date == null ? "" : date.getLiteralLexicalForm()));
    g.add(d, DOCUMENT_KEY, ListingKeys.descending(ListingKeys.dayRank(date == null ? null : date.getLiteralLexicalForm(), 0), d));
    share.claimRows().find().forEachRemaining(g::add);
    return g;
  }

  /** The triples of one fact's, dyad's, official's or stance's row. */
  public static Graph rowTriples(Key k, Tally t) {
    Graph g = GraphFactory.createDefaultGraph();
    Node n = k.node();
    Kind kind = k.kind();
    g.add(n, kind.a, k.a());
    g.add(n, kind.b, k.b());
    g.add(n, kind.c, k.c());
    g.add(n, kind.documents, integer(t.documents()));
    g.add(n, kind.claims, integer(t.claims()));
    // Facts and officials by documents, dyads by interactions that happened, stances by claims. The
    // stance, which the listing orders by first, is not in the key: its rank among the stances would
    // depend on the ontology, and the listing sorts the rows of one actor only, a few hundred.
    g.add(n, kind.key, ListingKeys.descending(kind == Kind.DYAD || kind == Kind.STANCE ? t.claims() : t.documents(), n));
    if (kind == Kind.DYAD) {
      g.add(n, DYAD_OTHER, integer(t.others()));
      g.add(n, DYAD_PARTY, k.a());
      g.add(n, DYAD_PARTY, k.c());
    }
    if (t.first() != null) {
      g.add(n, FIRST_DATE, NodeFactory.createLiteralString(t.first()));
      g.add(n, LAST_DATE, NodeFactory.createLiteralString(t.last()));
    }
    if (t.maxConfidence() != null) {
      g.add(n, MAX_CONFIDENCE, t.maxConfidence());
    }
    return g;
  }

  /** Reads a row back from the summary triples of its node; null if there are none. */
  public static Tally readRow(Graph summary, Key k) {
    Node n = k.node();
    Node docs = Graphs.object(summary, n, k.kind().documents);
    if (docs == null) {
      return null;
    }
    Node others = Graphs.object(summary, n, DYAD_OTHER);
    Node first = Graphs.object(summary, n, FIRST_DATE);
    Node last = Graphs.object(summary, n, LAST_DATE);
    return new Tally(longOf(docs), longOf(Graphs.object(summary, n, k.kind().claims)), others == null ? 0 : longOf(others),
        first == null ? null : first.getLiteralLexicalForm(), last == null ? null : last.getLiteralLexicalForm(),
        Graphs.object(summary, n, MAX_CONFIDENCE));
  }

  private static long longOf(Node n) {
    return Long.parseLong(n.getLiteralLexicalForm());
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static String str(Node n) {
    return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }


  private static String min(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
  }

  private static Node higher(Node a, Node b) {
    return a == null ? b : b == null ? a : decimal(b).compareTo(decimal(a)) > 0 ? b : a;
  }

  private static BigDecimal decimal(Node n) {
    return new BigDecimal(n.getLiteralLexicalForm());
  }
}
