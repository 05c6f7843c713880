package org.geokg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.rdf.GK;
import org.geokg.rdf.Graphs;
import org.geokg.rdf.Inference;
import org.geokg.rdf.Summaries;

/**
 * Keeps {@code graph:inferred} and {@code graph:summary} in step with the document graphs, inside the
 * write transaction that changes a document graph (so a crash leaves the three consistent).
 *
 * <p>What a document implies depends only on its own claims and the join facts of the reference graph
 * ({@link Inference#isJoinFact}); every derived claim names the claim it comes from with {@code
 * prov:wasDerivedFrom}. Replacing a document therefore takes away exactly the derived claims of its
 * old claims (and their direct triples, unless another derived claim still gives them), and adds what
 * its new claims imply. Its share of the summaries ({@link Summaries}) is taken away and added the same
 * way; a fact's dates and best confidence, which cannot be taken away, are counted again from the
 * claims still stored when the document held one of them. {@link #recomputeAll} does everything from
 * scratch ({@code geokg infer --all}); the two give isomorphic graphs.
 */
public final class Derivations {
  static final Node INFERRED = NodeFactory.createURI(GK.INFERRED_GRAPH);
  static final Node SUMMARY = NodeFactory.createURI(GK.SUMMARY_GRAPH);
  private static final Node REFERENCE = NodeFactory.createURI(GK.REFERENCE_GRAPH);
  private static final Node ONTOLOGY = NodeFactory.createURI(GK.ONTOLOGY_GRAPH);
  private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
  private static final Node TYPE = RDF.type.asNode();
  private static final Node CLAIM = GK.Claim.asNode();
  private static final Node EVIDENCE = GK.evidence.asNode();
  private static final Node DOCUMENT = GK.document.asNode();
  private static final Node STANCE_TOWARD = GK.property("stanceToward").asNode();
  private static final Node SUB_PROPERTY_OF = RDFS.subPropertyOf.asNode();

  private Derivations() {}

  /** Whether {@code g} holds a document's facts: any named graph but the four the store keeps itself. */
  static boolean isDocumentGraph(Node g) {
    return !g.equals(INFERRED) && !g.equals(SUMMARY) && !g.equals(REFERENCE) && !g.equals(ONTOLOGY);
  }

  /** Whether {@code g} is one of the graphs the store derives, which are never input to inference. */
  static boolean isDerivedGraph(Node g) {
    return g.equals(INFERRED) || g.equals(SUMMARY);
  }

  /**
   * Replaces the named graph {@code g} with {@code content} (or, with {@code add}, adds {@code
   * content} to it), and for a document graph brings the derived graphs up to date. Call inside a
   * write transaction.
   */
  static void write(DatasetGraph dsg, Node g, Graph content, boolean add) {
    if (!isDocumentGraph(g)) {
      if (!add) {
        Quads.deleteAny(dsg, g, Node.ANY, Node.ANY, Node.ANY);
      }
      content.find().forEachRemaining(t -> Quads.add(dsg, g, t));
      return;
    }
    Graph old = copy(dsg.getGraph(g));
    Graph now = add ? union(old, content) : content;
    if (hasJoinFacts(old) || hasJoinFacts(now)) {
      // A document that states what others join with changes what they imply: count all again.
      replaceQuads(dsg, g, content, add);
      recomputeAll(dsg);
      return;
    }
    Set<Node> symmetric = symmetric(dsg);
    Set<Node> stances = stances(dsg);
    Graph oldDerived = derivedFrom(dsg, old);
    Graph oldAll = union(old, oldDerived);
    Map<Node, Summaries.Share> oldShares = Summaries.tally(oldAll, symmetric);
    Map<Summaries.Key, Summaries.Tally> oldStances = Summaries.stances(oldAll, stances, symmetric);
    replaceQuads(dsg, g, content, add);
    Graph newDerived = now.isEmpty() ? GraphFactory.createDefaultGraph() : Inference.infer(union(now, joinFacts(dsg)));
    updateInferred(dsg, oldDerived, newDerived);
    Graph newAll = union(now, newDerived);
    Map<Node, Summaries.Share> newShares = Summaries.tally(newAll, symmetric);
    updateSummary(dsg, symmetric, oldShares, newShares, now, oldStances, Summaries.stances(newAll, stances, symmetric));
  }

  /**
   * Computes {@code graph:inferred} and {@code graph:summary} anew from every document of {@code dsg}
   * (a store's, or any dataset laid out the same way). Call inside a write transaction.
   */
  public static void recomputeAll(DatasetGraph dsg) {
    Graph data = GraphFactory.createDefaultGraph();
    List<Node> documents = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(n -> {
      if (!isDerivedGraph(n) && !n.equals(ONTOLOGY)) {
        dsg.getGraph(n).find().forEachRemaining(data::add);
        if (isDocumentGraph(n)) {
          documents.add(n);
        }
      }
    });
    // The rule engine walks its input many times: it gets an in-memory copy, not the store.
    Graph inferred = Inference.infer(data);
    Quads.deleteAny(dsg, INFERRED, Node.ANY, Node.ANY, Node.ANY);
    inferred.find().forEachRemaining(t -> Quads.add(dsg, INFERRED, t));
    Quads.deleteAny(dsg, SUMMARY, Node.ANY, Node.ANY, Node.ANY);
    Set<Node> symmetric = symmetric(dsg);
    Set<Node> stances = stances(dsg);
    Map<Summaries.Key, Summaries.Tally> rows = new HashMap<>();
    for (Node n : documents) {
      Graph doc = dsg.getGraph(n);
      Graph own = copy(doc);
      Graph all = union(own, derivedFrom(dsg, own));
      for (Summaries.Share s : Summaries.tally(all, symmetric).values()) {
        add(dsg, Summaries.documentTriples(s, own));
        s.rows().forEach((k, t) -> rows.merge(k, t, Summaries.Tally::plus));
      }
      Summaries.stances(all, stances, symmetric).forEach((k, t) -> rows.merge(k, t, Summaries.Tally::plus));
    }
    rows.forEach((k, t) -> add(dsg, Summaries.rowTriples(k, t)));
  }

  private static void replaceQuads(DatasetGraph dsg, Node g, Graph content, boolean add) {
    if (!add) {
      Quads.deleteAny(dsg, g, Node.ANY, Node.ANY, Node.ANY);
    }
    content.find().forEachRemaining(t -> Quads.add(dsg, g, t));
  }

  /** The triples of {@code graph:inferred} about the claims derived from the claims of {@code doc}. */
  private static Graph derivedFrom(DatasetGraph dsg, Graph doc) {
    Graph out = GraphFactory.createDefaultGraph();
    doc.find(Node.ANY, TYPE, CLAIM).forEachRemaining(c ->
        dsg.find(INFERRED, Node.ANY, DERIVED_FROM, c.getSubject()).forEachRemaining(q ->
            dsg.find(INFERRED, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(x -> out.add(x.asTriple()))));
    return out;
  }

  private static void updateInferred(DatasetGraph dsg, Graph oldDerived, Graph newDerived) {
    Set<Triple> oldDirect = directTriples(oldDerived);
    // By subject: a derived claim's confidence may be stored in another decimal form than it reads.
    Set<Node> oldClaims = new HashSet<>();
    oldDerived.find().forEachRemaining(t -> oldClaims.add(t.getSubject()));
    oldClaims.forEach(d -> Quads.deleteAny(dsg, INFERRED, d, Node.ANY, Node.ANY));
    newDerived.find().forEachRemaining(t -> Quads.add(dsg, INFERRED, t));
    for (Triple t : oldDirect) {
      if (!newDerived.contains(t) && !supported(dsg, t)) {
        dsg.delete(INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
      }
    }
  }

  /** The direct triples of the derived claims in {@code derived} (each claim's subject, property, object). */
  private static Set<Triple> directTriples(Graph derived) {
    Set<Triple> out = new HashSet<>();
    derived.find(Node.ANY, GK.subject.asNode(), Node.ANY).forEachRemaining(t -> {
      Node d = t.getSubject();
      Node p = Graphs.object(derived, d, GK.predicate.asNode());
      Node o = Graphs.object(derived, d, GK.object.asNode());
      if (p != null && o != null) {
        out.add(Triple.create(t.getObject(), p, o));
      }
    });
    return out;
  }

  /** Whether a derived claim still in {@code graph:inferred} gives the direct triple {@code t}. */
  private static boolean supported(DatasetGraph dsg, Triple t) {
    var it = dsg.find(INFERRED, Node.ANY, GK.object.asNode(), t.getObject());
    while (it.hasNext()) {
      Node d = it.next().getSubject();
      if (dsg.contains(INFERRED, d, GK.subject.asNode(), t.getSubject())
          && dsg.contains(INFERRED, d, GK.predicate.asNode(), t.getPredicate())) {
        org.apache.jena.atlas.iterator.Iter.close(it);
        return true;
      }
    }
    return false;
  }

  private static void updateSummary(DatasetGraph dsg, Set<Node> symmetric, Map<Node, Summaries.Share> oldShares,
      Map<Node, Summaries.Share> newShares, Graph now, Map<Summaries.Key, Summaries.Tally> oldStances,
      Map<Summaries.Key, Summaries.Tally> newStances) {
    // A stance row is the graph's share as a whole (it counts graphs, not the documents of evidence).
    Map<Summaries.Key, Summaries.Tally> removed = new HashMap<>(oldStances);
    for (Summaries.Share s : oldShares.values()) {
      Quads.deleteAny(dsg, SUMMARY, s.document(), Node.ANY, Node.ANY);
      Set<Node> claims = new HashSet<>();
      s.claimRows().find().forEachRemaining(t -> claims.add(t.getSubject()));
      claims.forEach(c -> Quads.deleteAny(dsg, SUMMARY, c, Node.ANY, Node.ANY));
      s.rows().forEach((k, t) -> removed.merge(k, t, Summaries.Tally::plus));
    }
    Map<Summaries.Key, Summaries.Tally> added = new HashMap<>(newStances);
    for (Summaries.Share s : newShares.values()) {
      add(dsg, Summaries.documentTriples(s, now));
      s.rows().forEach((k, t) -> added.merge(k, t, Summaries.Tally::plus));
    }
    Set<Summaries.Key> keys = new HashSet<>(removed.keySet());
    keys.addAll(added.keySet());
    Graph summary = dsg.getGraph(SUMMARY);
    for (Summaries.Key k : keys) {
      Summaries.Tally current = Summaries.readRow(summary, k);
      Summaries.Tally gone = removed.get(k);
      Summaries.Tally plus = added.get(k);
      Summaries.Tally next;
      if (gone == null) {
        next = current == null ? plus : current.plus(plus);
      } else if (k.kind() != Summaries.Kind.STANCE && (current == null || current.extremesOf(gone))) {
        next = recount(dsg, k, symmetric); // the store already holds the new claims, not the old
      } else {
        // A stance row has counts only, which subtract.
        Summaries.Tally rest = current == null ? null : current.minusCounts(gone);
        next = rest == null ? plus : plus == null ? rest : rest.plus(plus);
      }
      Quads.deleteAny(dsg, SUMMARY, k.node(), Node.ANY, Node.ANY);
      if (next != null) {
        add(dsg, Summaries.rowTriples(k, next));
      }
    }
  }

  /** A fact's, dyad's or official's row counted again from the claims stored now; null if none is left. */
  private static Summaries.Tally recount(DatasetGraph dsg, Summaries.Key k, Set<Node> symmetric) {
    Summaries.Kind kind = k.kind();
    boolean fact = kind == Summaries.Kind.FACT;
    Graph claims = GraphFactory.createDefaultGraph();
    List<Node> ends = fact && symmetric.contains(k.b()) ? List.of(k.c(), k.a())
        : List.of(kind == Summaries.Kind.OFFICIAL ? k.b() : k.c());
    Node link = kind == Summaries.Kind.DYAD ? GK.target.asNode() : GK.object.asNode();
    Node kindLink = kind == Summaries.Kind.DYAD ? TYPE : GK.predicate.asNode();
    Node kindValue = kind == Summaries.Kind.OFFICIAL ? GK.represents.asNode() : k.b();
    if (kind == Summaries.Kind.OFFICIAL) {
      // The row counts persons only: the person's type, from whichever graph states it.
      dsg.find(Node.ANY, k.a(), TYPE, GK.Person.asNode()).forEachRemaining(q -> claims.add(q.asTriple()));
    }
    for (Node end : ends) {
      dsg.find(Node.ANY, Node.ANY, link, end).forEachRemaining(q -> {
        Node g = q.getGraph();
        Node c = q.getSubject();
        if (isDerivedGraph(g) && !g.equals(INFERRED) || !dsg.contains(g, c, kindLink, kindValue)) {
          return;
        }
        dsg.find(g, c, Node.ANY, Node.ANY).forEachRemaining(x -> claims.add(x.asTriple()));
        dsg.find(g, c, EVIDENCE, Node.ANY).forEachRemaining(e ->
            dsg.find(Node.ANY, e.getObject(), DOCUMENT, Node.ANY).forEachRemaining(d -> claims.add(d.asTriple())));
      });
    }
    Summaries.Tally sum = null;
    for (Summaries.Share s : Summaries.tally(claims, symmetric).values()) {
      Summaries.Tally t = s.rows().get(k);
      if (t != null) {
        sum = sum == null ? t : sum.plus(t);
      }
    }
    return sum;
  }

  /** The facts documents join with in the rules, from every graph but the derived ones. */
  private static Graph joinFacts(DatasetGraph dsg) {
    Graph out = GraphFactory.createDefaultGraph();
    dsg.find(Node.ANY, Node.ANY, Inference.joinPredicate(), Node.ANY).forEachRemaining(q -> {
      if (!isDerivedGraph(q.getGraph()) && !q.getGraph().equals(ONTOLOGY)) {
        out.add(q.asTriple());
      }
    });
    return out;
  }

  private static boolean hasJoinFacts(Graph g) {
    return g.contains(Node.ANY, Inference.joinPredicate(), Node.ANY);
  }

  /**
   * The stances: the sub-properties of {@code gk:stanceToward} (in {@code graph:ontology}), at any
   * depth, as the rows of {@link Summaries#stances} count them.
   */
  public static Set<Node> stances(DatasetGraph dsg) {
    Set<Node> out = new HashSet<>();
    List<Node> next = new ArrayList<>(List.of(STANCE_TOWARD));
    while (!next.isEmpty()) {
      Node sup = next.remove(next.size() - 1);
      dsg.find(ONTOLOGY, Node.ANY, SUB_PROPERTY_OF, sup).forEachRemaining(q -> {
        if (q.getSubject().isURI() && out.add(q.getSubject())) {
          next.add(q.getSubject());
        }
      });
    }
    return out;
  }

  /** The properties declared {@code owl:SymmetricProperty} (in {@code graph:ontology}). */
  public static Set<Node> symmetric(DatasetGraph dsg) {
    Set<Node> out = new HashSet<>();
    dsg.find(ONTOLOGY, Node.ANY, TYPE, OWL.SymmetricProperty.asNode()).forEachRemaining(q -> out.add(q.getSubject()));
    return out;
  }

  private static void add(DatasetGraph dsg, Graph g) {
    g.find().forEachRemaining(t -> Quads.add(dsg, SUMMARY, t));
  }

  private static Graph copy(Graph g) {
    Graph m = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(m::add);
    return m;
  }

  private static Graph union(Graph a, Graph b) {
    Graph m = copy(a);
    b.find().forEachRemaining(m::add);
    return m;
  }
}
