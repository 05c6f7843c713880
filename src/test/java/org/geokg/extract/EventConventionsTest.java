package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * Event-data conventions on the real pipeline, with sentences written for this test: a stated
 * refusal to cooperate is a rejection; an act aimed "against" an actor targets it; a named
 * organisation modifying a noun is the actor, not its possessor.
 */
class EventConventionsTest {
  /** "SOURCE CLASS TARGET MODALITY" for every interaction of a one-sentence document. */
  private static List<String> interactions(String text) {
    Document d = new Document("convention-test", text, text, LocalDate.of(2022, 3, 1), null, null);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    String q = """
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        SELECT ?s ?c ?t ?m WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?m .
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""";
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(q, m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        out.add(tail(s.get("s").toString()) + " " + tail(s.get("c").toString()) + " " + tail(s.get("t").toString())
            + " " + tail(s.get("m").toString()));
      }
    }
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void aStatedRefusalToCooperateIsARejection() {
    assertThat(interactions("Germany will not supply weapons to Ukraine."))
        .contains("DEU Reject UKR Asserted", "DEU Aid UKR Negated");
    assertThat(interactions("China refused to meet the Philippines."))
        .contains("CHN Reject PHL Asserted", "CHN Consult PHL Negated")
        .doesNotContain("CHN Consult PHL Asserted");
  }

  @Test
  void aNegatedFactIsNoRejection() {
    assertThat(interactions("France did not meet Italy."))
        .contains("FRA Consult ITA Negated")
        .noneMatch(s -> s.contains("Reject"));
  }

  @Test
  void anActAimedAgainstAnActorTargetsIt() {
    assertThat(interactions("Iran threatened further action against Israel.")).contains("IRN Threaten ISR Asserted");
  }

  @Test
  void theVictimOfAnotherActorsAttackIsNotTheTargetOfTheCondemnation() {
    assertThat(interactions("Japan condemned the attacks against the Ukrainian people."))
        .noneMatch(s -> s.startsWith("JPN") && s.contains("UKR"));
  }

  @Test
  void aNamedOrganisationIsTheActorNotItsPossessor() {
    assertThat(interactions("Erdogan's NATO forces attacked Syria."))
        .contains("NATO Assault SYR Asserted")
        .noneMatch(s -> s.startsWith("recep-tayyip-erdogan"));
  }
}
