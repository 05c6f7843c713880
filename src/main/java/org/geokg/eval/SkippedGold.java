package org.geokg.eval;

/**
 * A gold annotation that could not be turned into a {@link GoldFact} (an actor with no state or
 * organisation key, an event type with no PLOVER class, a missing target). Listed in the error file so
 * that a reader sees what the scores leave out.
 *
 * @param document the document name, or {@code null}
 * @param annotation the annotation as the set writes it
 * @param reason why it was left out
 */
public record SkippedGold(String document, String annotation, String reason) {}
