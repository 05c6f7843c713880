package org.geokg.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geokg.ClaimExtractor;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;

/**
 * A sentence of a real document that holds at least one claim, with those claims as the real
 * extractor found them (each with this sentence as its only evidence) and the titles the document
 * gives their persons: the raw material of {@link DocumentSynthesiser}.
 *
 * @param text the sentence as in the document
 * @param documentDate the real document's date, which the claims' dates are relative to; may be null
 * @param claims the claims the sentence is evidence of; at least one
 * @param personTitles titles of the persons of {@code claims}
 */
record ClaimedSentence(String text, LocalDate documentDate, List<Claim> claims, Map<Entity, String> personTitles) {

  ClaimedSentence {
    claims = ImmutableList.copyOf(claims);
    personTitles = ImmutableMap.copyOf(personTitles);
  }

  /**
   * Runs {@code extractor} over the documents of {@code inputs} (files or folders) and returns their
   * claim-bearing sentences, in document and sentence order. A claim with evidence in several
   * sentences goes with each of them: each sentence says it on its own.
   */
  static List<ClaimedSentence> harvest(ClaimExtractor extractor, List<Path> inputs, PrintStream log) {
    List<Document> documents = new ArrayList<>();
    DocumentSource.read(inputs.stream().map(Path::toString).toList(),
        DocumentSink.of(documents::add, error -> log.println("warning: " + error)));
    List<ClaimedSentence> out = new ArrayList<>();
    for (Document d : documents) {
      ClaimExtractor.Claims found = extractor.claims(d);
      Map<Integer, List<Claim>> bySentence = new TreeMap<>();
      Map<Integer, String> texts = new TreeMap<>();
      for (Claim c : found.claims()) {
        for (Evidence e : c.evidence()) {
          texts.put(e.sentenceIndex(), e.text());
          bySentence.computeIfAbsent(e.sentenceIndex(), k -> new ArrayList<>()).add(withOnly(c, e));
        }
      }
      bySentence.forEach((i, claims) -> out.add(
          new ClaimedSentence(texts.get(i), d.date(), claims, titlesOf(claims, found.personTitles()))));
    }
    return out;
  }

  private static Claim withOnly(Claim c, Evidence e) {
    return new Claim(c.subject(), c.relation(), c.object(), c.modality(), c.confidence(), c.date(), c.dateText(),
        c.attributedTo(), c.mode(), c.extractedBy(), List.of(e), c.coding(), c.location());
  }

  private static Map<Entity, String> titlesOf(List<Claim> claims, Map<Entity, String> titles) {
    Map<Entity, String> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (Entity e : new Entity[] {c.subject(), c.object(), c.attributedTo()}) {
        if (e != null && e.kind() == EntityKind.PERSON && titles.containsKey(e)) {
          out.put(e, titles.get(e));
        }
      }
    }
    return out;
  }
}
