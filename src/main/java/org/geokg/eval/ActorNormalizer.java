package org.geokg.eval;

import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Turns actors into the state they stand for, the way event data codes them: a person counts as the state
 * it represents, a group as its country, an organisation that represents none as the country it is active
 * in when the reference data gives one, a government body ("CIA", "State Department") as its state, and
 * an organ of an organisation (the UN Security Council, the European Commission) as that organisation.
 *
 * <p>Built once from a context graph (normally the union of the whole dataset), because whom a person
 * represents is often said in another sentence or document than the fact being scored.
 */
public final class ActorNormalizer {
  // Represents claims are what documents say; a direct triple without a claim is curated reference data
  // (government bodies). Only claims count when both exist, so that one asserted claim with its direct
  // triple does not outvote two claims of another kind.
  private static final String CLAIMED_REPRESENTS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?x ?y WHERE {
        ?c gk:subject ?x ; gk:predicate gk:represents ; gk:object ?y .
        FILTER NOT EXISTS { ?c gk:modality gk:Negated }
        FILTER isIRI(?y)
      }""";
  private static final String DIRECT_REPRESENTS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?x ?y WHERE { ?x gk:represents ?y . FILTER (isIRI(?x) && isIRI(?y)) }""";
  private static final String COUNTRIES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?g ?c WHERE { ?g gk:country ?c . FILTER isIRI(?c) }""";

  private static final String PERSON_NAMES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?x ?name WHERE { ?x a gk:Person . { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name } }""";

  private final Map<String, String> represents;
  private final SetMultimap<String, String> personNames;
  private final Map<String, String> country;
  private final Map<String, String> orgKeyToState;
  private final Map<String, String> referenceByKey;

  private ActorNormalizer(Map<String, String> represents, Map<String, String> direct, Map<String, String> country,
      SetMultimap<String, String> personNames) {
    this.personNames = personNames;
    this.represents = represents;
    this.country = country;
    this.referenceByKey = new HashMap<>();
    direct.forEach((x, y) -> referenceByKey.put(EntityKeys.fromIri(x), EntityKeys.fromIri(y)));
    // An organisation the reference data places in a country (a non-state group, "TALIBAN": AFG) counts
    // for that country on the gold side too, as it does on the system's (normalize): a gold set that names
    // the group by its id and one that codes it by its country then score the same claim alike.
    country.forEach((x, y) -> {
      if (EntityKeys.kind(x).filter("org"::equals).isPresent()) {
        referenceByKey.putIfAbsent(EntityKeys.fromIri(x), EntityKeys.fromIri(y));
      }
    });
    this.orgKeyToState = new HashMap<>();
    represents.forEach((x, y) -> {
      if (EntityKeys.kind(x).filter("org"::equals).isPresent()) {
        String state = normalize(x);
        if (!state.equals(EntityKeys.fromIri(x))) {
          orgKeyToState.put(EntityKeys.fromIri(x), state);
        }
      }
    });
  }

  /** Reads {@code gk:represents} claims and triples and {@code gk:country} from a graph. */
  public static ActorNormalizer from(Graph context) {
    var model = ModelFactory.createModelForGraph(context);
    Map<String, Map<String, Integer>> claimed = new HashMap<>();
    Map<String, Map<String, Integer>> direct = new HashMap<>();
    count(model, CLAIMED_REPRESENTS, claimed);
    count(model, DIRECT_REPRESENTS, direct);
    Map<String, String> rep = new HashMap<>();
    direct.forEach((x, votes) -> rep.put(x, mostFrequent(votes)));
    Map<String, String> reference = new HashMap<>(rep);
    claimed.forEach((x, votes) -> rep.put(x, mostFrequent(votes)));
    Map<String, String> countries = new HashMap<>();
    try (QueryExecution qe = QueryExecution.model(model).query(COUNTRIES).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        countries.putIfAbsent(s.getResource("g").getURI(), s.getResource("c").getURI());
      }
    }
    SetMultimap<String, String> personNames = LinkedHashMultimap.create();
    try (QueryExecution qe = QueryExecution.model(model).query(PERSON_NAMES).build()) {
      qe.execSelect().forEachRemaining(s -> {
        if (s.get("x").isURIResource() && s.get("name").isLiteral()) {
          personNames.put(EntityKeys.fromIri(s.getResource("x").getURI()),
              EntityKeys.person(s.getLiteral("name").getLexicalForm()));
        }
      });
    }
    return new ActorNormalizer(rep, reference, countries, personNames);
  }

  /**
   * The names the reference data gives a person, as person keys (its label and its aliases: the key of
   * Alexander Lukashenko gives {@code person:lukashenka} too); empty for anyone else.
   */
  public Set<String> personNames(String key) {
    return Collections.unmodifiableSet(personNames.get(key));
  }

  /** A normaliser that knows nothing: every actor stays itself. */
  public static ActorNormalizer empty() {
    return new ActorNormalizer(Map.of(), Map.of(), Map.of(), ImmutableSetMultimap.of());
  }

  /** The key of the actor an entity stands for (state when known, else the entity's own key). */
  public String normalize(String iri) {
    String current = iri;
    // Chains are short (person → body → state); the bound guards against cycles in bad data.
    for (int i = 0; i < 4; i++) {
      String kind = EntityKeys.kind(current).orElse("");
      String next = switch (kind) {
        case "person" -> represents.get(current);
        // A non-state armed group counts for the state it is active in, as event data codes it (FRAREB).
        case "org" -> represents.getOrDefault(current, country.get(current));
        case "group" -> country.getOrDefault(current, groupPrefix(current));
        default -> null;
      };
      if (next == null || next.equals(current)) {
        break;
      }
      current = next;
    }
    return EntityKeys.fromIri(current);
  }

  /** The entity's own key, without normalisation. */
  public String key(String iri) {
    return EntityKeys.fromIri(iri);
  }

  /**
   * Normalises a gold key: an organisation known to represent a state or organisation (a government body,
   * an organ) becomes what it represents, so that gold and system agree whichever level the gold names.
   */
  public String normalizeGoldKey(String key) {
    return orgKeyToState.getOrDefault(key, key);
  }

  /**
   * What a key stands for by the curated data alone ({@code gk:represents} triples without a claim, such
   * as a government body's state), or null. The strict scores normalise gold keys with this only, so
   * that what the system claims never changes the gold.
   */
  public String referenceKey(String key) {
    return referenceByKey.get(key);
  }

  private static String groupPrefix(String iri) {
    String key = EntityKeys.fromIri(iri).substring("group:".length());
    int dash = key.indexOf('-');
    String iso = dash > 0 ? key.substring(0, dash) : key;
    return iso.matches("[A-Z]{3}") ? org.geokg.rdf.GK.ID + "state/" + iso : null;
  }

  private static void count(org.apache.jena.rdf.model.Model model, String query,
      Map<String, Map<String, Integer>> into) {
    try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        RDFNode x = s.get("x");
        if (!x.isURIResource()) {
          continue;
        }
        into.computeIfAbsent(x.asResource().getURI(), k -> new LinkedHashMap<>())
            .merge(s.getResource("y").getURI(), 1, Integer::sum);
      }
    }
  }

  private static String mostFrequent(Map<String, Integer> votes) {
    // Ties go to the state, then to the alphabetically first, so results do not depend on query order.
    return votes.entrySet().stream()
        .sorted((a, b) -> {
          int c = Integer.compare(b.getValue(), a.getValue());
          if (c != 0) {
            return c;
          }
          boolean sa = EntityKeys.stateCode(a.getKey()).isPresent();
          boolean sb = EntityKeys.stateCode(b.getKey()).isPresent();
          return sa != sb ? (sa ? -1 : 1) : a.getKey().compareTo(b.getKey());
        })
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }
}
