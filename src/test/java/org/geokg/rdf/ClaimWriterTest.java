package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.claim.Claim;
import org.geokg.claim.ClaimDate;
import org.geokg.claim.Evidence;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

class ClaimWriterTest {
  private static final Entity USA = new Entity(EntityKind.STATE, "USA", "United States");
  private static final Entity KOR = new Entity(EntityKind.STATE, "KOR", "South Korea");
  private static final Document DOC = Document.plain("a.txt", "The U.S. is allied with South Korea.", LocalDate.of(2022, 1, 27));
  private static final Evidence EV = new Evidence(DOC.id(), 0, 0, DOC.text().length(), DOC.text());

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Claim claim(Relation r, Modality m) {
    return new Claim(USA, r, KOR, m, 0.85, ClaimDate.of(LocalDate.of(2022, 1, 10)), "Jan. 10", null,
        r.isInteraction() ? "Meeting" : null, "test-rule", List.of(EV));
  }

  @Test
  void anAssertedTieGetsADirectTripleAndAClaimNode() {
    Graph g = ClaimWriter.write(DOC, List.of(claim(Relation.of("alliedWith"), Modality.ASSERTED)), Map.of());
    Node usa = uri(Iris.entity(USA));
    Node kor = uri(Iris.entity(KOR));
    assertThat(g.contains(usa, GK.property("alliedWith").asNode(), kor)).isTrue();
    assertThat(g.find(Node.ANY, GK.subject.asNode(), usa).toList()).hasSize(1);
    assertThat(g.find(Node.ANY, RDF.type.asNode(), GK.Evidence.asNode()).toList()).hasSize(1);
    assertThat(g.contains(uri(Iris.document(DOC.id())), RDF.type.asNode(), GK.Document.asNode())).isTrue();
  }

  @Test
  void aPlannedTieHasNoDirectTriple() {
    Graph g = ClaimWriter.write(DOC, List.of(claim(Relation.of("alliedWith"), Modality.PLANNED)), Map.of());
    assertThat(g.contains(uri(Iris.entity(USA)), GK.property("alliedWith").asNode(), uri(Iris.entity(KOR)))).isFalse();
    assertThat(g.find(Node.ANY, GK.modality.asNode(), GK.resource("Planned").asNode()).toList()).hasSize(1);
  }

  @Test
  void anInteractionIsTypedByItsPloverClassWithSourceTargetAndMode() {
    Graph g = ClaimWriter.write(DOC, List.of(claim(Relation.of("Consult"), Modality.ASSERTED)), Map.of());
    Node c = g.find(Node.ANY, RDF.type.asNode(), GK.resource("Consult").asNode()).next().getSubject();
    assertThat(g.contains(c, RDF.type.asNode(), GK.Interaction.asNode())).isTrue();
    assertThat(g.contains(c, GK.source.asNode(), uri(Iris.entity(USA)))).isTrue();
    assertThat(g.contains(c, GK.target.asNode(), uri(Iris.entity(KOR)))).isTrue();
    assertThat(g.contains(c, GK.mode.asNode(), GK.resource("Meeting").asNode())).isTrue();
    assertThat(g.find(c, GK.date.asNode(), Node.ANY).next().getObject().getLiteralDatatypeURI())
        .endsWith("#date");
  }

  @Test
  void theSameInputGivesTheSameGraph() {
    Graph a = ClaimWriter.write(DOC, List.of(claim(Relation.of("alliedWith"), Modality.ASSERTED)), Map.of());
    Graph b = ClaimWriter.write(DOC, List.of(claim(Relation.of("alliedWith"), Modality.ASSERTED)), Map.of());
    assertThat(a.isIsomorphicWith(b)).isTrue();
    assertThat(a.size()).isEqualTo(b.size());
  }
}
