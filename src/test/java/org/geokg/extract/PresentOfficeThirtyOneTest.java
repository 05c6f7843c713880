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
 * Session 31: a person the text gives a present office of its own ("President X of Panama", "Special
 * Presidential Envoy for Climate X") is not made a former office-holder because the table's only term for
 * them, another office, ended years before the document; the table's past office named again ("President
 * Obama" in 2022) and an unmarked name keep the table's former. Sentences written for this test.
 */
class PresentOfficeThirtyOneTest {

  private static final LocalDate DAY = LocalDate.of(2022, 3, 15);

  private static List<String> represents(String text) {
    Document d = new Document("office-test", text, text, DAY, null, null);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    return ModelRows.select(m, """
        SELECT ?p ?s ?mod WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s ; gk:modality ?mod }""",
        "p", "s", "mod");
  }

  @Test
  void aPresentTitleOtherThanTheTablesEndedOfficeIsHeld() {
    assertThat(represents("The summit will include President Laurentino Cortizo Cohen of Panama."))
        .contains("laurentino-cortizo-cohen PAN Asserted")
        .doesNotContain("laurentino-cortizo-cohen PAN Former");
  }

  @Test
  void anEnvoysTitleIsHeldThoughTheTablesSecretaryshipEnded() {
    assertThat(represents("Special Presidential Envoy for Climate John Kerry will travel to Monaco."))
        .contains("john-kerry USA Asserted")
        .doesNotContain("john-kerry USA Former");
  }

  @Test
  void theTablesOwnPastOfficeNamedAgainStaysFormer() {
    // Guard: the text names the office the table dates, so the table's end date stands.
    assertThat(represents("The agreement was signed under President Obama in 2015."))
        .contains("barack-obama USA Former")
        .doesNotContain("barack-obama USA Asserted");
  }

  @Test
  void aFormerPresidentStaysFormer() {
    // Guard: "former" before a title the table does not have ("President" against PETRARCH's "government"),
    // and a later courtesy title of the same person.
    assertThat(represents("The Secretary spoke with former President Jimmy Carter today. "
        + "The Secretary thanked President Carter for his efforts."))
        .contains("jimmy-carter USA Former")
        .doesNotContain("jimmy-carter USA Asserted");
  }

  @Test
  void aTitleMarkedFormerStaysFormer() {
    // Guard: the text's own "former" is no present office.
    assertThat(represents("The delegation met former President Laurentino Cortizo Cohen of Panama."))
        .noneMatch(r -> r.equals("laurentino-cortizo-cohen PAN Asserted"));
  }
}
