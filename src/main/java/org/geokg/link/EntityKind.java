package org.geokg.link;

/** What an entity is; each kind has its own IRI pattern and ontology class. */
public enum EntityKind {
  STATE("state", "State"),
  ORGANIZATION("org", "Organization"),
  PERSON("person", "Person"),
  GROUP("group", "Group"),
  REGION("region", "Region"),
  RESOURCE("resource", "EnergyResource"),
  INFRASTRUCTURE("infrastructure", "Infrastructure"),
  /** A city or other located place: where an event happened, not an actor itself. */
  PLACE("place", "Place");

  private final String pathSegment;
  private final String className;

  EntityKind(String pathSegment, String className) {
    this.pathSegment = pathSegment;
    this.className = className;
  }

  /** The path segment of the kind's IRIs under {@code https://w3id.org/geokg/id/}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** The local name of the kind's class in the ontology. */
  public String className() {
    return className;
  }

  /** Whether entities of this kind can act: stand in a tie, take a stance or interact. */
  public boolean isActor() {
    return this != RESOURCE && this != INFRASTRUCTURE && this != PLACE;
  }
}
