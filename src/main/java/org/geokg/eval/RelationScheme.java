package org.geokg.eval;

import java.util.List;

/**
 * How the relations of a system fact map onto the relations a gold set annotates.
 *
 * <p>A system fact may count for several gold relations (a system {@code economicTiesWith} for a gold
 * {@code tiesWith}; a {@code represents} for re3d's BelongsTo and InChargeOf): it is matched when any of
 * them matches.
 */
public interface RelationScheme {

  /**
   * The gold relations a system relation can match, most specific first; the first one is where an
   * unmatched system fact is counted in the per-relation table. Never empty.
   */
  List<String> candidates(String systemRelation);

  /** Whether a gold relation holds in both directions. */
  boolean symmetric(String goldRelation);

  /**
   * Whether the subject of a fact of this relation is normalised to the state it represents. False for
   * relations about whom a person or body represents, whose subject is the person or body itself.
   */
  boolean normalizesSubject(String relation);

  /**
   * Whether the gold annotates every relation the ontology holds (seed, statedept), so that a system fact
   * of a relation the gold never uses is a false positive; false for sets that annotate some relations
   * only (event data, re3d), whose headline figures leave such facts out.
   */
  default boolean exhaustive() {
    return true;
  }

  /** Whether a system fact takes part in scoring at all. */
  default boolean counts(SystemFact fact) {
    return true;
  }

  /**
   * The scheme of event-data gold sets (PLOVER, PETRARCH): as {@link #ontology()}, but an interaction
   * counts only when the text says it happened (asserted or reported). Event data codes what
   * occurred; a stated intention is coded as the act of stating it (AGREE, THREATEN), which geokg
   * also extracts, while the intended act itself ("will visit") is a planned claim.
   */
  static RelationScheme eventData() {
    return EVENT_DATA;
  }

  /** The event-data scheme's single instance. */
  RelationScheme EVENT_DATA = new RelationScheme() {
    @Override
    public List<String> candidates(String systemRelation) {
      return ONTOLOGY.candidates(systemRelation);
    }

    @Override
    public boolean symmetric(String goldRelation) {
      return ONTOLOGY.symmetric(goldRelation);
    }

    @Override
    public boolean normalizesSubject(String relation) {
      return ONTOLOGY.normalizesSubject(relation);
    }

    @Override
    public boolean counts(SystemFact fact) {
      boolean interaction = Character.isUpperCase(fact.relation().charAt(0));
      var m = fact.modality();
      return !interaction || m == null
          || m == org.geokg.claim.Modality.ASSERTED || m == org.geokg.claim.Modality.REPORTED;
    }

    @Override
    public boolean exhaustive() {
      return false;
    }

    @Override
    public String toString() {
      return "event-data";
    }
  };

  /** The ontology scheme: exact names, sub-properties count for their parents, symmetric ties. */
  static RelationScheme ontology() {
    return ONTOLOGY;
  }

  /** The ontology scheme's single instance. */
  RelationScheme ONTOLOGY = new RelationScheme() {
    @Override
    public List<String> candidates(String systemRelation) {
      return Relations.withSuperProperties(Relations.canonical(systemRelation));
    }

    @Override
    public boolean symmetric(String goldRelation) {
      return Relations.SYMMETRIC.contains(goldRelation);
    }

    @Override
    public boolean normalizesSubject(String relation) {
      return !Relations.KEEPS_SUBJECT.contains(relation);
    }

    @Override
    public String toString() {
      return "ontology";
    }
  };
}
