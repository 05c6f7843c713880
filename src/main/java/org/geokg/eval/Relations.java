package org.geokg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relation names the scorer knows: the 18 PLOVER interaction classes, the symmetric ties and stances,
 * and the sub-property table of the ontology.
 *
 * <p>The sub-property table is hard-coded rather than read from {@code ontology/geokg.ttl} so that scores
 * do not move when someone edits the ontology file; it must follow ONTOLOGY.md.
 */
public final class Relations {
  /** PLOVER event types in the upper-case spelling the gold sets use; the ontology class is the capitalised form. */
  public static final List<String> PLOVER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
      "FIGHT", "INVESTIGATE");

  /** Ontology properties that hold in both directions. */
  public static final Set<String> SYMMETRIC = Set.of("alliedWith", "economicTiesWith", "militaryTiesWith",
      "territorialDisputeWith", "energyTiesWith", "friendlyWith", "tenseWith", "tiesWith");

  /**
   * Relations about whom a person or body represents or belongs to: their subject is the person or body
   * itself, never normalised to a state.
   */
  public static final Set<String> KEEPS_SUBJECT = Set.of("represents", "memberOf");

  /** Direct super-property of each sub-property (ONTOLOGY.md, "Ties"). */
  public static final Map<String, String> SUPER_PROPERTY = Map.of(
      "economicTiesWith", "tiesWith",
      "militaryTiesWith", "tiesWith",
      "energyTiesWith", "tiesWith",
      "producesEnergy", "energyTie",
      "suppliesEnergyTo", "energyTie");

  /** Earlier PLOVER versions' names for two of the classes. */
  private static final Map<String, String> PLOVER_ALIASES = Map.of("DISAPPROVE", "ACCUSE", "REQUEST", "DEMAND");

  private Relations() {}

  /**
   * The upper-case PLOVER name of an event type as any PLOVER version or our ontology writes it
   * ({@code Consult}, {@code consult}, {@code DISAPPROVE} …), or empty if it is not one.
   */
  public static Optional<String> plover(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String up = name.trim().toUpperCase(Locale.ROOT);
    up = PLOVER_ALIASES.getOrDefault(up, up);
    return PLOVER.contains(up) ? Optional.of(up) : Optional.empty();
  }

  /** The ontology class local name of a PLOVER type: {@code CONSULT} → {@code Consult}. */
  public static String ploverClass(String plover) {
    return plover.charAt(0) + plover.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The name under which a relation is scored: PLOVER types in upper case (whatever the spelling),
   * ontology properties as their local names.
   */
  public static String canonical(String name) {
    return plover(name).orElse(name.trim());
  }

  /** The relation followed by its super-properties, nearest first. */
  public static List<String> withSuperProperties(String relation) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    String r = relation;
    while (r != null && !out.contains(r)) {
      out.add(r);
      r = SUPER_PROPERTY.get(r);
    }
    return List.copyOf(out);
  }
}
