package org.geokg.claim;

/** How a text puts a fact; only {@link #ASSERTED} and {@link #REPORTED} facts get a direct triple. */
public enum Modality {
  ASSERTED("Asserted"),
  REPORTED("Reported"),
  PLANNED("Planned"),
  HYPOTHETICAL("Hypothetical"),
  NEGATED("Negated"),
  FORMER("Former");

  private final String localName;

  Modality(String localName) {
    this.localName = localName;
  }

  /** The local name of the individual in the {@code gk:} namespace. */
  public String localName() {
    return localName;
  }

  /** Whether a claim of this modality is also written as a direct triple. */
  public boolean isFactual() {
    return this == ASSERTED || this == REPORTED;
  }
}
