package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (s31-prec2): an honorific between an office and its holder's name ("Haitian Prime Minister Dr.
 * Ariel Henry") hid the title and the state before it, so the minister met stayed a person of no state and
 * the meeting was scored against a person. The honorific is read through; it gives no office of its own.
 * Sentences written for this test.
 */
class HonorificTitlesThirtyOneTest {

  private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

  private static List<String> represents(String text) {
    Document d = new Document("honorific-test", text, text, DAY, null, null);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    return ModelRows.select(m, """
        SELECT ?p ?s WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s }""", "p", "s");
  }

  @Test
  void aDoctorsTitleAndStateAreReadThroughTheHonorific() {
    assertThat(represents("Secretary Blinken spoke today with Ghanaian Foreign Minister Dr. Amara Kofi Mensah."))
        .contains("amara-kofi-mensah GHA");
  }

  @Test
  void aProfessorsTitleAndStateAreReadThroughTheHonorific() {
    assertThat(represents("The Deputy Secretary met with Zambian Prime Minister Professor Tembo Mwale Banda."))
        .contains("tembo-mwale-banda ZMB");
  }

  @Test
  void anHonorificAloneGivesNoOffice() {
    // Guard: a doctor with no title is no official of the state named after the name.
    assertThat(represents("Dr. Amara Kofi Mensah, a physician, spoke with students about Ghanaian history."))
        .noneMatch(r -> r.startsWith("amara-kofi-mensah"));
  }

  @Test
  void aNationalityBeforeTheHonorificIsNoOffice() {
    // Guard: read through the honorific, a demonym with no title before it still places nobody.
    assertThat(represents("The Ghanaian Dr. Amara Kofi Mensah spoke at the conference on public health."))
        .noneMatch(r -> r.equals("amara-kofi-mensah GHA"));
  }
}
