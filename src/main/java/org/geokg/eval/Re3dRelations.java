package org.geokg.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table that lines re3d's relations up with ours. re3d is scored per relation group, not per
 * ontology relation, because its schema is coarser: "Likes" covers both a lasting stance and a single
 * act of support.
 */
public final class Re3dRelations {
  public static final String ALLY = "AlliesOf/Likes";
  public static final String HOSTILE = "Dislikes/FightingAgainst";
  public static final String COMM = "CommWith";
  public static final String BELONGS = "BelongsTo";
  public static final String IN_CHARGE = "InChargeOf";

  /** re3d relation type → group; types not listed are not scored. */
  public static final Map<String, String> GOLD = Map.of(
      "AlliesOf", ALLY, "Likes", ALLY,
      "Dislikes", HOSTILE, "FightingAgainst", HOSTILE,
      "CommWith", COMM,
      "BelongsTo", BELONGS,
      "InChargeOf", IN_CHARGE);

  /** Our relation (ontology local name or upper-case PLOVER type) → the groups it can match. */
  public static final Map<String, List<String>> SYSTEM = Map.ofEntries(
      Map.entry("alliedWith", List.of(ALLY)),
      Map.entry("supports", List.of(ALLY)),
      Map.entry("SUPPORT", List.of(ALLY)),
      Map.entry("COOPERATE", List.of(ALLY)),
      Map.entry("opposes", List.of(HOSTILE)),
      Map.entry("ACCUSE", List.of(HOSTILE)),
      Map.entry("THREATEN", List.of(HOSTILE)),
      Map.entry("ASSAULT", List.of(HOSTILE)),
      Map.entry("FIGHT", List.of(HOSTILE)),
      Map.entry("CONSULT", List.of(COMM)),
      Map.entry("represents", List.of(BELONGS, IN_CHARGE)),
      Map.entry("memberOf", List.of(BELONGS)));

  // Alliance, hostility and contact are mutual in re3d's annotation (it often marks both directions,
  // but not always); belonging and being in charge are not.
  private static final Set<String> SYMMETRIC = Set.of(ALLY, HOSTILE, COMM);
  private static final Set<String> UNNORMALISED_SUBJECT = Set.of(BELONGS, IN_CHARGE);

  private Re3dRelations() {}

  /** The group of a re3d relation type, empty when re3d relations of that type are not scored. */
  public static Optional<String> group(String re3dType) {
    return Optional.ofNullable(GOLD.get(re3dType));
  }

  /** Whether the subject of a group's facts stays the person or body itself. */
  public static boolean keepsSubject(String group) {
    return UNNORMALISED_SUBJECT.contains(group);
  }

  /** The relation scheme for re3d: system relations counted under their groups. */
  public static RelationScheme scheme() {
    return new RelationScheme() {
      @Override
      public List<String> candidates(String systemRelation) {
        String r = Relations.canonical(systemRelation);
        return SYSTEM.getOrDefault(r, List.of(r));
      }

      @Override
      public boolean symmetric(String goldRelation) {
        return SYMMETRIC.contains(goldRelation);
      }

      @Override
      public boolean normalizesSubject(String relation) {
        return !UNNORMALISED_SUBJECT.contains(relation);
      }

      @Override
      public boolean exhaustive() {
        return false;
      }

      @Override
      public String toString() {
        return "re3d";
      }
    };
  }
}
