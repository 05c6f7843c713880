package org.geokg.claim;

import com.google.common.base.Preconditions;

/**
 * A predicate of the ontology, by its local name in the {@code gk:} namespace.
 *
 * <p>Ties and stances are properties and start lower-case ({@code alliedWith}); interactions are the
 * PLOVER classes and start upper-case ({@code Consult}). That is the ontology's own naming, so it is
 * also how the two kinds are told apart here.
 *
 * @param localName e.g. {@code alliedWith} or {@code Consult}
 */
public record Relation(String localName) {

  public Relation {
    Preconditions.checkArgument(localName != null && localName.matches("[A-Za-z]+"),
        "not a relation name: %s", localName);
  }

  public static Relation of(String localName) {
    return new Relation(localName);
  }

  /** Whether this is a PLOVER interaction class rather than a tie or stance property. */
  public boolean isInteraction() {
    return Character.isUpperCase(localName.charAt(0));
  }

  @Override
  public String toString() {
    return localName;
  }
}
