package org.geokg.eval;

/**
 * A gold annotation that could not be turned into a {@link GoldFact} (an actor with no state or
 * organisation key, an event type with no PLOVER class, a missing target). Listed in the error file so
 * that a reader sees what the scores leave out; the strict scores count the ones with a relation as
 * misses, since a user who reads the text expects them.
 *
 * @param document the document name, or {@code null}
 * @param annotation the annotation as the set writes it
 * @param reason why it was left out
 * @param relation the scoring relation the annotation is of (an upper-case PLOVER type …), or {@code null}
 *     when it is of none the ontology holds (a CAMEO public statement): then it is not counted at all
 */
public record SkippedGold(String document, String annotation, String reason, String relation) {

  /** An annotation of no relation the ontology holds. */
  public SkippedGold(String document, String annotation, String reason) {
    this(document, annotation, reason, null);
  }
}
