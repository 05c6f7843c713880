package org.geokg.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;

/**
 * Where each interaction of a store happened ({@code gk:location}): the place's name, its state's
 * ISO3 code and its WGS84 coordinates, as event data carries them.
 */
public final class EventLocations {
  private static final String LOCATIONS = StateNetwork.PREFIXES + """
      PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      SELECT ?claim ?place ?label ?state ?lat ?long WHERE {
        ?claim gk:location ?place .
        OPTIONAL { ?place rdfs:label ?label }
        OPTIONAL { ?place gk:country ?state }
        OPTIONAL { ?place geo:lat ?lat }
        OPTIONAL { ?place geo:long ?long }
      }""";

  /**
   * One event's location.
   *
   * @param name the place's label (a state's, when the text names no finer place)
   * @param country ISO 3166-1 alpha-3 of its state, or ""
   * @param lat latitude as written in the store, or ""
   * @param lon longitude as written in the store, or ""
   */
  public record Location(String name, String country, String lat, String lon) {
    static final Location NONE = new Location("", "", "", "");
  }

  private final Map<String, Location> byClaim;

  private EventLocations(Map<String, Location> byClaim) {
    this.byClaim = byClaim;
  }

  /** No locations: every event's is {@link Location#NONE}'s empty cells. */
  public static EventLocations none() {
    return new EventLocations(Map.of());
  }

  /** Reads the locations of a store in one read transaction. */
  public static EventLocations load(GeoStore store) {
    return store.read(EventLocations::read);
  }

  private static EventLocations read(Dataset ds) {
    Map<String, Location> out = new HashMap<>();
    StateNetwork.select(ds, LOCATIONS, row -> {
      String claim = StateNetwork.iri(row, "claim");
      if (claim != null) {
        String place = StateNetwork.iri(row, "place");
        String state = place != null && place.startsWith(GK.ID + "state/") ? place : StateNetwork.iri(row, "state");
        String iso3 = state == null ? "" : StateNetwork.lastSegment(state);
        out.putIfAbsent(claim, new Location(StateNetwork.text(row, "label"), iso3, StateNetwork.text(row, "lat"),
            StateNetwork.text(row, "long")));
      }
    });
    return new EventLocations(out);
  }

  /** The location of an interaction claim, or empty cells. */
  public Location of(String claimIri) {
    return byClaim.getOrDefault(claimIri, Location.NONE);
  }
}
