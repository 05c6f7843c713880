package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * A title with a posting ("Ambassador to Russia", "Representative to the UN"): the holder represents the
 * actor named before the title, not the one they are posted to. Sentences (and persons) written for this
 * test, on the real pipeline.
 */
class PostedTitlesTest {

  private static List<String> represents(String text) {
    Document d = new Document("posted-titles-test", text, text, LocalDate.of(2021, 7, 1), null, null);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create("""
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        SELECT ?p ?s WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s }""", m)) {
      qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(tail(s.getResource("p").getURI()) + " "
          + tail(s.getResource("s").getURI())));
    }
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void theActorAfterToIsThePostingNotTheRepresented() {
    assertThat(represents("U.S. Ambassador to Russia Joan Ketterby met the foreign minister in Moscow."))
        .anyMatch(r -> r.endsWith(" USA")).noneMatch(r -> r.endsWith(" RUS"));
    assertThat(represents("Canadian Representative to the UN Ambassador Miles Ostrander spoke on Tuesday."))
        .anyMatch(r -> r.endsWith(" CAN")).noneMatch(r -> r.endsWith(" UN"));
  }

  @Test
  void aLetterToAnOfficeHolderIsNoPosting() {
    assertThat(represents("Egypt sent a letter to Russian President Dmitri Varkovsky on Monday."))
        .anyMatch(r -> r.endsWith(" RUS"));
  }
}
