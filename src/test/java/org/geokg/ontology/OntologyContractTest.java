package org.geokg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology contract: {@code ontology/geokg.ttl} defines every name of the team's ONTOLOGY.md,
 * {@code ontology/shapes.ttl} accepts data written the way docs/RDF.md says and rejects broken data,
 * and every saved query in {@code queries/} parses, declares its header and runs.
 *
 * <p>Saved-query header convention checked here (and relied on by whoever binds parameters):
 * <pre>
 * # title: one line
 * # description: text, continued on following "#   " lines
 * # param: ?var — meaning (default state:USA)      or  (default none: ...) for "unbound = any"
 * </pre>
 * A parameter is a plain variable that the query uses only in triple patterns and expressions (never
 * in SELECT, GROUP BY, ORDER BY, VALUES or BIND ... AS), so that it can be pre-bound both by
 * {@link ParameterizedSparqlString} (text) and by {@link QueryTransformOps} (syntax, as
 * {@code QueryRunner.bind} does). A parameter with a default has it built in as
 * {@code BIND(COALESCE(?param, default) AS ?internal)}, so the file runs as it is and binding the
 * default changes nothing; a parameter with "default none" left unbound means "any". Defaults are
 * prefixed names expanded with the query's own prefixes.
 */
class OntologyContractTest {

  static final String GK = "https://w3id.org/geokg/ontology#";
  static final String GKD = "https://w3id.org/geokg/id/";
  static final String PLOVER = "https://github.com/openeventdata/PLOVER#";
  static final Path ONTOLOGY = Path.of("ontology", "geokg.ttl");
  static final Path SHAPES = Path.of("ontology", "shapes.ttl");
  static final Path QUERIES = Path.of("queries");

  // ---------------------------------------------------------------- the contract (ONTOLOGY.md)

  static final List<String> ENTITY_CLASSES = List.of(
      "Actor", "State", "Organization", "Alliance", "Person", "Group", "Region",
      "EnergyResource", "Infrastructure", "Document");

  static final List<String> CLAIM_CLASSES = List.of("Claim", "Interaction", "Evidence", "Mode", "Modality");

  /** PLOVER class → its CAMEO root codes (CAMEO2PLOVER 2021; FIGHT and INVESTIGATE as PLOVER codes them). */
  static final Map<String, List<String>> PLOVER_CLASSES = linked(
      "Agree", List.of("03"), "Consult", List.of("04"), "Support", List.of("05"),
      "Concede", List.of("08"), "Cooperate", List.of("06"), "Aid", List.of("07"),
      "Retreat", List.of("08"), "Demand", List.of("10"), "Accuse", List.of("11"),
      "Reject", List.of("12"), "Threaten", List.of("13"), "Protest", List.of("14"),
      "Sanction", List.of("16"), "Mobilize", List.of("15"), "Coerce", List.of("17"),
      "Assault", List.of("18", "20"), "Fight", List.of("19"), "Investigate", List.of("09"));

  static final List<String> TIE_PROPERTIES = List.of(
      "alliedWith", "memberOf", "alignedWith", "represents", "economicTiesWith", "militaryTiesWith",
      "territorialDisputeWith", "energyTiesWith", "producesEnergy", "suppliesEnergyTo", "connects",
      "tiesWith", "energyTie");

  static final List<String> STANCE_PROPERTIES = List.of(
      "supports", "opposes", "friendlyWith", "tenseWith", "waryOf");

  static final List<String> ENTITY_PROPERTIES = List.of(
      "iso2", "iso3", "title", "country", "sector", "includes");

  static final List<String> CLAIM_PROPERTIES = List.of(
      "subject", "predicate", "object", "modality", "confidence", "date", "dateText", "attributedTo",
      "extractedBy", "evidence", "source", "target", "mode");

  static final List<String> EVIDENCE_PROPERTIES = List.of(
      "document", "sentenceIndex", "begin", "end", "text");

  /** Places, event locations and terms of office (ONTOLOGY.md, "Extensions"). */
  static final List<String> PLACE_AND_TERM_PROPERTIES = List.of("location", "holder", "office", "of", "start");

  static final List<String> MODES = List.of(
      "Meeting", "PhoneCall", "VideoCall", "Visit", "Multilateral", "Statement");

  static final List<String> MODALITIES = List.of(
      "Asserted", "Reported", "Planned", "Hypothetical", "Negated", "Former");

  static final List<String> SYMMETRIC = List.of(
      "alliedWith", "economicTiesWith", "militaryTiesWith", "territorialDisputeWith",
      "energyTiesWith", "friendlyWith", "tenseWith");

  static final List<String> DATATYPE_PROPERTIES = List.of(
      "iso2", "iso3", "title", "sector", "confidence", "date", "dateText", "extractedBy",
      "sentenceIndex", "begin", "end", "text", "office", "start");

  static Model ontology;
  static Graph shapesGraph;
  static Shapes shapes;

  @BeforeAll
  static void load() {
    ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    shapesGraph = RDFDataMgr.loadGraph(SHAPES.toString());
    shapes = Shapes.parse(shapesGraph);
  }

  static Resource gk(String local) {
    return ontology.createResource(GK + local);
  }

  static Property gkp(String local) {
    return ontology.createProperty(GK, local);
  }

  static List<String> allClasses() {
    List<String> all = new ArrayList<>(ENTITY_CLASSES);
    all.addAll(CLAIM_CLASSES);
    all.addAll(PLOVER_CLASSES.keySet());
    return all;
  }

  static List<String> allProperties() {
    List<String> all = new ArrayList<>(TIE_PROPERTIES);
    all.addAll(STANCE_PROPERTIES);
    all.addAll(ENTITY_PROPERTIES);
    all.addAll(CLAIM_PROPERTIES);
    all.addAll(EVIDENCE_PROPERTIES);
    all.addAll(PLACE_AND_TERM_PROPERTIES);
    return all;
  }

  // ---------------------------------------------------------------- ontology

  @Test
  void ontologyHeader() {
    Resource ont = ontology.createResource("https://w3id.org/geokg/ontology");
    assertThat(ontology.contains(ont, RDF.type, OWL.Ontology)).isTrue();
    assertThat(ont.hasProperty(OWL.versionInfo)).as("owl:versionInfo").isTrue();
    assertThat(ont.hasProperty(RDFS.comment)).as("rdfs:comment").isTrue();
    assertThat(ont.getPropertyResourceValue(DCTerms.license))
        .as("dcterms:license").isNotNull()
        .extracting(Resource::getURI).asString().contains("GPL-3.0-or-later");
  }

  @Test
  void everyContractNameIsDefinedWithLabelAndComment() {
    List<String> missing = new ArrayList<>();
    List<String> names = new ArrayList<>(allClasses());
    names.addAll(allProperties());
    names.addAll(MODES);
    names.addAll(MODALITIES);
    for (String name : names) {
      Resource r = gk(name);
      if (!r.hasProperty(RDF.type)) missing.add(name + " (no rdf:type)");
      if (!hasEnglish(r, RDFS.label)) missing.add(name + " (no rdfs:label)");
      if (!hasEnglish(r, RDFS.comment)) missing.add(name + " (no rdfs:comment)");
    }
    assertThat(missing).as("contract names without definition").isEmpty();
  }

  @Test
  void everyGkTermOfTheOntologyIsDocumented() {
    Set<String> undocumented = new TreeSet<>();
    ontology.listSubjects().forEach(s -> {
      if (s.isURIResource() && s.getURI().startsWith(GK)
          && (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment))) {
        undocumented.add(s.getLocalName());
      }
    });
    assertThat(undocumented).isEmpty();
    // and every gk: term the ontology mentions is defined in it
    Set<String> undefined = new TreeSet<>();
    ontology.listStatements().forEach(st -> {
      for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(GK)
            && !n.asResource().hasProperty(RDF.type)) {
          undefined.add(n.asResource().getURI());
        }
      }
    });
    assertThat(undefined).isEmpty();
  }

  @Test
  void classesAndTheirHierarchy() {
    for (String c : allClasses()) {
      assertThat(ontology.contains(gk(c), RDF.type, OWL.Class)).as(c + " a owl:Class").isTrue();
    }
    for (String c : List.of("State", "Organization", "Person", "Group", "Region")) {
      assertThat(ontology.contains(gk(c), RDFS.subClassOf, gk("Actor"))).as(c + " ⊑ Actor").isTrue();
    }
    assertThat(ontology.contains(gk("Alliance"), RDFS.subClassOf, gk("Organization"))).isTrue();
    assertThat(ontology.contains(gk("Interaction"), RDFS.subClassOf, gk("Claim"))).isTrue();
    assertThat(ontology.contains(gk("Document"), RDFS.subClassOf,
        ontology.createResource("http://www.w3.org/ns/prov#Entity"))).isTrue();
  }

  @Test
  void ploverClassesMatchPloverAndCameo() {
    Property cameoRoot = gkp("cameoRoot");
    assertThat(PLOVER_CLASSES).hasSize(18);
    for (Map.Entry<String, List<String>> e : PLOVER_CLASSES.entrySet()) {
      Resource c = gk(e.getKey());
      assertThat(ontology.contains(c, RDFS.subClassOf, gk("Interaction")))
          .as(e.getKey() + " ⊑ Interaction").isTrue();
      Resource category = ontology.createResource(PLOVER + e.getKey().toUpperCase());
      assertThat(ontology.contains(c, SKOS.closeMatch, category))
          .as(e.getKey() + " skos:closeMatch " + category).isTrue();
      List<String> roots = c.listProperties(cameoRoot).mapWith(s -> s.getString()).toList();
      assertThat(roots).as(e.getKey() + " gk:cameoRoot").containsExactlyInAnyOrderElementsOf(e.getValue());
    }
    assertThat(ontology.contains(gk("Accuse"), SKOS.closeMatch, ontology.createResource(PLOVER + "DISAPPROVE"))).isTrue();
    assertThat(ontology.contains(gk("Accuse"), SKOS.hiddenLabel, "DISAPPROVE")).isTrue();
    assertThat(ontology.contains(gk("Demand"), SKOS.closeMatch, ontology.createResource(PLOVER + "REQUEST"))).isTrue();
    assertThat(ontology.contains(gk("Demand"), SKOS.hiddenLabel, "REQUEST")).isTrue();
  }

  @Test
  void propertiesKindsDomainsRanges() {
    for (String p : allProperties()) {
      String expected = DATATYPE_PROPERTIES.contains(p) ? "DatatypeProperty" : "ObjectProperty";
      assertThat(ontology.contains(gk(p), RDF.type,
          ontology.createResource(OWL.getURI() + expected))).as(p + " a owl:" + expected).isTrue();
      assertThat(gk(p).hasProperty(RDFS.domain)).as(p + " has rdfs:domain").isTrue();
    }
    for (String p : SYMMETRIC) {
      assertThat(ontology.contains(gk(p), RDF.type, OWL.SymmetricProperty)).as(p + " symmetric").isTrue();
    }
    for (String p : List.of("memberOf", "represents", "producesEnergy", "suppliesEnergyTo", "supports",
        "opposes", "waryOf", "alignedWith", "energyTie")) {
      assertThat(ontology.contains(gk(p), RDF.type, OWL.SymmetricProperty)).as(p + " not symmetric").isFalse();
    }
    for (String p : List.of("economicTiesWith", "militaryTiesWith", "energyTiesWith")) {
      assertThat(ontology.contains(gk(p), RDFS.subPropertyOf, gk("tiesWith"))).as(p + " ⊑ tiesWith").isTrue();
    }
    for (String p : List.of("producesEnergy", "suppliesEnergyTo")) {
      assertThat(ontology.contains(gk(p), RDFS.subPropertyOf, gk("energyTie"))).as(p + " ⊑ energyTie").isTrue();
    }
    assertDomainRange("memberOf", "State", "Organization");
    assertDomainRange("producesEnergy", "State", "EnergyResource");
    assertDomainRange("includes", "Region", "State");
    assertDomainRange("connects", "Infrastructure", "State");
    assertThat(unionMembers(gk("country").getPropertyResourceValue(RDFS.domain)))
        .containsExactlyInAnyOrder(GK + "Group", GK + "Place", GK + "Organization");
    assertThat(gk("country").getPropertyResourceValue(RDFS.range)).isEqualTo(gk("State"));
    assertThat(unionMembers(gk("end").getPropertyResourceValue(RDFS.domain)))
        .containsExactlyInAnyOrder(GK + "Evidence", GK + "Term");
    assertDomainRange("holder", "Term", "Person");
    assertThat(gk("location").getPropertyResourceValue(RDFS.domain)).isEqualTo(gk("Interaction"));
    for (String c : List.of("NonStateArmedGroup", "NonGovernmentalOrganization", "IntergovernmentalOrganization",
        "Company")) {
      assertThat(ontology.contains(gk(c), RDFS.subClassOf, gk("Organization"))).as(c + " ⊑ Organization").isTrue();
    }
    assertDomainRange("territorialDisputeWith", "State", "State");
    assertDomainRange("economicTiesWith", "Actor", "Actor");
    assertDomainRange("evidence", "Claim", "Evidence");
    assertDomainRange("document", "Evidence", "Document");
    assertDomainRange("source", "Interaction", "Actor");
    assertDomainRange("mode", "Interaction", "Mode");
    assertDomainRange("modality", "Claim", "Modality");
    assertThat(unionMembers(gk("alliedWith").getPropertyResourceValue(RDFS.domain)))
        .containsExactlyInAnyOrder(GK + "State", GK + "Organization");
    assertThat(unionMembers(gk("represents").getPropertyResourceValue(RDFS.domain)))
        .containsExactlyInAnyOrder(GK + "Person", GK + "Organization");
    assertThat(gk("confidence").getPropertyResourceValue(RDFS.range)).isEqualTo(
        ontology.createResource("http://www.w3.org/2001/XMLSchema#decimal"));
  }

  @Test
  void modesAndModalitiesAreIndividuals() {
    for (String m : MODES) {
      assertThat(ontology.contains(gk(m), RDF.type, gk("Mode"))).as(m + " a gk:Mode").isTrue();
    }
    for (String m : MODALITIES) {
      assertThat(ontology.contains(gk(m), RDF.type, gk("Modality"))).as(m + " a gk:Modality").isTrue();
    }
  }

  @Test
  void alignments() {
    Resource wikibaseStatement = ontology.createResource("http://wikiba.se/ontology#Statement");
    assertThat(ontology.contains(gk("Claim"), SKOS.closeMatch, wikibaseStatement)).isTrue();
    assertThat(ontology.contains(gk("State"), SKOS.closeMatch,
        ontology.createResource("http://www.wikidata.org/entity/Q3624078"))).isTrue();
    assertThat(ontology.contains(gk("Person"), SKOS.closeMatch,
        ontology.createResource("http://xmlns.com/foaf/0.1/Person"))).isTrue();
    assertThat(ontology.contains(gk("memberOf"), SKOS.closeMatch,
        ontology.createResource("http://www.wikidata.org/prop/direct/P463"))).isTrue();
    assertThat(ontology.listStatements(null, OWL.equivalentClass, (RDFNode) null).toList())
        .as("alignments are skos matches, not owl:equivalentClass").isEmpty();
  }

  // ---------------------------------------------------------------- shapes

  @Test
  void shapesParseAndMentionOnlyDefinedTerms() {
    assertThat(shapes.numShapes()).isGreaterThanOrEqualTo(10);
    Set<String> undefined = new TreeSet<>();
    shapesGraph.find().forEach(t -> {
      for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
        if (n.isURI() && n.getURI().startsWith(GK) && !gk(n.getLocalName()).hasProperty(RDF.type)) {
          undefined.add(n.getURI());
        }
      }
    });
    assertThat(undefined).isEmpty();
  }

  @Test
  void validDocumentGraphConforms() {
    DatasetGraph dsg = dataset(VALID);
    Graph doc = dsg.getGraph(NodeFactory.createURI(GKD + "doc/3f2a9c0e11d4b7a5"));
    Graph all = union(dsg, false);
    Graph withOntology = union(dsg, true);
    for (Map.Entry<String, Graph> e : Map.of("document graph", doc, "all graphs", all,
        "all graphs + ontology", withOntology).entrySet()) {
      ValidationReport report = ShaclValidator.get().validate(shapes, e.getValue());
      assertThat(violations(report)).as(e.getKey()).isEmpty();
      assertThat(report.conforms()).as(e.getKey()).isTrue();
    }
  }

  @Test
  void brokenDataIsRejectedWithNamedViolations() {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(PREFIXES + BROKEN, Lang.TURTLE).parse(g);
    ValidationReport report = ShaclValidator.get().validate(shapes, g);
    assertThat(report.conforms()).isFalse();
    Set<String> v = violations(report);
    assertThat(v).contains(
        "claim:b1 gk:evidence MinCount",            // a claim without evidence
        "claim:b2 gk:confidence MaxInclusive",      // confidence 1.5
        "ev:bad-1 gk:begin LessThan",               // begin > end
        "claim:b3 gk:modality In",                  // not one of the six modalities
        "claim:b3 gk:date Or",                      // a date that is an xsd:dateTime
        "claim:b4 rdf:type QualifiedMinCount",      // interaction without a PLOVER class
        "claim:b4 gk:mode In",                      // not one of the six modes
        "claim:b5 - SPARQL",                        // asserted but no direct triple
        "claim:b6 - Or",                            // neither fact nor interaction
        "claim:b7 gk:subject MinCount",             // fact claim without subject
        "doc:bad dcterms:identifier MinCount",      // document without identifier
        "doc:bad dcterms:date Datatype",            // document date not xsd:date
        "ev:bad-1 gk:sentenceIndex MinInclusive",   // negative sentence index
        "state:XYZ gk:iso3 Pattern",                // iso3 not three capitals
        "state:XYZ - SPARQL",                       // iso3 not the IRI's code
        "group:RUS-MIL gk:country Pattern",         // country not a state IRI
        "person:nobody rdfs:label MinCount");       // person without label
  }

  // ---------------------------------------------------------------- saved queries

  @Test
  void everySavedQueryParsesAndHasAHeader() throws IOException {
    List<Path> files = queryFiles();
    assertThat(files.stream().map(p -> p.getFileName().toString())).contains(
        "allies-of-state.rq", "energy-producers.rq", "officials-by-state.rq",
        "interactions-timeline.rq", "stances-toward-state.rq", "us-allies-ties-to-russia.rq",
        "evidence-for-fact.rq", "facts-across-documents.rq");
    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(text).as(f + " header").startsWith("# title: ");
      assertThat(text).as(f + " description").contains("\n# description: ");
      Query q = QueryFactory.create(text);
      assertThat(q.isSelectType()).as(f + " is a SELECT").isTrue();
      // every gk: term the query uses exists in the ontology
      Matcher m = Pattern.compile("\\bgk:([A-Za-z]+)").matcher(text);
      while (m.find()) {
        assertThat(gk(m.group(1)).hasProperty(RDF.type)).as(f + " uses gk:" + m.group(1)).isTrue();
      }
      for (Map.Entry<String, String> p : params(text, q).entrySet()) {
        assertThat(q.getQueryPattern().toString()).as(f + " uses ?" + p.getKey())
            .containsPattern("\\?" + p.getKey() + "\\b");
        assertThat(q.getProjectVars()).as(f + ": a parameter is not projected").doesNotContain(Var.alloc(p.getKey()));
      }
      // pre-binding the defaults both ways still gives a valid query
      assertThatCode(() -> withDefaultsText(text, q)).as(f + " via ParameterizedSparqlString").doesNotThrowAnyException();
      assertThatCode(() -> withDefaultsSyntax(q, text)).as(f + " via QueryTransformOps").doesNotThrowAnyException();
    }
  }

  @Test
  void savedQueriesRunOnTheUnionGraph() throws IOException {
    Dataset ds = TDB2Factory.createDataset();
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    Txn.executeWrite(ds, () -> {
      RDFParser.fromString(VALID, Lang.TRIG).parse(ds.asDatasetGraph());
      ds.addNamedModel(GKD + "graph/ontology", ontology);
      // graph:inferred and graph:summary, as every write keeps them: the listings read the summary.
      org.geokg.store.Derivations.recomputeAll(ds.asDatasetGraph());
    });
    Map<String, List<Map<String, String>>> withDefaults = new LinkedHashMap<>();
    for (Path f : queryFiles()) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Query raw = QueryFactory.create(text);
      Query bound = withDefaultsText(text, raw);
      Query boundSyntax = withDefaultsSyntax(raw, text);
      List<Map<String, String>> a = run(ds, bound);
      List<Map<String, String>> b = run(ds, boundSyntax);
      List<Map<String, String>> unbound = run(ds, raw);
      assertThat(b).as(f + ": both ways of binding agree").containsExactlyInAnyOrderElementsOf(a);
      Map<String, String> params = params(text, raw);
      if (params.values().stream().allMatch(v -> v != null)) {
        assertThat(unbound).as(f + ": the defaults are built into the query")
            .containsExactlyInAnyOrderElementsOf(a);
      } else {
        assertThat(unbound.size()).as(f + ": unbound parameters mean 'any'").isGreaterThanOrEqualTo(a.size());
      }
      assertThat(unbound).as(f + " returns rows on the sample data").isNotEmpty();
      withDefaults.put(f.getFileName().toString(), a);
      if (Boolean.getBoolean("geokg.printQueries")) {
        System.out.println("== " + f + " (defaults)");
        a.forEach(System.out::println);
      }
    }
    assertThat(column(withDefaults.get("allies-of-state.rq"), "ally", "kind")).contains(
        "state:KOR allied", "state:DEU shared alliance");
    assertThat(column(withDefaults.get("energy-producers.rq"), "producer", "res", "suppliesTo"))
        .contains("state:RUS resource:oil Europe");
    assertThat(column(withDefaults.get("officials-by-state.rq"), "person", "country", "modality")).contains(
        "person:antony-blinken state:USA Asserted", "person:william-burns state:USA Asserted",
        "person:michael-mcfaul state:USA Former");
    assertThat(column(withDefaults.get("interactions-timeline.rq"), "event", "sources", "targets", "mode"))
        .containsExactly("Consult Antony Blinken Sergey Lavrov Meeting",
            "Threaten United States Russia Statement");
    assertThat(column(withDefaults.get("stances-toward-state.rq"), "actor", "stance", "basis")).contains(
        "state:USA opposes stated", "state:UKR tenseWith stated");
    assertThat(column(withDefaults.get("us-allies-ties-to-russia.rq"), "ally", "tie", "via")).contains(
        "state:DEU energyTiesWith europe", "state:DEU suppliesEnergyTo europe",
        "state:DEU economicTiesWith ");
    Query evidence = QueryFactory.create(Files.readString(QUERIES.resolve("evidence-for-fact.rq")));
    Query usKor = QueryTransformOps.transformQuery(evidence, Map.of(
        "s", ontology.createResource(GKD + "state/USA"), "p", gk("alliedWith"),
        "o", ontology.createResource(GKD + "state/KOR")));
    // (Besides the symmetric closure's derived claims, which graph:inferred holds.)
    assertThat(column(run(ds, usKor), "claim", "reversed", "modality", "documentId", "begin", "end"))
        .filteredOn(row -> !row.contains("/derived/"))
        .containsExactly("claim:0a1b2c3d4e5f6071 false Asserted 2022-01-27-us-diplomacy-russia-ukraine.txt 5120 5233",
            "claim:00000000000000a1 true Asserted second.txt 0 40");
    assertThat(column(withDefaults.get("facts-across-documents.rq"), "subject", "predicate", "object", "documents", "claims"))
        .contains("state:KOR gk:alliedWith state:USA 2 4"); // 2 stated, 2 derived (symmetric closure)
  }

  // ---------------------------------------------------------------- sample data (docs/RDF.md)

  static final String PREFIXES = """
      PREFIX gk:       <https://w3id.org/geokg/ontology#>
      PREFIX gkd:      <https://w3id.org/geokg/id/>
      PREFIX state:    <https://w3id.org/geokg/id/state/>
      PREFIX igo:      <https://w3id.org/geokg/id/org/>
      PREFIX person:   <https://w3id.org/geokg/id/person/>
      PREFIX group:    <https://w3id.org/geokg/id/group/>
      PREFIX region:   <https://w3id.org/geokg/id/region/>
      PREFIX resource: <https://w3id.org/geokg/id/resource/>
      PREFIX infra:    <https://w3id.org/geokg/id/infrastructure/>
      PREFIX doc:      <https://w3id.org/geokg/id/doc/>
      PREFIX claim:    <https://w3id.org/geokg/id/claim/>
      PREFIX ev:       <https://w3id.org/geokg/id/evidence/>
      PREFIX graph:    <https://w3id.org/geokg/id/graph/>
      PREFIX wd:       <http://www.wikidata.org/entity/>
      PREFIX dcterms:  <http://purl.org/dc/terms/>
      PREFIX prov:     <http://www.w3.org/ns/prov#>
      PREFIX skos:     <http://www.w3.org/2004/02/skos/core#>
      PREFIX rdfs:     <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl:      <http://www.w3.org/2002/07/owl#>
      PREFIX xsd:      <http://www.w3.org/2001/XMLSchema#>
      """;

  static final String VALID = PREFIXES + """
      GRAPH graph:reference {
        state:USA a gk:State ; rdfs:label "United States" ; gk:iso2 "US" ; gk:iso3 "USA" ;
            skos:altLabel "Washington", "American" ; owl:sameAs wd:Q30 ; gk:memberOf igo:NATO .
        state:KOR a gk:State ; rdfs:label "South Korea" ; gk:iso2 "KR" ; gk:iso3 "KOR" ;
            skos:altLabel "Republic of Korea", "South Korean", "Seoul" ; owl:sameAs wd:Q884 .
        state:DEU a gk:State ; rdfs:label "Germany" ; gk:iso2 "DE" ; gk:iso3 "DEU" ; gk:memberOf igo:NATO .
        state:RUS a gk:State ; rdfs:label "Russia" ; gk:iso2 "RU" ; gk:iso3 "RUS" ; gk:memberOf igo:CSTO .
        state:UKR a gk:State ; rdfs:label "Ukraine" ; gk:iso2 "UA" ; gk:iso3 "UKR" .
        igo:NATO a gk:Alliance, gk:Organization ; rdfs:label "North Atlantic Treaty Organization" ;
            skos:altLabel "NATO" ; owl:sameAs wd:Q7184 .
        igo:CSTO a gk:Alliance, gk:Organization ; rdfs:label "Collective Security Treaty Organization" .
        igo:CIA a gk:Organization ; rdfs:label "Central Intelligence Agency" ; gk:represents state:USA .
        region:europe a gk:Region ; rdfs:label "Europe" ; gk:includes state:DEU .
        resource:oil a gk:EnergyResource ; rdfs:label "oil" .
        resource:gas a gk:EnergyResource ; rdfs:label "gas" .
        infra:nord-stream-2 a gk:Infrastructure ; rdfs:label "Nord Stream 2" ; gk:connects state:RUS, state:DEU .
        person:vladimir-putin a gk:Person ; rdfs:label "Vladimir Putin" ; owl:sameAs wd:Q7747 .
      }

      GRAPH doc:3f2a9c0e11d4b7a5 {
        doc:3f2a9c0e11d4b7a5 a gk:Document, prov:Entity ;
            dcterms:identifier "2022-01-27-us-diplomacy-russia-ukraine.txt" ;
            dcterms:date "2022-01-27"^^xsd:date ; dcterms:title "U.S. diplomacy" ;
            dcterms:source <https://example.org/news/1> .

        person:antony-blinken a gk:Person ; rdfs:label "Antony Blinken" ; gk:title "Secretary of State" .
        person:sergey-lavrov a gk:Person ; rdfs:label "Sergey Lavrov" ; gk:title "Foreign Minister" .
        person:william-burns a gk:Person ; rdfs:label "William Burns" ; gk:title "CIA Director" .
        person:michael-mcfaul a gk:Person ; rdfs:label "Michael McFaul" ; gk:title "ambassador" .
        person:chris-murphy a gk:Person ; rdfs:label "Chris Murphy" ; gk:title "Senator" .
        group:RUS-MIL a gk:Group ; rdfs:label "Russian military" ; gk:country state:RUS ; gk:sector "MIL" .

        state:USA gk:alliedWith state:KOR .
        claim:0a1b2c3d4e5f6071 a gk:Claim ;
            gk:subject state:USA ; gk:predicate gk:alliedWith ; gk:object state:KOR ;
            gk:modality gk:Asserted ; gk:confidence 0.85 ;
            gk:date "2022-01"^^xsd:gYearMonth ; gk:dateText "in mid-January" ;
            gk:extractedBy "ally-copula" ; gk:evidence ev:3f2a9c0e11d4b7a5-41 .

        region:europe gk:energyTiesWith state:RUS .
        claim:0000000000000002 a gk:Claim ;
            gk:subject region:europe ; gk:predicate gk:energyTiesWith ; gk:object state:RUS ;
            gk:modality gk:Asserted ; gk:confidence 0.7 ; gk:date "2022"^^xsd:gYear ;
            gk:extractedBy "energy-rely" ; gk:evidence ev:3f2a9c0e11d4b7a5-42 .

        state:RUS gk:producesEnergy resource:oil .
        claim:0000000000000003 a gk:Claim ;
            gk:subject state:RUS ; gk:predicate gk:producesEnergy ; gk:object resource:oil ;
            gk:modality gk:Reported ; gk:attributedTo person:antony-blinken ; gk:confidence 0.9 ;
            gk:extractedBy "energy-producer" ; gk:evidence ev:3f2a9c0e11d4b7a5-42 .

        state:RUS gk:suppliesEnergyTo region:europe .
        claim:0000000000000004 a gk:Claim ;
            gk:subject state:RUS ; gk:predicate gk:suppliesEnergyTo ; gk:object region:europe ;
            gk:modality gk:Asserted ; gk:confidence 0.8 ;
            gk:extractedBy "energy-flows" ; gk:evidence ev:3f2a9c0e11d4b7a5-42 .

        person:antony-blinken gk:represents state:USA .
        claim:0000000000000005 a gk:Claim ;
            gk:subject person:antony-blinken ; gk:predicate gk:represents ; gk:object state:USA ;
            gk:modality gk:Asserted ; gk:confidence 0.95 ; gk:date "2022-01-27"^^xsd:date ;
            gk:extractedBy "title-demonym" ; gk:evidence ev:3f2a9c0e11d4b7a5-12 .

        person:william-burns gk:represents igo:CIA .
        claim:0000000000000006 a gk:Claim ;
            gk:subject person:william-burns ; gk:predicate gk:represents ; gk:object igo:CIA ;
            gk:modality gk:Asserted ; gk:confidence 0.9 ;
            gk:extractedBy "title-org" ; gk:evidence ev:3f2a9c0e11d4b7a5-43 .

        claim:0000000000000007 a gk:Claim ;
            gk:subject person:michael-mcfaul ; gk:predicate gk:represents ; gk:object state:USA ;
            gk:modality gk:Former ; gk:confidence 0.9 ;
            gk:extractedBy "title-former" ; gk:evidence ev:3f2a9c0e11d4b7a5-43 .

        state:USA gk:opposes state:RUS .
        claim:0000000000000008 a gk:Claim ;
            gk:subject state:USA ; gk:predicate gk:opposes ; gk:object state:RUS ;
            gk:modality gk:Reported ; gk:attributedTo person:chris-murphy ; gk:confidence 0.75 ;
            gk:extractedBy "stand-up-to" ; gk:evidence ev:3f2a9c0e11d4b7a5-43 .

        state:RUS gk:tenseWith state:UKR .
        claim:0000000000000009 a gk:Claim ;
            gk:subject state:RUS ; gk:predicate gk:tenseWith ; gk:object state:UKR ;
            gk:modality gk:Asserted ; gk:confidence 0.7 ;
            gk:extractedBy "tension" ; gk:evidence ev:3f2a9c0e11d4b7a5-43 .

        state:DEU gk:economicTiesWith state:RUS .
        claim:000000000000000a a gk:Claim ;
            gk:subject state:DEU ; gk:predicate gk:economicTiesWith ; gk:object state:RUS ;
            gk:modality gk:Asserted ; gk:confidence 0.7 ;
            gk:extractedBy "financial-ties" ; gk:evidence ev:3f2a9c0e11d4b7a5-42 .

        claim:9f8e7d6c5b4a3921 a gk:Claim, gk:Interaction, gk:Consult ;
            gk:source person:antony-blinken ; gk:target person:sergey-lavrov ;
            gk:mode gk:Meeting ; gk:modality gk:Asserted ; gk:confidence 0.8 ;
            gk:date "2022-01-21"^^xsd:date ; gk:dateText "on Friday" ;
            gk:extractedBy "consult-with" ; gk:evidence ev:3f2a9c0e11d4b7a5-12 .

        claim:000000000000000b a gk:Claim, gk:Interaction, gk:Threaten ;
            gk:source state:USA ; gk:target state:RUS ;
            gk:mode gk:Statement ; gk:modality gk:Hypothetical ; gk:confidence 0.6 ;
            gk:extractedBy "warn-consequences" ; gk:evidence ev:3f2a9c0e11d4b7a5-43 .

        ev:3f2a9c0e11d4b7a5-12 a gk:Evidence ;
            gk:document doc:3f2a9c0e11d4b7a5 ; gk:sentenceIndex 12 ; gk:begin 1500 ; gk:end 1580 ;
            gk:text "Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov on Friday." .
        ev:3f2a9c0e11d4b7a5-41 a gk:Evidence ;
            gk:document doc:3f2a9c0e11d4b7a5 ; gk:sentenceIndex 41 ; gk:begin 5120 ; gk:end 5233 ;
            gk:text "Another main U.S. ally within the Indo-Pacific is South Korea, …" .
        ev:3f2a9c0e11d4b7a5-42 a gk:Evidence ;
            gk:document doc:3f2a9c0e11d4b7a5 ; gk:sentenceIndex 42 ; gk:begin 5234 ; gk:end 5300 ;
            gk:text "European nations rely on Russian oil and gas, Germany most of all." .
        ev:3f2a9c0e11d4b7a5-43 a gk:Evidence ;
            gk:document doc:3f2a9c0e11d4b7a5 ; gk:sentenceIndex 43 ; gk:begin 5301 ; gk:end 5400 ;
            gk:text "Russia would face severe consequences, former ambassador Michael McFaul said." .
      }

      GRAPH doc:00000000000000aa {
        doc:00000000000000aa a gk:Document, prov:Entity ; dcterms:identifier "second.txt" .
        state:KOR gk:alliedWith state:USA .
        claim:00000000000000a1 a gk:Claim ;
            gk:subject state:KOR ; gk:predicate gk:alliedWith ; gk:object state:USA ;
            gk:modality gk:Asserted ; gk:confidence 0.8 ;
            gk:extractedBy "ally-copula" ; gk:evidence ev:00000000000000aa-0 .
        ev:00000000000000aa-0 a gk:Evidence ;
            gk:document doc:00000000000000aa ; gk:sentenceIndex 0 ; gk:begin 0 ; gk:end 40 ;
            gk:text "South Korea is a close U.S. ally." .
      }
      """;

  static final String BROKEN = """
      doc:bad a gk:Document ; dcterms:date "January 2022" .
      ev:bad-1 a gk:Evidence ; gk:document doc:bad ; gk:sentenceIndex -1 ;
          gk:begin 200 ; gk:end 100 ; gk:text "A sentence." .
      state:USA gk:alliedWith state:KOR , state:JPN .

      # no evidence
      claim:b1 a gk:Claim ; gk:subject state:USA ; gk:predicate gk:alliedWith ; gk:object state:KOR ;
          gk:modality gk:Asserted ; gk:confidence 0.8 ; gk:extractedBy "r" .
      # confidence out of range
      claim:b2 a gk:Claim ; gk:subject state:USA ; gk:predicate gk:alliedWith ; gk:object state:JPN ;
          gk:modality gk:Asserted ; gk:confidence 1.5 ; gk:extractedBy "r" ; gk:evidence ev:bad-1 .
      # unknown modality, date of the wrong type
      claim:b3 a gk:Claim ; gk:subject state:USA ; gk:predicate gk:alliedWith ; gk:object state:KOR ;
          gk:modality gk:Likely ; gk:confidence 0.5 ; gk:extractedBy "r" ; gk:evidence ev:bad-1 ;
          gk:date "2022-01-27T10:00:00"^^xsd:dateTime .
      # interaction without target, PLOVER class or valid mode
      claim:b4 a gk:Claim, gk:Interaction ; gk:source state:USA ; gk:mode gk:Telegram ;
          gk:modality gk:Asserted ; gk:confidence 0.5 ; gk:extractedBy "r" ; gk:evidence ev:bad-1 .
      # asserted, but the direct triple is missing
      claim:b5 a gk:Claim ; gk:subject state:USA ; gk:predicate gk:opposes ; gk:object state:RUS ;
          gk:modality gk:Asserted ; gk:confidence 0.5 ; gk:extractedBy "r" ; gk:evidence ev:bad-1 .
      # neither a fact nor an interaction
      claim:b6 a gk:Claim ; gk:modality gk:Asserted ; gk:confidence 0.5 ; gk:extractedBy "r" ;
          gk:evidence ev:bad-1 .
      # fact claim without subject (a negated one, so no direct triple is expected)
      claim:b7 a gk:Claim ; gk:predicate gk:memberOf ; gk:object igo:NATO ;
          gk:modality gk:Negated ; gk:confidence 0.5 ; gk:extractedBy "r" ; gk:evidence ev:bad-1 .

      state:XYZ a gk:State ; rdfs:label "Nowhere" ; gk:iso3 "xy" .
      group:RUS-MIL a gk:Group ; rdfs:label "Russian military" ; gk:country "RUS" ; gk:sector "MIL" .
      person:nobody a gk:Person .
      """;

  // ---------------------------------------------------------------- helpers

  static boolean hasEnglish(Resource r, Property p) {
    return r.listProperties(p).toList().stream().anyMatch(s -> s.getObject().isLiteral()
        && !s.getString().isBlank()
        && ("en".equals(s.getLanguage()) || s.getLanguage().isEmpty()));
  }

  static void assertDomainRange(String property, String domain, String range) {
    assertThat(gk(property).getPropertyResourceValue(RDFS.domain)).as(property + " domain").isEqualTo(gk(domain));
    assertThat(gk(property).getPropertyResourceValue(RDFS.range)).as(property + " range").isEqualTo(gk(range));
  }

  static List<String> unionMembers(Resource unionClass) {
    assertThat(unionClass).isNotNull();
    Resource list = unionClass.getPropertyResourceValue(OWL.unionOf);
    assertThat(list).as("owl:unionOf").isNotNull();
    return list.as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
        .map(n -> n.asResource().getURI()).toList();
  }

  static DatasetGraph dataset(String trig) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
    return dsg;
  }

  static Graph union(DatasetGraph dsg, boolean withOntology) {
    Graph g = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
    if (withOntology) ontology.getGraph().find().forEach(g::add);
    return g;
  }

  /** Violations as "focus path component", with prefixed names; "-" for node-shape constraints. */
  static Set<String> violations(ValidationReport report) {
    Set<String> out = new TreeSet<>();
    for (ReportEntry e : report.getEntries()) {
      String path = e.resultPath() == null ? "-" : shortName(e.resultPath().toString().replaceAll("[<>]", ""));
      String component = e.sourceConstraintComponent() == null ? "SPARQL"
          : e.sourceConstraintComponent().getLocalName().replace("ConstraintComponent", "");
      out.add(shortName(e.focusNode().toString()) + " " + path + " " + component);
    }
    return out;
  }

  static final Map<String, String> SHORT = linked(
      GK, "gk:", GKD + "state/", "state:", GKD + "org/", "igo:", GKD + "person/", "person:",
      GKD + "group/", "group:", GKD + "region/", "region:", GKD + "resource/", "resource:",
      GKD + "doc/", "doc:", GKD + "claim/", "claim:", GKD + "evidence/", "ev:",
      "http://purl.org/dc/terms/", "dcterms:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:",
      "http://www.w3.org/2000/01/rdf-schema#", "rdfs:");

  static String shortName(String iri) {
    for (Map.Entry<String, String> e : SHORT.entrySet()) {
      if (iri.startsWith(e.getKey())) return e.getValue() + iri.substring(e.getKey().length());
    }
    return iri;
  }

  static List<Path> queryFiles() throws IOException {
    try (Stream<Path> s = Files.list(QUERIES)) {
      return s.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
    }
  }

  static final Pattern PARAM = Pattern.compile("^# param: \\?(\\w+) — .*\\(default (none\\b|[^\\s)]+)[^)]*\\)\\s*$",
      Pattern.MULTILINE);

  /** The declared parameters with their default IRIs (absent when the default is "none"). */
  static Map<String, String> params(String text, Query q) {
    Map<String, String> out = new LinkedHashMap<>();
    long declared = text.lines().filter(l -> l.startsWith("# param:")).count();
    Matcher m = PARAM.matcher(text);
    while (m.find()) {
      String def = m.group(2);
      String iri = "none".equals(def) ? null : q.getPrefixMapping().expandPrefix(def);
      assertThat(iri == null || iri.startsWith("http")).as("default " + def + " is a known prefixed name").isTrue();
      out.put(m.group(1), iri);
    }
    assertThat(out).as("every '# param:' line is '# param: ?var — meaning (default X)'").hasSize((int) declared);
    return out;
  }

  static Query withDefaultsText(String text, Query q) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
    params(text, q).forEach((var, iri) -> {
      if (iri != null) pss.setIri(var, iri);
    });
    return pss.asQuery();
  }

  static Query withDefaultsSyntax(Query q, String text) {
    Map<Var, Node> map = new LinkedHashMap<>();
    params(text, q).forEach((var, iri) -> {
      if (iri != null) map.put(Var.alloc(var), NodeFactory.createURI(iri));
    });
    return QueryTransformOps.transform(q, map);
  }

  static List<Map<String, String>> run(Dataset ds, Query q) {
    return Txn.calculateRead(ds, () -> {
      List<Map<String, String>> rows = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.create(q, ds)) {
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          Map<String, String> row = new LinkedHashMap<>();
          for (String v : rs.getResultVars()) {
            RDFNode n = s.get(v);
            row.put(v, n == null ? "" : n.isLiteral() ? ((Literal) n).getLexicalForm()
                : shortName(n.toString()));
          }
          rows.add(row);
        }
      }
      return rows;
    });
  }

  static List<String> column(List<Map<String, String>> rows, String... vars) {
    assertThat(rows).isNotNull();
    return rows.stream().map(r -> Stream.of(vars).map(v -> r.getOrDefault(v, "?" + v))
        .collect(Collectors.joining(" "))).toList();
  }

  @SuppressWarnings("unchecked")
  static <V> Map<String, V> linked(Object... kv) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (V) kv[i + 1]);
    return m;
  }
}
