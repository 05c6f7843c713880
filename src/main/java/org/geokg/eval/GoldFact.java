package org.geokg.eval;

import java.util.Objects;
import org.geokg.claim.Modality;

/**
 * One annotated fact of a gold set, with entity keys already in the scorer's form (see {@link EntityKeys}).
 *
 * @param document the document name the fact belongs to, or {@code null} when the set is scored as a whole
 * @param subject subject key ({@code USA}, {@code NATO}, {@code person:blinken}, {@code region:europe} …)
 * @param relation the scoring relation: an ontology local name ({@code alliedWith}), an upper-case PLOVER
 *     type ({@code CONSULT}) or a set-specific group (re3d)
 * @param object object key
 * @param modality the annotated modality, or {@code null} when the set does not annotate modality
 * @param cue the text that carries the fact (a verbatim cue or the annotated sentence), for the error file
 * @param location where an interaction took place as the gold gives it ({@code Name|GeoNamesId} or an
 *     ISO3 code), or {@code ""}; kept for scoring places, not compared by the scorer
 */
public record GoldFact(String document, String subject, String relation, String object, Modality modality, String cue,
    String location) {
  public GoldFact {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    cue = cue == null ? "" : cue;
    location = location == null ? "" : location.trim();
  }

  /** A fact with no location. */
  public GoldFact(String document, String subject, String relation, String object, Modality modality, String cue) {
    this(document, subject, relation, object, modality, cue, "");
  }
}
