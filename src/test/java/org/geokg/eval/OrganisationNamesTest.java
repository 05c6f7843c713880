package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.doc.Document;
import org.geokg.link.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Gold actors coded by kind alone ({@code IGO}, {@code NGO}, {@code IMG}) are read by the name in their
 * text, on records written for this test; and the fixed development / check split of {@code --half}.
 */
class OrganisationNamesTest {
  private static final OrganisationNames NAMES = OrganisationNames.of(Gazetteer.load(null));

  @Test
  void theOrganisationTheTextNamesIsTheActor() {
    assertThat(NAMES.apply("Amnesty International")).contains("AMNESTY-INTERNATIONAL");
    // The head after a possessor, and a name inside a longer phrase.
    assertThat(NAMES.apply("Osama bin Laden's al-Qaeda")).contains("AL-QAEDA");
    assertThat(NAMES.apply("Red Cross workers in Sudan")).contains("RED-CROSS");
  }

  @Test
  void noStateAndNoPartOfAWordIsFound() {
    // The record's code says the actor is no state: a state named in its text is a place, not the actor.
    assertThat(NAMES.apply("Kurdish militants operating in Iraq")).isEmpty();
    assertThat(NAMES.apply("Talibanesque fighters")).isEmpty();
    assertThat(NAMES.apply(null)).isEmpty();
  }

  @Test
  void ploverRecordsReadTheNameOnlyWhenTheCodeHasNoKey() {
    String json = """
        [{"id": "T-1", "text": "Amnesty International accused Chile of torture.", "event": "ACCUSE",
          "source": [{"actorText": "Amnesty International", "code": "NGO"}],
          "target": [{"actorText": "Chile", "code": "CHL"}]},
         {"id": "T-2", "text": "Chilean police arrested Red Cross staff.", "event": "COERCE",
          "source": [{"actorText": "Chilean police", "code": "CHL"}],
          "target": [{"actorText": "Red Cross staff", "code": "XYZ"}]}]""";
    EvalSet plain = PloverReader.parse(json);
    EvalSet named = PloverReader.parse(json, NAMES);
    assertThat(plain.gold()).isEmpty();
    assertThat(named.gold()).extracting(g -> g.subject() + " " + g.object())
        .containsExactly("AMNESTY-INTERNATIONAL CHL", "CHL RED-CROSS");
  }

  @Test
  void theHalvesSplitTheDocumentsAndTheirGold() {
    List<Document> docs = List.of(Document.plain("a", "A.", null), Document.plain("b", "B.", null),
        Document.plain("c", "C.", null), Document.plain("d", "D.", null));
    EvalSet set = new EvalSet("t", docs, List.of(), List.of(), RelationScheme.eventData(), true);
    EvalSet even = set.half(true);
    EvalSet odd = set.half(false);
    assertThat(even.documents().size() + odd.documents().size()).isEqualTo(4);
    assertThat(even.documents()).allMatch(d -> EvalSet.isEvenHalf(d.name()))
        .doesNotContainAnyElementsOf(odd.documents());
    // md5("a") = 0cc1…: first hex digit 0, even.
    assertThat(EvalSet.isEvenHalf("a")).isTrue();
  }
}
