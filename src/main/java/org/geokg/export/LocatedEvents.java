package org.geokg.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The interactions that say where they happened ({@code gk:location}) and those places, for the map
 * of the page: a {@code gk:Place} has its WGS84 point ({@code geo:lat}, {@code geo:long}); a state,
 * or a region, or a place without a point, is given by the ISO alpha-3 codes of the states that
 * cover it, which the page places at the centre of their outlines.
 */
public final class LocatedEvents {
  private static final String LOCATIONS = StateNetwork.PREFIXES + """
      PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      SELECT ?claim ?loc ?type ?label ?lat ?long ?country ?countryLabel ?iso3 ?member WHERE {
        ?claim a gk:Interaction ; gk:location ?loc .
        OPTIONAL { ?loc a ?type . FILTER (?type IN (gk:Place, gk:State, gk:Region)) }
        OPTIONAL { ?loc rdfs:label ?label }
        OPTIONAL { ?loc geo:lat ?lat ; geo:long ?long }
        OPTIONAL { ?loc gk:country ?country OPTIONAL { ?country rdfs:label ?countryLabel } }
        OPTIONAL { ?loc gk:iso3 ?iso3 }
        OPTIONAL { ?loc gk:includes ?member }
      }""";

  /**
   * Where events happened.
   *
   * @param iri the place's IRI
   * @param type {@code place}, {@code state} or {@code region}
   * @param label its {@code rdfs:label}, or the last segment of its IRI
   * @param country the IRI of its state ({@code gk:country} of a place; the state itself), or ""
   * @param countryLabel that state's label, or ""
   * @param lat WGS84 latitude, or null when the store has none
   * @param lon WGS84 longitude, or null
   * @param codes ISO alpha-3 codes of the states that cover it (its state, a region's states), for
   *     drawing it where it has no point
   */
  public record Place(String iri, String type, String label, String country, String countryLabel,
      Double lat, Double lon, List<String> codes) {}

  /**
   * One located interaction.
   *
   * @param claim the claim's IRI
   * @param relation its PLOVER class ({@code Consult})
   * @param kind its {@link RelationKind}
   * @param date as {@link StateNetwork.Link#date()}
   * @param modality local name of its modality, or ""
   * @param mode local name of its mode, or ""
   * @param sources labels of its sources, as the text names them
   * @param targets labels of its targets
   * @param place the IRI of its {@link Place}
   * @param evidence its sentences
   */
  public record Event(String claim, String relation, RelationKind kind, String date, String modality,
      String mode, List<String> sources, List<String> targets, String place, List<StateNetwork.Evidence> evidence) {}

  private final List<Place> places;
  private final List<Event> events;

  private LocatedEvents(List<Place> places, List<Event> events) {
    this.places = places;
    this.events = events;
  }

  /** Reads the located events of {@code dataset} (its union graph) in a read transaction of its own. */
  public static LocatedEvents load(Dataset dataset) {
    StateNetwork network = StateNetwork.load(dataset);
    return Txn.calculateRead(dataset, () -> read(dataset, network));
  }

  /** The places that some event is located at, sorted by label. */
  public List<Place> places() {
    return places;
  }

  /** The located events, in the order of {@link StateNetwork#events()} (date, document, sentence). */
  public List<Event> events() {
    return events;
  }

  private static LocatedEvents read(Dataset ds, StateNetwork network) {
    Map<String, String> locationOf = new TreeMap<>();
    Map<String, PlaceBuilder> builders = new TreeMap<>();
    StateNetwork.select(ds, LOCATIONS, row -> {
      String claim = StateNetwork.iri(row, "claim");
      String loc = StateNetwork.iri(row, "loc");
      if (claim == null || loc == null) {
        return;
      }
      // A claim given two locations (against the ontology) keeps the first by IRI.
      locationOf.merge(claim, loc, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      builders.computeIfAbsent(loc, PlaceBuilder::new).add(row);
    });
    Map<String, Event> byClaim = new LinkedHashMap<>();
    Map<String, Set<String>> sources = new LinkedHashMap<>();
    Map<String, Set<String>> targets = new LinkedHashMap<>();
    for (StateNetwork.Link l : network.events()) {
      String place = locationOf.get(l.claim());
      if (place == null) {
        continue;
      }
      sources.computeIfAbsent(l.claim(), k -> new LinkedHashSet<>()).add(network.label(l.sourceActor()));
      Set<String> named = targets.computeIfAbsent(l.claim(), k -> new LinkedHashSet<>());
      if (!l.targetActor().isEmpty()) {
        named.add(network.label(l.targetActor()));
      }
      byClaim.putIfAbsent(l.claim(), new Event(l.claim(), l.relation(), l.kind(), l.date(), l.modality(), l.mode(),
          null, null, place, l.evidence()));
    }
    List<Event> events = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (Event e : byClaim.values()) {
      events.add(new Event(e.claim(), e.relation(), e.kind(), e.date(), e.modality(), e.mode(),
          List.copyOf(sources.get(e.claim())), List.copyOf(targets.get(e.claim())), e.place(), e.evidence()));
      used.add(e.place());
    }
    List<Place> places = new ArrayList<>();
    for (String iri : used) {
      places.add(builders.get(iri).build(network));
    }
    places.sort(Comparator.comparing(Place::label).thenComparing(Place::iri));
    return new LocatedEvents(places, events);
  }

  /** Gathers the rows of one location (one per optional value combination). */
  private static final class PlaceBuilder {
    private final String iri;
    private String type = "";
    private String label = "";
    private String country = "";
    private String countryLabel = "";
    private Double lat;
    private Double lon;
    private final Set<String> codes = new LinkedHashSet<>();

    PlaceBuilder(String iri) {
      this.iri = iri;
    }

    void add(QuerySolution row) {
      String t = StateNetwork.iri(row, "type");
      if (t != null) {
        String name = StateNetwork.localName(t).toLowerCase(java.util.Locale.ROOT);
        // A place typed twice keeps the finest kind.
        if (type.isEmpty() || name.equals("place") || (name.equals("state") && type.equals("region"))) {
          type = name;
        }
      }
      label = smaller(label, StateNetwork.text(row, "label"));
      String c = StateNetwork.iri(row, "country");
      if (c != null) {
        country = smaller(country, c);
        countryLabel = smaller(countryLabel, StateNetwork.text(row, "countryLabel"));
      }
      if (lat == null && decimal(row.get("lat")) != null && decimal(row.get("long")) != null) {
        lat = decimal(row.get("lat"));
        lon = decimal(row.get("long"));
      }
      String iso3 = StateNetwork.text(row, "iso3");
      if (!iso3.isEmpty()) {
        codes.add(iso3);
      }
      String member = StateNetwork.iri(row, "member");
      if (member != null) {
        codes.add(StateNetwork.lastSegment(member));
      }
    }

    Place build(StateNetwork network) {
      String kind = type.isEmpty() ? StateNetwork.guessType(iri) : type;
      if (kind.equals("state") && country.isEmpty()) {
        country = iri;
        countryLabel = label;
      }
      if (codes.isEmpty() && !country.isEmpty()) {
        codes.add(StateNetwork.lastSegment(country));
      }
      if (!country.isEmpty() && countryLabel.isEmpty()) {
        countryLabel = network.label(country);
      }
      String shown = label.isEmpty() ? network.label(iri) : label;
      return new Place(iri, kind.equals("other") ? "place" : kind, shown, country, countryLabel, lat, lon,
          List.copyOf(codes));
    }

    private static String smaller(String current, String candidate) {
      if (candidate.isEmpty()) {
        return current;
      }
      return current.isEmpty() || candidate.compareTo(current) < 0 ? candidate : current;
    }

    private static Double decimal(RDFNode n) {
      if (n == null || !n.isLiteral()) {
        return null;
      }
      try {
        double v = new BigDecimal(n.asLiteral().getLexicalForm().trim()).doubleValue();
        return Double.isFinite(v) ? v : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
