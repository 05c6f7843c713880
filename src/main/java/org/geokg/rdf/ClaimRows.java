package org.geokg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The rows in {@code graph:summary} of listings that list claims one by one (the interactions
 * timeline, the evidence of facts): for each such claim, its sort keys ({@link ListingKeys}) and what
 * the listing filters on, with the claim itself as subject. A claim's rows depend on the claim alone, so they are written and
 * taken away with its document's summary.
 */
public final class ClaimRows {
  /** An interaction's key in the timeline: by its date, earliest first, undated last. */
  public static final Node TIMELINE_KEY = GK.property("timelineKey").asNode();
  /** An interaction's sources and targets, for finding an actor's interactions by index. */
  public static final Node TIMELINE_PARTY = GK.property("timelineParty").asNode();
  /** An interaction's PLOVER classes, for finding one class's interactions by index. */
  public static final Node TIMELINE_EVENT = GK.property("timelineEvent").asNode();

  /**
   * A fact claim's keys in the evidence listing, one per reading: the claims of one fact together,
   * best confidence first; the lowest bit is 1 for a claim of a symmetric property read the other way
   * round (object, property, subject), which the listing shows too, among that reading's claims.
   */
  public static final Node EVIDENCE_KEY = GK.property("evidenceKey").asNode();

  private static final Node TYPE = RDF.type.asNode();
  private static final Node CLAIM = GK.Claim.asNode();
  private static final Node INTERACTION = GK.Interaction.asNode();

  private ClaimRows() {}

  /**
   * The rows of claim {@code c} in {@code g} (empty when no listing shows it): a claim with a subject,
   * property, object, modality and confidence, as the evidence listing shows it (also the other way
   * round when the property is one of {@code symmetric}); an interaction with a modality, a source, a
   * target and a PLOVER class, as the timeline lists it.
   */
  public static List<Triple> of(Graph g, Node c, Set<Node> symmetric) {
    List<Triple> out = new ArrayList<>();
    if (!g.contains(c, GK.modality.asNode(), Node.ANY)) {
      return out;
    }
    evidence(g, c, symmetric, out);
    if (g.contains(c, TYPE, INTERACTION)) {
      timeline(g, c, out);
    }
    return out;
  }

  private static void evidence(Graph g, Node c, Set<Node> symmetric, List<Triple> out) {
    Node s = Graphs.object(g, c, GK.subject.asNode());
    Node p = Graphs.object(g, c, GK.predicate.asNode());
    Node o = Graphs.object(g, c, GK.object.asNode());
    Node confidence = Graphs.object(g, c, GK.confidence.asNode());
    if (s == null || p == null || o == null || confidence == null) {
      return;
    }
    long rank;
    try {
      rank = 100 - Math.round(100 * Double.parseDouble(confidence.getLiteralLexicalForm()));
    } catch (NumberFormatException e) {
      rank = 100;
    }
    out.add(Triple.create(c, EVIDENCE_KEY, ListingKeys.groupedKey(s + "|" + p + "|" + o, rank, c, false)));
    if (symmetric.contains(p)) {
      out.add(Triple.create(c, EVIDENCE_KEY, ListingKeys.groupedKey(o + "|" + p + "|" + s, rank, c, true)));
    }
  }

  private static void timeline(Graph g, Node c, List<Triple> out) {
    List<Node> parties = new ArrayList<>();
    g.find(c, GK.source.asNode(), Node.ANY).forEachRemaining(t -> parties.add(t.getObject()));
    int sources = parties.size();
    g.find(c, GK.target.asNode(), Node.ANY).forEachRemaining(t -> parties.add(t.getObject()));
    List<Node> events = new ArrayList<>();
    g.find(c, TYPE, Node.ANY).forEachRemaining(t -> {
      Node type = t.getObject();
      if (type.isURI() && type.getURI().startsWith(GK.NS) && !type.equals(CLAIM) && !type.equals(INTERACTION)) {
        events.add(type);
      }
    });
    if (sources == 0 || sources == parties.size() || events.isEmpty()) {
      return;
    }
    Node date = Graphs.object(g, c, GK.date.asNode());
    long rank = ListingKeys.dayRank(date == null ? null : date.getLiteralLexicalForm(), ListingKeys.MAX_RANK);
    out.add(Triple.create(c, TIMELINE_KEY, ListingKeys.key(rank, c)));
    parties.forEach(p -> out.add(Triple.create(c, TIMELINE_PARTY, p)));
    events.forEach(e -> out.add(Triple.create(c, TIMELINE_EVENT, e)));
  }
}
