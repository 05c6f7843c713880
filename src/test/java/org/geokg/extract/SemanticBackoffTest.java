package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.ClaimExtractor;
import org.geokg.Extractor;
import org.geokg.SharedExtractor;
import org.geokg.claim.Claim;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * The semantic back-off on the real pipeline (the shared one) and the real embedding model, with
 * sentences written for this test: a verb no rule knows, between two states, takes the class of the
 * nearest dictionary phrase above the threshold, and nothing below it or with the back-off off.
 */
class SemanticBackoffTest {
  private static List<String> backoffClaims(Extractor extractor, String text) {
    Document d = new Document("backoff-test", text, text, LocalDate.of(2023, 5, 2), null, null);
    return ((ClaimExtractor) extractor).claims(d).claims().stream()
        .filter(c -> c.extractedBy().startsWith("backoff:"))
        .map(SemanticBackoffTest::line)
        .toList();
  }

  private static String line(Claim c) {
    return c.subject().key() + " " + c.relation().localName() + " " + c.object().key() + " " + c.confidence()
        + " " + c.extractedBy();
  }

  @Test
  void anUnknownVerbPhraseTakesTheClassOfTheNearestDictionaryPhrase() {
    Extractor on = SharedExtractor.withBackoff(SemanticBackoff.DEFAULT_THRESHOLD);
    // No rule reads "heap" (nor "shower") with an object noun; the nearest dictionary phrase of
    // "heap praise" is the noun "praise" (Support).
    assertThat(backoffClaims(on, "Japan heaped praise on India."))
        .containsExactly("JPN Support IND " + SemanticBackoff.CONFIDENCE + " backoff:heap praise~praise");
    assertThat(backoffClaims(on, "Germany showered praise on Austria."))
        .singleElement().asString().startsWith("DEU Support AUT ");
  }

  @Test
  void aPhraseFarFromEveryDictionaryPhraseGivesNothing() {
    Extractor on = SharedExtractor.withBackoff(SemanticBackoff.DEFAULT_THRESHOLD);
    // "woo" is nearest to "thanks", at a similarity well below the threshold.
    assertThat(backoffClaims(on, "Turkey wooed Greece.")).isEmpty();
  }

  @Test
  void clausesTheRulesReadAreLeftToThem() {
    Extractor on = SharedExtractor.withBackoff(SemanticBackoff.DEFAULT_THRESHOLD);
    assertThat(backoffClaims(on, "Canada condemned Cuba for the arrests.")).isEmpty();
  }

  @Test
  void withTheBackoffOffItMakesNoClaims() {
    String text = "Japan heaped praise on India.";
    assertThat(backoffClaims(SharedExtractor.get(), text)).isEmpty();
  }

  @Test
  void theBundledVectorsCoverTheDictionary() {
    Lexicons lex = Lexicons.load(null);
    java.util.Set<String> stored = PhraseIndex.read(PhraseIndex.class.getResourceAsStream(PhraseIndex.VECTORS)).keySet();
    List<String> missing = PhraseIndex.dictionary(lex).keySet().stream().filter(p -> !stored.contains(p)).toList();
    // A few rows added since the file was made are embedded at start-up; many mean it is stale.
    assertThat(missing).as("phrases missing from %s: run tools/backoff/PhraseVectors.java", PhraseIndex.VECTORS)
        .hasSizeLessThan(100);
  }
}
