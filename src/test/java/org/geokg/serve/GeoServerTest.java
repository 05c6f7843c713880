package org.geokg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.export.SampleStore;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint over HTTP on loopback: select, read-only, timeout, result cap, CORS, the page's JSON. */
class GeoServerTest {
  static final String PREFIXES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX state: <https://w3id.org/geokg/id/state/>
      """;
  static final int MAX_RESULTS = 50;

  @TempDir static Path dir;
  static GeoStore store;
  static GeoServer server;

  @BeforeAll
  static void start() {
    // 60 x 60 triples in a graph of their own: a three-way cross join over them (4.7e10 rows) can
    // only end by the timeout.
    StringBuilder big = new StringBuilder("GRAPH <urn:x-test:big> {\n");
    for (int i = 0; i < 3600; i++) {
      big.append("<urn:x-test:s").append(i / 60).append("> <urn:x-test:p> <urn:x-test:o").append(i).append("> .\n");
    }
    big.append("}\n");
    store = SampleStore.create(dir.resolve("store"), big.toString());
    Dataset ds = TDB2Factory.connectDataset(store.location().toString());
    server = GeoServer.start(ds, new GeoServer.Config("127.0.0.1", 0, false, 1, MAX_RESULTS));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder req) throws Exception {
    return Http.send(req);
  }

  static HttpResponse<String> select(String query) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8))));
  }

  static JsonArray bindings(HttpResponse<String> r) {
    return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
  }

  @Test
  void selectOverHttpAnswersJsonFromTheUnionOfTheGraphs() throws Exception {
    HttpResponse<String> r = select("SELECT ?ally ?label WHERE { state:USA gk:alliedWith ?ally . ?ally rdfs:label ?label }"
        .replace("rdfs:label", "<http://www.w3.org/2000/01/rdf-schema#label>"));
    System.out.println("SELECT -> HTTP " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse(""));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
    JsonArray rows = bindings(r);
    assertThat(rows).hasSize(1);
    JsonObject row = rows.get(0).getAsObject();
    // The ally is in the document's graph, its label in graph:reference: only the union has both.
    assertThat(row.get("ally").getAsObject().get("value").getAsString().value())
        .isEqualTo("https://w3id.org/geokg/id/state/KOR");
    assertThat(row.get("label").getAsObject().get("value").getAsString().value()).isEqualTo("South Korea");
  }

  @Test
  void updatesAreRefusedWhileReadOnly() throws Exception {
    String insert = "INSERT DATA { <urn:x-test:a> <urn:x-test:b> <urn:x-test:c> }";
    HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
    HttpResponse<String> dataset = send(HttpRequest.newBuilder(URI.create(server.url() + "kg"))
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)));
    HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?graph=urn:x-test:g"))
        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
    System.out.println("UPDATE /kg/update -> HTTP " + update.statusCode() + "; /kg -> HTTP " + dataset.statusCode()
        + "; PUT /kg/data -> HTTP " + put.statusCode());
    assertThat(update.statusCode()).isBetween(400, 499);
    assertThat(dataset.statusCode()).isBetween(400, 499);
    assertThat(put.statusCode()).isBetween(400, 499);
    assertThat(bindings(select("SELECT * { <urn:x-test:a> ?p ?o }"))).isEmpty();
  }

  @Test
  void graphStoreReadsWork() throws Exception {
    String g = URLEncoder.encode("https://w3id.org/geokg/id/graph/reference", StandardCharsets.UTF_8);
    for (String ep : new String[] {"kg/get", "kg/data"}) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url() + ep + "?graph=" + g))
          .header("Accept", "application/n-triples").GET());
      assertThat(r.statusCode()).as(ep).isEqualTo(200);
      assertThat(r.body()).as(ep).contains("\"South Korea\"");
    }
  }

  @Test
  void aQueryOverTheTimeLimitIsStopped() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-test:big> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } }");
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("TIMEOUT -> HTTP %d after %.2f s (limit 1 s)%n", r.statusCode(), seconds);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(seconds).isLessThan(10);
  }

  @Test
  void resultsAreCapped() throws Exception {
    HttpResponse<String> all = select("SELECT * WHERE { GRAPH <urn:x-test:big> { ?s ?p ?o } }");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(bindings(all)).hasSize(MAX_RESULTS);
    assertThat(all.headers().firstValue(CappedQueryService.HEADER)).hasValue(Integer.toString(MAX_RESULTS));
    HttpResponse<String> few = select("SELECT * WHERE { GRAPH <urn:x-test:big> { ?s ?p ?o } } LIMIT 7");
    assertThat(bindings(few)).hasSize(7);
    assertThat(few.headers().firstValue(CappedQueryService.HEADER)).isEmpty();
    System.out.println("CAP -> " + bindings(all).size() + " rows without LIMIT (cap " + MAX_RESULTS + "), 7 with LIMIT 7");
  }

  @Test
  void corsHeadersAreSent() throws Exception {
    String q = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + q))
        .header("Origin", "http://notebook.example").header("Accept", "application/sparql-results+json").GET());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    System.out.println("CORS -> Access-Control-Allow-Origin: " + r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }

  @Test
  void pingQueriesGraphAndPage() throws Exception {
    assertThat(send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).GET()).statusCode()).isEqualTo(200);

    HttpResponse<String> q = send(HttpRequest.newBuilder(URI.create(server.url() + "api/queries")).GET());
    assertThat(q.statusCode()).isEqualTo(200);
    JsonObject queries = JSON.parse(q.body());
    assertThat(queries.get("queries").getAsArray()).isNotEmpty();
    assertThat(queries.get("prefixes").getAsObject().get("gk").getAsString().value())
        .isEqualTo("https://w3id.org/geokg/ontology#");

    HttpResponse<String> g = send(HttpRequest.newBuilder(URI.create(server.url() + "api/graph")).GET());
    assertThat(g.statusCode()).isEqualTo(200);
    assertThat(g.body()).contains("alliedWith").contains(SampleStore.ALLIANCE_SENTENCE).contains(SampleStore.DOCUMENT);

    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.url())).GET());
    boolean built = GeoServer.class.getClassLoader().getResource(WebResourceServlet.FOLDER + "/index.html") != null;
    assertThat(page.statusCode()).isEqualTo(built ? 200 : 404);
    HttpResponse<String> escape = send(HttpRequest.newBuilder(URI.create(server.url() + "..%2Fgeokg%2Fontology%2Fgeokg.ttl")).GET());
    assertThat(escape.statusCode()).isGreaterThanOrEqualTo(400);
  }
}
