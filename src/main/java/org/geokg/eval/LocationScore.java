package org.geokg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.link.Gazetteer;
import org.geokg.rdf.GK;

/**
 * How well geokg says where interactions happened ({@code gk:location}), judged on the strict matches
 * of a gold that marks locations (statedept's seventh column).
 *
 * <p>Recall side: of the gold interactions whose location is marked, how many geokg found (matched
 * strictly) and how many of those it placed right, i.e. some matching system fact names the gold's
 * place (the same GeoNames id, or the same state where the gold names only a state, or a territory's
 * place where the gold writes the territory's own ISO code, see {@link #given}). Precision side: of
 * the system interactions that match a gold fact and carry a location, how many carry only places the
 * gold gives; a location on a fact whose gold marks none counts as wrong (the annotators mark every
 * place the text states). Located system facts that match no gold fact cannot be judged and are only
 * counted.
 *
 * @param goldLocated gold interactions with a marked location
 * @param goldFound those geokg found
 * @param goldRight those found with the right place
 * @param systemLocated matched system interactions with a location
 * @param systemRight those whose every location is one the gold gives
 * @param systemUnjudged located system interactions that match no gold fact
 * @param errors one line per found gold fact placed wrong or not at all and per wrong system location
 */
public record LocationScore(int goldLocated, int goldFound, int goldRight, int systemLocated, int systemRight,
    int systemUnjudged, List<Error> errors) {
  private static final String PLACE_IRI = GK.ID + "place/";
  private static final String PLACE_KEY = "place:";
  /** The bundled territories' own ISO codes by slug: statedept writes GRL where geokg says place:greenland. */
  private static final Map<String, String> TERRITORY_CODES = Gazetteer.territoryCodes(null);

  /**
   * A location geokg got wrong or left out.
   *
   * @param gold the gold fact (for a system location on a fact whose gold marks none, that gold fact)
   * @param want the gold's location keys, empty when it marks none
   * @param got the system's location keys, empty when it gives none
   * @param evidence the system fact's evidence
   */
  public record Error(Scorer.ScoredGold gold, List<String> want, List<String> got, List<String> evidence) {}

  public LocationScore {
    errors = List.copyOf(errors);
  }

  /** The location key of an IRI {@code gk:location} points to: {@code place:<GeoNames id>} or a state's code. */
  public static String systemKey(String iri) {
    if (iri.startsWith(PLACE_IRI)) {
      return PLACE_KEY + iri.substring(PLACE_IRI.length());
    }
    return EntityKeys.fromIri(iri);
  }

  /** The location key of a gold cell: {@code Name|GeoNamesId} → {@code place:<id>}, an ISO3 code as itself. */
  public static String goldKey(String cell) {
    String t = cell.trim();
    int bar = t.lastIndexOf('|');
    if (bar >= 0) {
      return "place:" + t.substring(bar + 1).trim();
    }
    return t.toUpperCase(Locale.ROOT);
  }

  /** Measures the locations of a strict result. */
  public static LocationScore of(EvalResult strict) {
    Map<Scorer.ScoredGold, List<SystemFact>> matchesOfGold = new LinkedHashMap<>();
    for (Scorer.ScoredSystem s : strict.system()) {
      for (Scorer.ScoredGold g : s.matched()) {
        matchesOfGold.computeIfAbsent(g, k -> new ArrayList<>()).add(s.fact());
      }
    }
    List<Error> errors = new ArrayList<>();
    int located = 0;
    int found = 0;
    int right = 0;
    for (Scorer.ScoredGold g : strict.gold()) {
      if (g.locations().isEmpty()) {
        continue;
      }
      located++;
      List<SystemFact> hits = matchesOfGold.get(g);
      if (hits == null) {
        continue;
      }
      found++;
      Set<String> got = new java.util.LinkedHashSet<>();
      hits.forEach(f -> got.addAll(f.locations()));
      if (got.stream().anyMatch(k -> given(g.locations(), k))) {
        right++;
      } else {
        errors.add(new Error(g, g.locations(), List.copyOf(got), hits.get(0).evidence()));
      }
    }
    int systemLocated = 0;
    int systemRight = 0;
    int unjudged = 0;
    for (Scorer.ScoredSystem s : strict.system()) {
      if (s.fact().locations().isEmpty()) {
        continue;
      }
      if (!s.isMatched()) {
        unjudged++;
        continue;
      }
      systemLocated++;
      Set<String> want = new HashSet<>();
      s.matched().forEach(g -> want.addAll(g.locations()));
      if (s.fact().locations().stream().allMatch(k -> given(want, k))) {
        systemRight++;
      } else if (want.isEmpty()) {
        // A wrong place on a fact the gold places is already listed above; this one the gold does not place.
        errors.add(new Error(s.matched().get(0), List.of(), s.fact().locations(), s.fact().evidence()));
      }
    }
    return new LocationScore(located, found, right, systemLocated, systemRight, unjudged, errors);
  }

  /**
   * Whether the gold's location keys give a system location key: the same key, or a territory's place
   * whose own ISO 3166 code the gold writes ({@code place:greenland} for {@code GRL}). A gold that writes
   * the holding state (DNK) still does not take the territory: the annotators name the territory where
   * the text does.
   */
  static boolean given(Collection<String> goldKeys, String systemKey) {
    if (goldKeys.contains(systemKey)) {
      return true;
    }
    String code = systemKey.startsWith(PLACE_KEY) ? TERRITORY_CODES.get(systemKey.substring(PLACE_KEY.length()))
        : null;
    return code != null && goldKeys.contains(code);
  }

  /** Whether there is anything to report: the gold marks locations or geokg gave some. */
  public boolean measured() {
    return goldLocated > 0 || systemLocated > 0 || systemUnjudged > 0;
  }

  /** goldRight / goldFound: the places right among the located gold interactions found; NaN if none found. */
  public double recallFound() {
    return goldFound == 0 ? Double.NaN : (double) goldRight / goldFound;
  }

  /** goldRight / goldLocated: the places right among all located gold interactions; NaN if none. */
  public double recallAll() {
    return goldLocated == 0 ? Double.NaN : (double) goldRight / goldLocated;
  }

  /** systemRight / systemLocated; NaN when no matched system interaction has a location. */
  public double precision() {
    return systemLocated == 0 ? Double.NaN : (double) systemRight / systemLocated;
  }

  /** The report's line, e.g. "locations: 7/16 found located gold interactions placed right (0.438) …". */
  public String describe() {
    return String.format(Locale.ROOT, "locations: %d/%d found located gold interactions placed right (%s;"
        + " %d/%d = %s of all %d located gold); %d/%d located matched system interactions right (%s);"
        + " %d located system interactions match no gold fact (not judged)", goldRight, goldFound,
        fmt(recallFound()), goldRight, goldLocated, fmt(recallAll()), goldLocated, systemRight, systemLocated,
        fmt(precision()), systemUnjudged);
  }

  /** Error-file rows ({@code LOCATION}) in {@link EvalResult#errorLines()}'s columns. */
  public List<String> errorLines() {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      Scorer.ScoredGold g = e.gold();
      String why = "gold: " + (e.want().isEmpty() ? "none" : String.join(" ", e.want())) + "; geokg: "
          + (e.got().isEmpty() ? "none" : String.join(" ", e.got()));
      out.add(String.join("\t", "LOCATION", EvalResult.clean(g.document()), EvalResult.clean(g.subject()),
          EvalResult.clean(g.relation()), EvalResult.clean(g.object()),
          g.modality() == null ? "" : g.modality().localName().toLowerCase(Locale.ROOT),
          EvalResult.clean(String.join(" | ", e.evidence())), why));
    }
    return out;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

}
