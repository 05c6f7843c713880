package org.geokg.link;

/**
 * A city or other located place from the GeoNames-derived table {@code places.tsv}.
 *
 * @param id the GeoNames id (digits), the place's key and the last step of its IRI
 * @param name the name news uses
 * @param iso3 the state it lies in
 * @param lat latitude, WGS84 decimal degrees
 * @param lon longitude, WGS84 decimal degrees
 * @param population as GeoNames gives it
 * @param capital whether it is its state's capital
 */
public record Place(String id, String name, String iso3, double lat, double lon, int population, boolean capital) {

  /** The place as an entity ({@link EntityKind#PLACE}). */
  public Entity entity() {
    return new Entity(EntityKind.PLACE, id, name);
  }
}
