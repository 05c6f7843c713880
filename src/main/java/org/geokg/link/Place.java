package org.geokg.link;

/**
 * A city from the GeoNames-derived table {@code places.tsv}, or a region or dependent territory of a
 * state from {@code territories.tsv} ("the West Bank", "Crimea", "Greenland").
 *
 * @param id the GeoNames id (digits) of a city, the slug of a region (lower case and hyphens); the
 *     place's key and the last step of its IRI
 * @param name the name news uses
 * @param iso3 the state it lies in, or that holds it as event data code it
 * @param lat latitude, WGS84 decimal degrees; NaN where the source gives none (regions)
 * @param lon longitude, WGS84 decimal degrees; NaN where the source gives none
 * @param population as GeoNames gives it; 0 for a region
 * @param capital whether it is its state's capital
 * @param wikidata the Wikidata id of a region where a source gives one, else ""
 */
public record Place(String id, String name, String iso3, double lat, double lon, int population, boolean capital,
    String wikidata) {

  /** Whether the source gives the place a WGS84 point (every GeoNames city does; regions do not). */
  public boolean located() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  /** Whether the place is a GeoNames city, keyed by its GeoNames id. */
  public boolean geonames() {
    return !id.isEmpty() && id.chars().allMatch(Character::isDigit);
  }

  /** The place as an entity ({@link EntityKind#PLACE}). */
  public Entity entity() {
    return new Entity(EntityKind.PLACE, id, name);
  }
}
