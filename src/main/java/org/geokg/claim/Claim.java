package org.geokg.claim;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geokg.link.Entity;

/**
 * One extracted fact with its provenance, before it becomes RDF.
 *
 * <p>For a tie or stance, {@code subject} and {@code object} are its two ends; for an interaction
 * they are its source and target.
 *
 * @param subject who holds the tie or stance, or the interaction's source
 * @param relation the ontology predicate or PLOVER class
 * @param object the other end, or the interaction's target; null for a targetless interaction (the source
 *     withdraws, resigns, mobilizes, investigates, on no actor the text names: event data code such
 *     events with an empty target), never for a tie or stance
 * @param modality how the text puts it
 * @param confidence the declaring rule's confidence, in [0, 1]
 * @param date when it held or happened, if the sentence says; null otherwise
 * @param dateText the time expression the date came from; null when there is no date
 * @param attributedTo the speaker, for reported speech; null otherwise
 * @param mode how an interaction took place ({@code Meeting}, {@code PhoneCall} …); null if unknown
 * @param extractedBy the id of the rule that found it
 * @param evidence the sentences it came from; at least one
 * @param coding the CAMEO code and amount of an interaction; {@link Coding#NONE} when there are none
 * @param location where an interaction happened, as its sentence says: a place ({@code EntityKind.PLACE}),
 *     or a state when no finer place is named; null when it does not say
 */
public record Claim(
    Entity subject,
    Relation relation,
    Entity object,
    Modality modality,
    double confidence,
    ClaimDate date,
    String dateText,
    Entity attributedTo,
    String mode,
    String extractedBy,
    List<Evidence> evidence,
    Coding coding,
    Entity location) {

  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    if (object == null && !relation.isInteraction()) {
      throw new NullPointerException("object: only an interaction may have no target");
    }
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(extractedBy, "extractedBy");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
    evidence = ImmutableList.copyOf(evidence);
    coding = coding == null ? Coding.NONE : coding;
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a claim needs evidence");
    }
  }

  /** A claim with no {@link Coding} and no location. */
  public Claim(Entity subject, Relation relation, Entity object, Modality modality, double confidence,
      ClaimDate date, String dateText, Entity attributedTo, String mode, String extractedBy, List<Evidence> evidence) {
    this(subject, relation, object, modality, confidence, date, dateText, attributedTo, mode, extractedBy, evidence,
        Coding.NONE, null);
  }

  /** A claim with no location. */
  public Claim(Entity subject, Relation relation, Entity object, Modality modality, double confidence,
      ClaimDate date, String dateText, Entity attributedTo, String mode, String extractedBy, List<Evidence> evidence,
      Coding coding) {
    this(subject, relation, object, modality, confidence, date, dateText, attributedTo, mode, extractedBy, evidence,
        coding, null);
  }

  /** This claim with {@code where} as its location. */
  public Claim withLocation(Entity where) {
    return new Claim(subject, relation, object, modality, confidence, date, dateText, attributedTo, mode,
        extractedBy, evidence, coding, where);
  }

  /** Whether this is an interaction with no target actor (see {@code object}). */
  public boolean targetless() {
    return object == null;
  }

  /** What makes two claims of one document the same fact: they are merged, their evidence joined. */
  public record Key(Entity subject, Relation relation, Entity object, Modality modality, ClaimDate date) {}

  public Key key() {
    return new Key(subject, relation, object, modality, date);
  }

  /**
   * This claim and {@code other}, the same fact said again in one document, as one claim: this one's
   * fields, the higher confidence, a mode, a coding and a location if either has one, and the evidence of both
   * without repeats.
   */
  public Claim mergedWith(Claim other) {
    List<Evidence> ev = new ArrayList<>(evidence);
    for (Evidence e : other.evidence()) {
      if (!ev.contains(e)) {
        ev.add(e);
      }
    }
    return new Claim(subject, relation, object, modality, Math.max(confidence, other.confidence()), date,
        dateText, attributedTo, mode != null ? mode : other.mode(), extractedBy, ev, coding.or(other.coding()),
        location != null ? location : other.location());
  }
}
