package org.geokg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.serve.Http.enc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.bench.LoopbackProbe;
import org.geokg.export.SampleStore;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No query, update or Graph Store request makes the server send a request or read a local file
 * (server-side request forgery): each attempt names a {@link LoopbackProbe} that must receive
 * nothing, or a file whose marker must not come back. One server with {@code --allow-service} is
 * the control that shows the probe does see a request when one is made.
 */
class OutboundRequestTest {
  static final String SECRET = "SECRET-MARKER-4711";

  @TempDir static Path dir;
  static GeoStore readOnlyStore;
  static GeoStore updateStore;
  static GeoStore allowStore;
  static GeoServer readOnly;
  static GeoServer update;
  static GeoServer allowService;
  static Path secret;
  static String secretIri;

  LoopbackProbe probe;

  @BeforeAll
  static void start() throws Exception {
    secret = dir.resolve("secret.ttl");
    Files.writeString(secret, "<urn:x-test:secret> <urn:x-test:p> \"" + SECRET + "\" .\n");
    secretIri = secret.toUri().toString();
    readOnlyStore = SampleStore.create(dir.resolve("ro"));
    updateStore = SampleStore.create(dir.resolve("rw"));
    allowStore = SampleStore.create(dir.resolve("allow"));
    readOnly = GeoServer.start(TDB2Factory.connectDataset(readOnlyStore.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, false, 5, 1000));
    update = GeoServer.start(TDB2Factory.connectDataset(updateStore.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, true, 5, 1000));
    allowService = GeoServer.start(TDB2Factory.connectDataset(allowStore.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, false, 5, 1000, true, GeoServer.DEFAULT_MAX_BODY,
            GeoServer.DEFAULT_MAX_QUERY, GeoServer.DEFAULT_MAX_CONCURRENT, null));
  }

  @AfterAll
  static void stop() {
    readOnly.close();
    update.close();
    allowService.close();
    readOnlyStore.close();
    updateStore.close();
    allowStore.close();
  }

  @BeforeEach
  void openProbe() throws Exception {
    probe = new LoopbackProbe();
  }

  @AfterEach
  void closeProbe() throws Exception {
    probe.close();
  }

  static String report(String attack, HttpResponse<String> r) {
    String line = r.body().lines().findFirst().orElse("");
    System.out.println("OUTBOUND " + attack + " -> HTTP " + r.statusCode() + " " + line.substring(0, Math.min(line.length(), 110)));
    return r.body();
  }

  @Test
  void serviceAnywhereInAQueryIsRefusedWith400AndNothingIsSent() throws Exception {
    String p = "<" + probe.url("probe") + ">";
    List<String> queries = List.of(
        "SELECT * WHERE { SERVICE " + p + " { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT " + p + " { ?s ?p ?o } }",
        "SELECT * WHERE { VALUES ?svc { " + p + " } SERVICE ?svc { ?s ?p ?o } }",
        "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE " + p + " { ?a ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE " + p + " { ?s ?p ?o } } } }",
        "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE " + p + " { ?a ?p ?o } } }",
        "SELECT * WHERE { BIND(NOT EXISTS { SERVICE " + p + " { ?s ?p ?o } } AS ?x) }",
        "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE " + p + " { ?s ?p ?o } } }",
        "ASK { SERVICE " + p + " { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + p + " { ?s ?p ?o } }",
        "DESCRIBE ?s WHERE { SERVICE " + p + " { ?s ?p ?o } }");
    for (String q : queries) {
      HttpResponse<String> r = Http.query(readOnly.sparqlUrl(), q);
      report("SERVICE (POST) " + q.substring(0, Math.min(q.length(), 40)), r);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(r.body()).as(q).contains("SERVICE").contains("--allow-service");
      HttpResponse<String> g = Http.get(readOnly.sparqlUrl() + "?query=" + enc(q));
      assertThat(g.statusCode()).as("GET " + q).isEqualTo(400);
      HttpResponse<String> b = Http.post(readOnly.sparqlUrl(), "application/sparql-query", q);
      assertThat(b.statusCode()).as("body " + q).isEqualTo(400);
    }
    // build --serve serves with the same defaults.
    assertThat(GeoServer.Config.defaults(0).allowService()).isFalse();
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void fromAndFromNamedAndTheProtocolsGraphParametersReadNothing() throws Exception {
    String p = probe.url("from");
    List<String> queries = List.of(
        "SELECT * FROM <" + p + "> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <" + p + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT * FROM <" + secretIri + "> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <" + secretIri + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT * WHERE { GRAPH <" + secretIri + "> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } FROM <" + secretIri + "> WHERE { ?s ?p ?o }");
    for (String q : queries) {
      String body = report("FROM " + q.substring(0, Math.min(q.length(), 40)), Http.query(readOnly.sparqlUrl(), q));
      assertThat(body).as(q).doesNotContain(SECRET);
    }
    String select = Http.form("query", "SELECT * WHERE { ?s ?p ?o }");
    for (String param : new String[] {"default-graph-uri", "named-graph-uri"}) {
      for (String target : new String[] {p, secretIri}) {
        HttpResponse<String> r = Http.get(readOnly.sparqlUrl() + "?" + select + "&" + param + "=" + enc(target));
        assertThat(report(param + "=" + target.substring(0, 5), r)).doesNotContain(SECRET);
      }
    }
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void graphStoreReadsOfAUrlOrAFileFindNothing() throws Exception {
    for (String ep : new String[] {"kg/get", "kg/data", "kg"}) {
      for (String g : new String[] {probe.url("gsp"), secretIri, "file:///etc/passwd"}) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(readOnly.url() + ep + "?graph=" + enc(g)))
            .header("Accept", "application/n-triples").GET());
        report("GSP " + ep + "?graph=" + g.substring(0, 5), r);
        assertThat(r.statusCode()).as(ep + " " + g).isEqualTo(404);
        assertThat(r.body()).doesNotContain(SECRET).doesNotContain("root:");
      }
    }
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void loadIsImpossibleWhileReadOnly() throws Exception {
    String load = "LOAD <" + probe.url("load") + ">";
    List<HttpResponse<String>> tries = List.of(
        Http.post(readOnly.url() + "kg/update", "application/sparql-update", load),
        Http.post(readOnly.url() + "kg", "application/sparql-update", load),
        Http.post(readOnly.sparqlUrl(), "application/sparql-update", load),
        Http.post(readOnly.url() + "kg", "application/x-www-form-urlencoded", Http.form("update", load)),
        Http.post(readOnly.sparqlUrl(), "application/x-www-form-urlencoded", Http.form("update", load)));
    for (HttpResponse<String> r : tries) {
      report("LOAD read-only " + r.uri().getPath(), r);
      assertThat(r.statusCode()).as(r.uri().toString()).isBetween(400, 499);
    }
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void withUpdateLoadAndServiceInUpdatesAreRefusedBeforeAnyOperationRuns() throws Exception {
    String updateUrl = update.url() + "kg/update";
    List<String> updates = List.of(
        "LOAD <" + probe.url("load") + ">",
        "LOAD SILENT <" + probe.url("load") + "> INTO GRAPH <urn:x-test:stolen>",
        "LOAD <" + secretIri + "> INTO GRAPH <urn:x-test:stolen>",
        "INSERT DATA { <urn:x-test:first> <urn:x-test:p> 1 } ; LOAD <" + secretIri + "> INTO GRAPH <urn:x-test:stolen>",
        "INSERT { GRAPH <urn:x-test:stolen> { ?s ?p ?o } } WHERE { SERVICE <" + probe.url("svc") + "> { ?s ?p ?o } }");
    for (String u : updates) {
      HttpResponse<String> r = Http.post(updateUrl, "application/sparql-update", u);
      report("UPDATE " + u.substring(0, Math.min(u.length(), 40)), r);
      assertThat(r.statusCode()).as(u).isEqualTo(400);
      HttpResponse<String> f = Http.post(updateUrl, "application/x-www-form-urlencoded", Http.form("update", u));
      assertThat(f.statusCode()).as("form " + u).isEqualTo(400);
    }
    String all = Http.query(update.sparqlUrl(), "SELECT * WHERE { { <urn:x-test:first> ?p ?o } UNION { GRAPH ?g { ?s ?q \"" + SECRET + "\" } } }").body();
    assertThat(all).doesNotContain("urn:x-test:first").doesNotContain(SECRET);
    // An ordinary update still works.
    assertThat(Http.post(updateUrl, "application/sparql-update", "INSERT DATA { <urn:x-test:ok> <urn:x-test:p> 1 }").statusCode())
        .isBetween(200, 299);
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void uploadedDataCannotPullInExternalEntitiesOrRemoteContexts() throws Exception {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [
          <!ENTITY file SYSTEM "%s">
          <!ENTITY http SYSTEM "%s">
        ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="urn:x-test:">
          <rdf:Description rdf:about="urn:x-test:xxe"><x:p>&file;&http;</x:p></rdf:Description>
        </rdf:RDF>
        """.formatted(secretIri, probe.url("xxe"));
    String jsonld = """
        {"@context": "%s", "@id": "urn:x-test:ld", "name": "x"}
        """.formatted(probe.url("context"));
    String turtle = "@base <" + probe.url("base") + "> . <a> <b> <c> .";
    String gsp = update.url() + "kg/data?graph=" + enc("urn:x-test:upload");
    report("GSP PUT RDF/XML with external entities", Http.put(gsp, "application/rdf+xml", xxe));
    report("GSP PUT JSON-LD with a remote @context", Http.put(gsp, "application/ld+json", jsonld));
    report("GSP PUT Turtle with @base on the probe", Http.put(gsp, "text/turtle", turtle));
    report("GSP POST JSON-LD with a remote @context", Http.post(gsp, "application/ld+json", jsonld));
    String stored = Http.get(gsp).body();
    assertThat(stored).doesNotContain(SECRET);
    assertThat(probe.received()).isEmpty();
  }

  @Test
  void controlWithAllowServiceTheProbeDoesSeeTheRequest() throws Exception {
    HttpResponse<String> r = Http.query(allowService.sparqlUrl(), "SELECT * WHERE { SERVICE <" + probe.url("probe") + "> { ?s ?p ?o } }");
    report("SERVICE with --allow-service", r);
    for (int i = 0; i < 50 && probe.received().isEmpty(); i++) {
      Thread.sleep(20);
    }
    System.out.println("OUTBOUND control: the probe received " + probe.received());
    assertThat(probe.received()).isNotEmpty();
    assertThat(probe.received().get(0)).contains("/probe");
  }
}
