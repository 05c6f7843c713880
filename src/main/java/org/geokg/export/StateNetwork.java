package org.geokg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;

/**
 * The knowledge graph seen as a network of states and organisations: every tie, stance and
 * interaction claim becomes a {@link Link} between two {@link Actor}s, with persons, groups and
 * government bodies collapsed to the state they represent (a person's {@code gk:represents}, a
 * group's {@code gk:country}, an organisation that {@code gk:represents} a state).
 *
 * <p>Links stay one per claim (with date, modality and evidence) so that the page can filter by
 * date before counting; {@link #edges} aggregates them for the dot and GraphML exports. Links whose
 * ends do not resolve to a state, organisation, region or energy resource (a person whom no text
 * ties to a state) are left out, and so are links that collapse onto themselves (a US official
 * meeting the State Department).
 */
public final class StateNetwork {
  /** The SPARQL prologue of the queries below. */
  static final String PREFIXES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  private static final String ACTORS = PREFIXES + """
      SELECT ?e ?type ?label ?iso3 WHERE {
        VALUES ?type { gk:State gk:Organization gk:Alliance gk:Person gk:Group gk:Region gk:EnergyResource }
        ?e a ?type .
        OPTIONAL { ?e rdfs:label ?label }
        OPTIONAL { ?e gk:iso3 ?iso3 }
      }""";

  // Direct triples and claims both count: a person may be tied to a state either way.
  private static final String REPRESENTS = PREFIXES + """
      SELECT ?a ?b WHERE {
        { ?a gk:represents ?b } UNION { ?c gk:predicate gk:represents ; gk:subject ?a ; gk:object ?b }
        UNION { ?a a gk:Group ; gk:country ?b }
      }""";

  private static final String TIES = PREFIXES + """
      SELECT ?claim ?s ?p ?o ?m ?date WHERE {
        ?claim a gk:Claim ; gk:subject ?s ; gk:predicate ?p ; gk:object ?o .
        FILTER (?p != gk:represents)
        OPTIONAL { ?claim gk:modality ?m }
        OPTIONAL { ?claim gk:date ?date }
      }""";

  private static final String INTERACTIONS = PREFIXES + """
      SELECT ?claim ?type ?s ?o ?m ?date ?mode WHERE {
        ?claim a gk:Interaction , ?type ; gk:source ?s .
        OPTIONAL { ?claim gk:target ?o }
        FILTER (STRSTARTS(STR(?type), STR(gk:)) && ?type NOT IN (gk:Claim, gk:Interaction))
        OPTIONAL { ?claim gk:modality ?m }
        OPTIONAL { ?claim gk:date ?date }
        OPTIONAL { ?claim gk:mode ?mode }
      }""";

  private static final String EVIDENCE = PREFIXES + """
      SELECT ?claim ?text ?index ?doc ?docId ?docDate WHERE {
        ?claim gk:evidence ?ev .
        ?ev gk:text ?text .
        OPTIONAL { ?ev gk:sentenceIndex ?index }
        OPTIONAL { ?ev gk:document ?doc
          OPTIONAL { ?doc dcterms:identifier ?docId }
          OPTIONAL { ?doc dcterms:date ?docDate } }
      }""";

  /**
   * A node of the network.
   *
   * @param iri the entity's IRI
   * @param code ISO 3166-1 alpha-3 for a state, the identifier in the IRI otherwise ({@code NATO})
   * @param label its {@code rdfs:label}, or the code
   * @param type {@code state}, {@code organization}, {@code region} or {@code resource}
   */
  public record Actor(String iri, String code, String label, String type) {}

  /**
   * A sentence that supports a claim.
   *
   * @param text the sentence
   * @param document the document's {@code dcterms:identifier} (its file name), or its IRI
   * @param documentDate the document's date, or ""
   * @param sentenceIndex the sentence's index in the document, or -1
   */
  public record Evidence(String text, String document, String documentDate, int sentenceIndex) {}

  /**
   * One claim as an edge between two actors of the network.
   *
   * @param claim the claim's IRI
   * @param source the resolved source actor's IRI (for a symmetric relation, the smaller IRI)
   * @param target the resolved target actor's IRI
   * @param relation the local name of the predicate or PLOVER class ({@code alliedWith}, {@code Consult})
   * @param kind its {@link RelationKind}
   * @param symmetric whether the relation holds both ways
   * @param interaction whether the claim is a {@code gk:Interaction}
   * @param date the claim's {@code gk:date} (xsd:date, gYearMonth or gYear), else its document's date, else ""
   * @param modality the local name of {@code gk:modality} ({@code Asserted} …), or ""
   * @param mode the local name of {@code gk:mode} for interactions, or ""
   * @param sourceActor the IRI the text named as source (a person, say), before collapsing
   * @param targetActor the IRI the text named as target, before collapsing; "" for a targetless interaction
   * @param evidence the supporting sentences, in document and sentence order
   */
  public record Link(String claim, String source, String target, String relation, RelationKind kind,
      boolean symmetric, boolean interaction, String date, String modality, String mode,
      String sourceActor, String targetActor, List<Evidence> evidence) {

    /** Whether the text states the fact as true (asserted, or reported by a named speaker). */
    public boolean factual() {
      return modality.isEmpty() || modality.equals("Asserted") || modality.equals("Reported");
    }
  }

  /**
   * Links of one relation between two actors, aggregated.
   *
   * @param source source actor IRI
   * @param target target actor IRI
   * @param relation the relation's local name
   * @param kind its kind
   * @param symmetric whether it holds both ways
   * @param count the number of claims
   * @param firstDate the earliest date of those claims, or ""
   */
  public record Edge(String source, String target, String relation, RelationKind kind, boolean symmetric,
      int count, String firstDate) {}

  private final Map<String, Actor> actors;
  private final Map<String, String> labels;
  private final List<Link> links;
  private final List<Link> events;

  private StateNetwork(Map<String, Actor> actors, Map<String, String> labels, List<Link> links, List<Link> events) {
    this.actors = actors;
    this.labels = labels;
    this.links = links;
    this.events = events;
  }

  /** Reads the network from {@code store} in one read transaction. */
  public static StateNetwork load(GeoStore store) {
    return store.read(StateNetwork::readInTransaction);
  }

  /** Reads the network from a dataset in a read transaction of its own (the server's case). */
  public static StateNetwork load(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> readInTransaction(dataset));
  }

  /** The actors that some link of the network touches, sorted by label. */
  public List<Actor> actors() {
    Map<String, Actor> used = new TreeMap<>();
    for (Link l : links) {
      used.put(l.source(), actors.get(l.source()));
      used.put(l.target(), actors.get(l.target()));
    }
    List<Actor> list = new ArrayList<>(used.values());
    list.sort(Comparator.comparing(Actor::label).thenComparing(Actor::iri));
    return list;
  }

  /** The actor with this IRI, if it is a node of the network. */
  public Actor actor(String iri) {
    return actors.get(iri);
  }

  /** The label of any entity seen (persons too), or its IRI's last segment. */
  public String label(String iri) {
    if (iri.isEmpty()) {
      return "";
    }
    String l = labels.get(iri);
    return l != null ? l : lastSegment(iri);
  }

  /** Every link, one per claim and pair of ends. */
  public List<Link> links() {
    return links;
  }

  /**
   * Every interaction claim, one per source-target pair, with any modality, including those whose
   * ends resolve to no node ({@link Link#source()} or {@link Link#target()} is then "") and those
   * within one state: the rows of the events CSV. Sorted by date, document, sentence.
   */
  public List<Link> events() {
    return events;
  }

  /**
   * The links aggregated per (source, target, relation), optionally only the factual ones (what the
   * direct triples hold: asserted and reported claims), sorted by source, target and relation.
   */
  public List<Edge> edges(boolean factualOnly) {
    Map<List<String>, Edge> edges = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
    for (Link l : links) {
      if (factualOnly && !l.factual()) {
        continue;
      }
      List<String> key = List.of(l.source(), l.target(), l.relation());
      Edge e = edges.get(key);
      if (e == null) {
        edges.put(key, new Edge(l.source(), l.target(), l.relation(), l.kind(), l.symmetric(), 1, l.date()));
      } else {
        String first = e.firstDate().isEmpty() || (!l.date().isEmpty() && l.date().compareTo(e.firstDate()) < 0)
            ? l.date() : e.firstDate();
        edges.put(key, new Edge(e.source(), e.target(), e.relation(), e.kind(), e.symmetric(), e.count() + 1, first));
      }
    }
    return new ArrayList<>(edges.values());
  }

  private static StateNetwork readInTransaction(Dataset ds) {
    Map<String, String> types = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> iso3 = new HashMap<>();
    select(ds, ACTORS, row -> {
      String e = iri(row, "e");
      if (e == null) {
        return;
      }
      String type = typeName(localName(row.getResource("type").getURI()));
      // An entity typed twice (gk:Alliance, gk:Organization) keeps the first of the order in typeName.
      types.merge(e, type, (a, b) -> rank(a) <= rank(b) ? a : b);
      String label = text(row, "label");
      if (!label.isEmpty()) {
        labels.merge(e, label, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      String code = text(row, "iso3");
      if (!code.isEmpty()) {
        iso3.put(e, code);
      }
    });

    // Whom each person, group or body stands for: the most often claimed, ties broken by IRI.
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    select(ds, REPRESENTS, row -> {
      String a = iri(row, "a");
      String b = iri(row, "b");
      if (a != null && b != null && !a.equals(b)) {
        votes.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1, Integer::sum);
      }
    });
    Map<String, String> represents = new HashMap<>();
    votes.forEach((a, counts) -> represents.put(a,
        counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey()));

    Map<String, List<Evidence>> evidence = new HashMap<>();
    Map<String, String> documentDates = new HashMap<>();
    select(ds, EVIDENCE, row -> {
      String claim = iri(row, "claim");
      String doc = iri(row, "doc");
      String docId = text(row, "docId");
      String docDate = text(row, "docDate");
      RDFNode idx = row.get("index");
      int index = idx != null && idx.isLiteral() ? safeInt(idx.asLiteral()) : -1;
      evidence.computeIfAbsent(claim, k -> new ArrayList<>())
          .add(new Evidence(text(row, "text"), !docId.isEmpty() ? docId : doc == null ? "" : doc, docDate, index));
      if (!docDate.isEmpty()) {
        documentDates.putIfAbsent(claim, docDate);
      }
    });
    evidence.values().forEach(list -> list.sort(Comparator.comparing(Evidence::document)
        .thenComparingInt(Evidence::sentenceIndex).thenComparing(Evidence::text)));

    Resolver resolver = new Resolver(types, labels, iso3, represents);
    List<Link> all = new ArrayList<>();
    select(ds, TIES, row -> addLink(all, resolver, evidence, documentDates, row,
        localName(row.getResource("p").getURI()), false));
    select(ds, INTERACTIONS, row -> addLink(all, resolver, evidence, documentDates, row,
        localName(row.getResource("type").getURI()), true));
    List<Link> links = new ArrayList<>();
    List<Link> events = new ArrayList<>();
    for (Link l : unique(all)) {
      if (l.interaction()) {
        events.add(l);
      }
      if (!l.source().isEmpty() && !l.target().isEmpty() && !l.source().equals(l.target())) {
        links.add(l);
      }
    }
    links.sort(Comparator.comparing(Link::date).thenComparing(Link::source).thenComparing(Link::target)
        .thenComparing(Link::relation).thenComparing(Link::claim));
    events.sort(Comparator.comparing(Link::date).thenComparing(StateNetwork::firstDocument)
        .thenComparingInt(StateNetwork::firstSentence).thenComparing(Link::claim)
        .thenComparing(Link::sourceActor).thenComparing(Link::targetActor));
    return new StateNetwork(resolver.nodes, labels, List.copyOf(links), List.copyOf(events));
  }

  /** Drops repeats: a claim reached twice through a repeated optional value (two dates, say). */
  private static List<Link> unique(List<Link> links) {
    Map<List<Object>, Link> unique = new LinkedHashMap<>();
    for (Link l : links) {
      unique.putIfAbsent(List.of(l.claim(), l.relation(), l.sourceActor(), l.targetActor()), l);
    }
    return new ArrayList<>(unique.values());
  }

  private static String firstDocument(Link l) {
    return l.evidence().isEmpty() ? "" : l.evidence().get(0).document();
  }

  private static int firstSentence(Link l) {
    return l.evidence().isEmpty() ? -1 : l.evidence().get(0).sentenceIndex();
  }

  private static void addLink(List<Link> links, Resolver resolver, Map<String, List<Evidence>> evidence,
      Map<String, String> documentDates, QuerySolution row, String relation, boolean interaction) {
    String claim = iri(row, "claim");
    String s = iri(row, "s");
    String o = iri(row, "o");
    // A targetless interaction (no gk:target) is an event for the CSV with empty target columns, never an
    // edge of the network.
    if (claim == null || s == null || (o == null && !interaction)) {
      return;
    }
    Actor fromActor = resolver.resolve(s);
    Actor toActor = o == null ? null : resolver.resolve(o);
    // Unresolved ends are kept as "" for the events CSV; the network drops them.
    String from = fromActor == null ? "" : fromActor.iri();
    String to = toActor == null ? "" : toActor.iri();
    if (!interaction && (from.isEmpty() || to.isEmpty())) {
      return;
    }
    boolean symmetric = RelationKind.symmetric(relation);
    if (symmetric && from.compareTo(to) > 0) {
      String t = from;
      from = to;
      to = t;
    }
    String date = text(row, "date");
    if (date.isEmpty()) {
      date = documentDates.getOrDefault(claim, "");
    }
    String modality = row.get("m") != null && row.get("m").isURIResource() ? localName(row.getResource("m").getURI()) : "";
    String mode = row.get("mode") != null && row.get("mode").isURIResource() ? localName(row.getResource("mode").getURI()) : "";
    links.add(new Link(claim, from, to, relation, RelationKind.of(relation), symmetric, interaction,
        date, modality, mode, s, o == null ? "" : o, List.copyOf(evidence.getOrDefault(claim, List.of()))));
  }

  /** Maps an entity named in a text to the node it counts for. */
  static final class Resolver {
    private final Map<String, String> types;
    private final Map<String, String> labels;
    private final Map<String, String> iso3;
    private final Map<String, String> represents;
    final Map<String, Actor> nodes = new HashMap<>();

    Resolver(Map<String, String> types, Map<String, String> labels, Map<String, String> iso3,
        Map<String, String> represents) {
      this.types = types;
      this.labels = labels;
      this.iso3 = iso3;
      this.represents = represents;
    }

    /** The node for {@code iri}, or null when it stands for no state, organisation, region or resource. */
    Actor resolve(String iri) {
      String current = iri;
      // Person → State Department → USA is two steps; the bound stops a cycle of bad claims.
      for (int step = 0; step < 4 && current != null; step++) {
        String type = types.getOrDefault(current, guessType(current));
        String next = represents.get(current);
        boolean collapses = switch (type) {
          case "person", "group" -> true;
          // A government body (CIA, State Department) counts for its state; NATO represents no one.
          case "organization" -> next != null && "state".equals(types.getOrDefault(next, guessType(next)));
          default -> false;
        };
        if (!collapses) {
          return type.equals("person") || type.equals("group") || type.equals("other") ? null : node(current, type);
        }
        current = next;
      }
      return null;
    }

    private Actor node(String iri, String type) {
      return nodes.computeIfAbsent(iri, k -> {
        String code = type.equals("state") ? iso3.getOrDefault(k, lastSegment(k)) : lastSegment(k);
        return new Actor(k, code, labels.getOrDefault(k, code), type);
      });
    }
  }

  /** For entities the store holds no type for: the kind their minted IRI says. */
  static String guessType(String iri) {
    if (iri.startsWith(GK.ID + "state/")) {
      return "state";
    }
    if (iri.startsWith(GK.ID + "org/")) {
      return "organization";
    }
    if (iri.startsWith(GK.ID + "person/")) {
      return "person";
    }
    if (iri.startsWith(GK.ID + "group/")) {
      return "group";
    }
    if (iri.startsWith(GK.ID + "region/")) {
      return "region";
    }
    if (iri.startsWith(GK.ID + "resource/")) {
      return "resource";
    }
    return "other";
  }

  private static String typeName(String cls) {
    return switch (cls) {
      case "State" -> "state";
      case "Organization", "Alliance" -> "organization";
      case "Person" -> "person";
      case "Group" -> "group";
      case "Region" -> "region";
      case "EnergyResource" -> "resource";
      default -> "other";
    };
  }

  private static int rank(String type) {
    return List.of("state", "organization", "region", "resource", "group", "person", "other").indexOf(type);
  }

  static void select(Dataset ds, String sparql, Consumer<QuerySolution> each) {
    try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).set(TDB2.symUnionDefaultGraph, true).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        each.accept(rs.next());
      }
    }
  }

  static String iri(QuerySolution row, String var) {
    RDFNode n = row.get(var);
    return n != null && n.isURIResource() ? n.asResource().getURI() : null;
  }

  static String text(QuerySolution row, String var) {
    RDFNode n = row.get(var);
    if (n == null) {
      return "";
    }
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  static String localName(String iri) {
    int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(i + 1);
  }

  static String lastSegment(String iri) {
    return localName(Objects.requireNonNull(iri));
  }

  private static int safeInt(Literal l) {
    try {
      return l.getInt();
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
