package org.geokg.export;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The four colours of the state-level network (alliance, energy, cooperation, conflict) and which
 * tie, stance and PLOVER interaction falls into each. The page, {@code dump --format dot} and
 * {@code dump --format graphml} share this table so that they agree on what an edge is.
 */
public enum RelationKind {
  ALLIANCE, ENERGY, COOPERATION, CONFLICT, OTHER;

  private static final Map<String, RelationKind> BY_RELATION = Map.ofEntries(
      Map.entry("alliedWith", ALLIANCE),
      Map.entry("memberOf", ALLIANCE),
      Map.entry("militaryTiesWith", ALLIANCE),
      Map.entry("producesEnergy", ENERGY),
      Map.entry("suppliesEnergyTo", ENERGY),
      Map.entry("energyTiesWith", ENERGY),
      Map.entry("energyTie", ENERGY),
      Map.entry("connects", ENERGY),
      // Stances and ties on the friendly side, then PLOVER's cooperative classes (CAMEO 01-08).
      Map.entry("supports", COOPERATION),
      Map.entry("friendlyWith", COOPERATION),
      Map.entry("alignedWith", COOPERATION),
      Map.entry("economicTiesWith", COOPERATION),
      Map.entry("tiesWith", COOPERATION),
      Map.entry("Agree", COOPERATION),
      Map.entry("Consult", COOPERATION),
      Map.entry("Support", COOPERATION),
      Map.entry("Cooperate", COOPERATION),
      Map.entry("Aid", COOPERATION),
      Map.entry("Concede", COOPERATION),
      Map.entry("Retreat", COOPERATION),
      // Hostile stances and ties, then PLOVER's conflictual classes (CAMEO 09-20).
      Map.entry("opposes", CONFLICT),
      Map.entry("tenseWith", CONFLICT),
      Map.entry("waryOf", CONFLICT),
      Map.entry("territorialDisputeWith", CONFLICT),
      Map.entry("Investigate", CONFLICT),
      Map.entry("Demand", CONFLICT),
      Map.entry("Accuse", CONFLICT),
      Map.entry("Reject", CONFLICT),
      Map.entry("Threaten", CONFLICT),
      Map.entry("Protest", CONFLICT),
      Map.entry("Sanction", CONFLICT),
      Map.entry("Mobilize", CONFLICT),
      Map.entry("Coerce", CONFLICT),
      Map.entry("Assault", CONFLICT),
      Map.entry("Fight", CONFLICT));

  /** Ties and stances that hold both ways: drawn once, without an arrow. */
  private static final Set<String> SYMMETRIC = Set.of("alliedWith", "economicTiesWith", "militaryTiesWith",
      "territorialDisputeWith", "energyTiesWith", "tiesWith", "friendlyWith", "tenseWith");

  /** The kind of a relation given by its local name ({@code alliedWith}, {@code Consult} …). */
  public static RelationKind of(String relation) {
    return BY_RELATION.getOrDefault(relation, OTHER);
  }

  /** Whether the relation (local name) is symmetric in the ontology. */
  public static boolean symmetric(String relation) {
    return SYMMETRIC.contains(relation);
  }

  /** The lower-case name used in files and on the page: {@code alliance}, {@code energy} … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The colour of the kind, the same on the page and in the dot output. */
  public String color() {
    return switch (this) {
      case ALLIANCE -> "#1f77b4";
      case ENERGY -> "#e6a100";
      case COOPERATION -> "#2ca02c";
      case CONFLICT -> "#d62728";
      case OTHER -> "#7f7f7f";
    };
  }
}
