package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** One document's share of the stance rows (what stances-toward-state reads). */
class SummariesStancesTest {
  private static final Node OPPOSES = GK.property("opposes").asNode();
  private static final Node SUPPORTS = GK.property("supports").asNode();
  private static final Node FRIENDLY = GK.property("friendlyWith").asNode();
  private static final Node ALLIED = GK.property("alliedWith").asNode();
  private static final Set<Node> STANCES = Set.of(OPPOSES, SUPPORTS, FRIENDLY);
  private static final Set<Node> SYMMETRIC = Set.of(FRIENDLY, ALLIED);
  private static final Node USA = state("USA");
  private static final Node RUS = state("RUS");
  private static final Node CHN = state("CHN");
  private static final Node BLR = state("BLR");

  @Test
  void aStanceCountsItsFactualClaimsAndASymmetricOneHasARowAboutEachEnd() {
    Graph g = GraphFactory.createDefaultGraph();
    claim(g, "c1", USA, OPPOSES, RUS, "Asserted");
    claim(g, "c2", USA, OPPOSES, RUS, "Reported");
    claim(g, "c3", USA, OPPOSES, RUS, "Planned"); // not a fact: not counted
    g.add(USA, OPPOSES, RUS);
    claim(g, "c4", CHN, FRIENDLY, RUS, "Asserted");
    claim(g, "c4-inverse", RUS, FRIENDLY, CHN, "Asserted"); // as graph:inferred derives it
    g.add(CHN, FRIENDLY, RUS);
    g.add(RUS, FRIENDLY, CHN);
    g.add(BLR, SUPPORTS, RUS); // a direct triple no claim states
    g.add(USA, OPPOSES, USA); // toward itself: no row
    claim(g, "c5", USA, ALLIED, RUS, "Asserted"); // a tie, not a stance
    g.add(USA, ALLIED, RUS);

    Map<Summaries.Key, Summaries.Tally> rows = Summaries.stances(g, STANCES, SYMMETRIC);

    assertThat(rows).containsOnlyKeys(key(RUS, OPPOSES, USA), key(RUS, FRIENDLY, CHN), key(CHN, FRIENDLY, RUS),
        key(RUS, SUPPORTS, BLR));
    assertThat(rows.get(key(RUS, OPPOSES, USA))).isEqualTo(new Summaries.Tally(1, 2, 0, null, null, null));
    // Either way round: the claim and its inverse, in the row about each end.
    assertThat(rows.get(key(RUS, FRIENDLY, CHN)).claims()).isEqualTo(2);
    assertThat(rows.get(key(CHN, FRIENDLY, RUS)).claims()).isEqualTo(2);
    assertThat(rows.get(key(RUS, SUPPORTS, BLR))).isEqualTo(new Summaries.Tally(1, 0, 0, null, null, null));
  }

  @Test
  void aFactualClaimWithoutItsDirectTripleStillCountsAndAStanceRowHasAKeyByClaims() {
    Graph g = GraphFactory.createDefaultGraph();
    claim(g, "c1", USA, OPPOSES, RUS, "Asserted");
    Map<Summaries.Key, Summaries.Tally> rows = Summaries.stances(g, STANCES, SYMMETRIC);
    assertThat(rows).containsExactly(Map.entry(key(RUS, OPPOSES, USA), new Summaries.Tally(1, 1, 0, null, null, null)));

    Summaries.Key k = key(RUS, OPPOSES, USA);
    Graph one = Summaries.rowTriples(k, new Summaries.Tally(3, 1, 0, null, null, null));
    Graph five = Summaries.rowTriples(k, new Summaries.Tally(1, 5, 0, null, null, null));
    Node stanceKey = GK.property("stanceKey").asNode();
    long keyOfOne = Long.parseLong(Graphs.object(one, k.node(), stanceKey).getLiteralLexicalForm());
    long keyOfFive = Long.parseLong(Graphs.object(five, k.node(), stanceKey).getLiteralLexicalForm());
    assertThat(keyOfFive).as("more claims first, whatever the documents").isLessThan(keyOfOne);
    assertThat(Summaries.readRow(five, k)).isEqualTo(new Summaries.Tally(1, 5, 0, null, null, null));
  }

  private static Summaries.Key key(Node about, Node p, Node actor) {
    return new Summaries.Key(Summaries.Kind.STANCE, about, p, actor);
  }

  private static void claim(Graph g, String id, Node s, Node p, Node o, String modality) {
    Node c = NodeFactory.createURI(GK.ID + "claim/" + id);
    g.add(c, RDF.type.asNode(), GK.Claim.asNode());
    g.add(c, GK.subject.asNode(), s);
    g.add(c, GK.predicate.asNode(), p);
    g.add(c, GK.object.asNode(), o);
    g.add(c, GK.modality.asNode(), GK.resource(modality).asNode());
  }

  private static Node state(String iso3) {
    return NodeFactory.createURI(GK.ID + "state/" + iso3);
  }
}
