package org.geokg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geokg.claim.Modality;
import org.geokg.rdf.GK;

/**
 * Reads the system's facts (tie and stance claims, PLOVER interactions) out of a graph, normalises their
 * actors and collapses duplicates.
 *
 * <p>Claims derived by rules ({@code prov:wasDerivedFrom}, in {@code graph:inferred}) count when the
 * scored graph includes them: a stance implied by an interaction ("weapons shipments to Ukraine" →
 * supports) is what an analyst reads the text to say. They are attributed to the documents of the
 * evidence they carry.
 */
public final class SystemFacts {
  private static final String CLAIMS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?c ?s ?p ?o ?m ?doc ?text WHERE {
        ?c a gk:Claim ; gk:subject ?s ; gk:predicate ?p ; gk:object ?o .
        FILTER NOT EXISTS { ?c a gk:Interaction }
        OPTIONAL { ?c gk:modality ?m }
        OPTIONAL { ?c gk:evidence ?e .
                   OPTIONAL { ?e gk:text ?text }
                   OPTIONAL { ?e gk:document ?d . ?d dcterms:identifier ?doc } }
      }""";
  private static final String INTERACTIONS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?c ?s ?p ?o ?m ?doc ?text ?loc WHERE {
        VALUES ?p { gk:Agree gk:Consult gk:Support gk:Concede gk:Cooperate gk:Aid gk:Retreat gk:Demand
                    gk:Accuse gk:Reject gk:Threaten gk:Protest gk:Sanction gk:Mobilize gk:Coerce gk:Assault
                    gk:Fight gk:Investigate }
        ?c a gk:Interaction, ?p ; gk:source ?s .
        OPTIONAL { ?c gk:target ?o }
        OPTIONAL { ?c gk:modality ?m }
        OPTIONAL { ?c gk:location ?loc }
        OPTIONAL { ?c gk:evidence ?e .
                   OPTIONAL { ?e gk:text ?text }
                   OPTIONAL { ?e gk:document ?d . ?d dcterms:identifier ?doc } }
      }""";
  private static final String DOCUMENT_BY_IDENTIFIER = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      SELECT ?g ?id WHERE { GRAPH ?g { ?g a gk:Document ; dcterms:identifier ?id } }""";

  private SystemFacts() {}

  /** A claim as read, before normalisation. */
  private record RawClaim(String iri, String subject, String relation, String object, Modality modality,
      Set<String> documents, Set<String> texts, Set<String> locations) {}

  /**
   * The system facts of {@code facts}, normalised with {@code normalizer}.
   *
   * @param facts the graph whose claims are scored (one document's graph, or a union)
   * @param normalizer built from the whole dataset, see {@link ActorNormalizer}
   */
  public static List<SystemFact> read(Graph facts, ActorNormalizer normalizer) {
    Model model = ModelFactory.createModelForGraph(facts);
    Map<String, RawClaim> claims = new LinkedHashMap<>();
    collect(model, CLAIMS, false, claims);
    collect(model, INTERACTIONS, true, claims);

    Map<List<String>, SystemFact> byKey = new LinkedHashMap<>();
    for (RawClaim c : claims.values()) {
      String relation = c.relation();
      boolean keepSubject = Relations.KEEPS_SUBJECT.contains(relation);
      String s = keepSubject ? normalizer.key(c.subject()) : normalizer.normalize(c.subject());
      String o = c.object().isEmpty() ? EntityKeys.NO_TARGET : normalizer.normalize(c.object());
      if (Relations.SYMMETRIC.contains(relation) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      Set<String> docs = c.documents().isEmpty() ? Set.of("") : c.documents();
      for (String doc : docs) {
        List<String> key = List.of(doc, s, relation, o);
        SystemFact prev = byKey.get(key);
        List<Modality> mods = new ArrayList<>(prev == null ? List.of() : prev.modalities());
        if (c.modality() != null) {
          mods.add(c.modality());
        }
        LinkedHashSet<String> ev = new LinkedHashSet<>(prev == null ? List.of() : prev.evidence());
        ev.addAll(c.texts());
        LinkedHashSet<String> where = new LinkedHashSet<>(prev == null ? List.of() : prev.locations());
        where.addAll(c.locations());
        byKey.put(key, new SystemFact(doc, s, relation, o, mods, List.copyOf(ev), List.copyOf(where)));
      }
    }
    List<SystemFact> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparing(SystemFact::document).thenComparing(SystemFact::relation)
        .thenComparing(SystemFact::subject).thenComparing(SystemFact::object));
    return out;
  }

  /**
   * The graph that holds what documents said: the default graph and every named graph except the
   * inferred, reference and ontology graphs.
   */
  public static Graph extractedGraph(DatasetGraph dsg) {
    MultiUnion union = new MultiUnion();
    union.addGraph(dsg.getDefaultGraph());
    Set<String> notExtracted = Set.of(GK.INFERRED_GRAPH, GK.REFERENCE_GRAPH, GK.ONTOLOGY_GRAPH);
    dsg.listGraphNodes().forEachRemaining(n -> {
      if (!(n.isURI() && notExtracted.contains(n.getURI()))) {
        union.addGraph(dsg.getGraph(n));
      }
    });
    return union;
  }

  /** The union of the default graph and all named graphs: the context for {@link ActorNormalizer}. */
  public static Graph unionGraph(DatasetGraph dsg) {
    MultiUnion union = new MultiUnion();
    union.addGraph(dsg.getDefaultGraph());
    dsg.listGraphNodes().forEachRemaining(n -> union.addGraph(dsg.getGraph(n)));
    return union;
  }

  /**
   * The IRI of the graph of the document whose {@code dcterms:identifier} ends with {@code fileName}
   * (identifiers may carry the path the document was read from).
   */
  public static Optional<String> findDocumentGraph(DatasetGraph dsg, String fileName) {
    try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg))
        .query(DOCUMENT_BY_IDENTIFIER).build()) {
      ResultSet rs = qe.execSelect();
      List<String> found = new ArrayList<>();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String id = s.getLiteral("id").getLexicalForm();
        if ((id.equals(fileName) || id.endsWith("/" + fileName) || id.endsWith("\\" + fileName))
            && s.get("g").isURIResource()) {
          found.add(s.getResource("g").getURI());
        }
      }
      return found.stream().sorted().findFirst();
    }
  }

  private static void collect(Model model, String query, boolean interaction, Map<String, RawClaim> into) {
    try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution sol = rs.next();
        RDFNode c = sol.get("c");
        RDFNode s = sol.get("s");
        RDFNode o = sol.get("o");
        RDFNode p = sol.get("p");
        // An interaction with no target is a targetless event, object NO_TARGET (docs/RDF.md).
        boolean targetless = interaction && o == null;
        if (!s.isURIResource() || !(targetless || o.isURIResource()) || !p.isURIResource()) {
          continue;
        }
        String object = targetless ? "" : o.asResource().getURI();
        String local = localName(p.asResource().getURI());
        String relation = interaction ? Relations.canonical(local) : local;
        String id = (c.isURIResource() ? c.asResource().getURI() : c.asNode().toString())
            + " " + s.asResource().getURI() + " " + relation + " " + object;
        RawClaim raw = into.computeIfAbsent(id, k -> new RawClaim(k, s.asResource().getURI(), relation,
            object, modality(sol.get("m")), new LinkedHashSet<>(), new LinkedHashSet<>(),
            new LinkedHashSet<>()));
        if (sol.contains("doc")) {
          raw.documents().add(sol.get("doc").asNode().getLiteralLexicalForm());
        }
        if (sol.contains("text")) {
          raw.texts().add(sol.get("text").asNode().getLiteralLexicalForm());
        }
        if (sol.contains("loc") && sol.get("loc").isURIResource()) {
          raw.locations().add(LocationScore.systemKey(sol.getResource("loc").getURI()));
        }
      }
    }
  }

  private static Modality modality(RDFNode m) {
    if (m == null || !m.isURIResource()) {
      return null;
    }
    String local = localName(m.asResource().getURI());
    for (Modality mod : Modality.values()) {
      if (mod.localName().equalsIgnoreCase(local)) {
        return mod;
      }
    }
    return null;
  }

  static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }

  /** Parses a gold modality ({@code asserted}, {@code reported} …), empty for blank or unknown. */
  public static Optional<Modality> parseModality(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim().toLowerCase(Locale.ROOT);
    for (Modality mod : Modality.values()) {
      if (mod.localName().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(mod);
      }
    }
    return Optional.empty();
  }

}
