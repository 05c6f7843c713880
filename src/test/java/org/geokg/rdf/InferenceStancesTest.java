package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Stances the rules derive from interactions, and the domestic events that imply none. */
class InferenceStancesTest {
  private static final String PREFIXES = """
      @prefix gk: <https://w3id.org/geokg/ontology#> .
      @prefix state: <https://w3id.org/geokg/id/state/> .
      @prefix group: <https://w3id.org/geokg/id/group/> .
      @prefix claim: <https://w3id.org/geokg/id/claim/> .
      """;

  private static String protest(String id, String source, String target) {
    return "claim:" + id + " a gk:Claim, gk:Interaction, gk:Protest ; gk:source " + source + " ; gk:target " + target
        + " ; gk:modality gk:Asserted .\n";
  }

  private static String interaction(String cls, String id, String source, String target) {
    return "claim:" + id + " a gk:Claim, gk:Interaction, gk:" + cls + " ; gk:source " + source + " ; gk:target " + target
        + " ; gk:modality gk:Asserted .\n";
  }

  private static List<String> opposes(String turtle) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(PREFIXES + turtle), null, "TTL");
    Graph inferred = Inference.infer(m.getGraph());
    List<String> out = new ArrayList<>();
    Node opposes = GK.property("opposes").asNode();
    inferred.find(Node.ANY, opposes, Node.ANY).forEachRemaining(t -> out.add(
        tail(t.getSubject().getURI()) + " " + tail(t.getObject().getURI())));
    return out;
  }

  private static List<String> supports(String turtle) {
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(PREFIXES + turtle), null, "TTL");
    Graph inferred = Inference.infer(m.getGraph());
    List<String> out = new ArrayList<>();
    Node supports = GK.property("supports").asNode();
    inferred.find(Node.ANY, supports, Node.ANY).forEachRemaining(t -> out.add(
        tail(t.getSubject().getURI()) + " " + tail(t.getObject().getURI())));
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  @Test
  void aProtestOrAnAccusationIsRecordedAsTheActWithNoStance() {
    // ONTOLOGY.md: "a single act of condemnation is gk:Accuse"; opposes is a lasting stance, and the
    // contract derives it from a threat or a sanction only.
    assertThat(opposes(protest("a", "group:FRA-LAB", "state:DEU")
        + interaction("Accuse", "b", "state:ECU", "state:PER"))).isEmpty();
  }

  @Test
  void aDomesticSanctionImpliesNoStanceOfAStateTowardItself() {
    // A state's sanction on one of its own groups, or one group of a state at another: no state opposes itself.
    assertThat(opposes(interaction("Sanction", "a", "state:FRA", "group:FRA-OPP")
        + interaction("Threaten", "b", "group:DZA-OPP", "group:DZA-GOV"))).isEmpty();
  }

  @Test
  void anActOfForceOrCoercionIsRecordedAsTheActWithNoStance() {
    // "Chile shelled Peru's border posts", "Chile fought Peru", "Chile detained Peru's fishermen": the act.
    assertThat(opposes(interaction("Assault", "a", "state:CHL", "state:PER") + interaction("Fight", "b", "state:CHL", "state:PER")
        + interaction("Coerce", "c", "state:CHL", "group:PER-CVL"))).isEmpty();
  }

  @Test
  void aThreatOrASanctionDeclaresOpposition() {
    assertThat(opposes(interaction("Threaten", "a", "state:CHL", "state:PER")
        + interaction("Sanction", "b", "state:BOL", "state:PER")))
        .containsExactlyInAnyOrder("CHL PER", "BOL PER");
  }

  @Test
  void praiseImpliesSupportAsTheOntologySays() {
    // ONTOLOGY.md: "aid or praise implies gk:supports"; session 17 dropped the rule and restored it.
    assertThat(supports(interaction("Support", "a", "state:CHL", "state:PER"))).containsExactly("CHL PER");
  }

  @Test
  void aidStillImpliesSupport() {
    assertThat(supports(interaction("Aid", "a", "state:CHL", "state:PER"))).containsExactly("CHL PER");
  }
}
