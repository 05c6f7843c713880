package org.geokg.eval;

import java.util.List;
import org.geokg.claim.Modality;

/**
 * One system fact after actor normalisation and deduplication: every claim of the same
 * (document, subject, relation, object) collapsed into one.
 *
 * @param document the document's {@code dcterms:identifier}, or {@code ""} if unknown
 * @param subject subject key
 * @param relation ontology local name, or the upper-case PLOVER name for interactions
 * @param object object key
 * @param modalities the modality of each collapsed claim (may repeat)
 * @param evidence the distinct evidence sentences
 * @param locations where the collapsed interaction claims say it happened, as {@link LocationScore} keys
 *     ({@code place:2867714}, {@code GRL}); empty when none says
 */
public record SystemFact(String document, String subject, String relation, String object,
    List<Modality> modalities, List<String> evidence, List<String> locations) {
  public SystemFact {
    modalities = List.copyOf(modalities);
    evidence = List.copyOf(evidence);
    locations = List.copyOf(locations);
  }

  /** A fact with no location. */
  public SystemFact(String document, String subject, String relation, String object, List<Modality> modalities,
      List<String> evidence) {
    this(document, subject, relation, object, modalities, evidence, List.of());
  }

  /**
   * The modality the system gives the fact: the most frequent among its claims, ties going to the more
   * factual one (the order of {@link Modality}).
   */
  public Modality modality() {
    Modality best = null;
    int bestCount = 0;
    for (Modality m : Modality.values()) {
      int c = (int) modalities.stream().filter(m::equals).count();
      if (c > bestCount) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }
}
