package org.geokg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.export.SampleStore;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each cap of the endpoint with its status code, and authentication (401 without, 200 with). */
// A hung exchange fails its test instead of the build: the slowest test here takes about 10 s loaded.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LimitsAndAuthTest {
  static final long MAX_BODY = 64 * 1024;
  static final int MAX_QUERY = 2000;
  static final int MAX_CONCURRENT = 2;
  static final String CROSS_JOIN =
      "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-test:big> { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } }";

  @TempDir static Path dir;
  static GeoStore store;
  static GeoStore authStore;
  static GeoServer server;
  static GeoServer authServer;

  @BeforeAll
  static void start() throws Exception {
    StringBuilder big = new StringBuilder("GRAPH <urn:x-test:big> {\n");
    for (int i = 0; i < 3600; i++) {
      big.append("<urn:x-test:s").append(i / 60).append("> <urn:x-test:p> <urn:x-test:o").append(i).append("> .\n");
    }
    big.append("}\n");
    store = SampleStore.create(dir.resolve("store"), big.toString());
    server = GeoServer.start(TDB2Factory.connectDataset(store.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, false, 2, 100, false, MAX_BODY, MAX_QUERY, MAX_CONCURRENT, null));

    Path passwd = dir.resolve("passwd");
    // Jetty's realm format, as Fuseki's --passwd: plain and MD5 (md5 of "bob-secret").
    Files.writeString(passwd, "alice: alice-secret\nbob: MD5:" + md5("bob-secret") + "\n");
    authStore = SampleStore.create(dir.resolve("auth"));
    authServer = GeoServer.start(TDB2Factory.connectDataset(authStore.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, true, 5, 100, false, MAX_BODY, MAX_QUERY, MAX_CONCURRENT, passwd));
  }

  static String md5(String s) throws Exception {
    byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(d);
  }

  @AfterAll
  static void stop() {
    server.close();
    authServer.close();
    store.close();
    authStore.close();
  }

  @Test
  void aBodyOverTheCapIs413WithOrWithoutALength() throws Exception {
    String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat((int) MAX_BODY);
    HttpResponse<String> sized = Http.post(server.sparqlUrl(), "application/sparql-query", huge);
    byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
        .header("Content-Type", "application/sparql-query")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    HttpResponse<String> put = Http.put(server.url() + "kg/data?graph=urn:x-test:g", "text/turtle", huge);
    HttpResponse<String> form = Http.query(server.sparqlUrl(), huge);
    HttpResponse<String> chunkedForm = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(Http.form("query", huge).getBytes(StandardCharsets.UTF_8)))));
    System.out.println("BODY over " + MAX_BODY + " bytes -> HTTP " + sized.statusCode() + " (Content-Length), "
        + chunked.statusCode() + " (chunked), " + put.statusCode() + " (GSP PUT), " + form.statusCode() + " (form), "
        + chunkedForm.statusCode() + " (chunked form)");
    assertThat(sized.statusCode()).isEqualTo(413);
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(put.statusCode()).isEqualTo(413);
    assertThat(form.statusCode()).isEqualTo(413);
    assertThat(chunkedForm.statusCode()).isEqualTo(413);
    assertThat(Http.get(server.url() + "kg/get?graph=urn:x-test:g").statusCode()).isEqualTo(404);
  }

  /** Status line and headers of the next response on {@code in}, and its body skipped. */
  static String readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("connection closed after: " + head);
      }
      head.append((char) c);
    }
    Matcher m = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    if (m.find()) {
      in.readNBytes(Integer.parseInt(m.group(1)));
    }
    return head.toString();
  }

  /**
   * Sends {@code request}, then a ping on the same connection, the whole of the first written before
   * anything is read (as a client that streams its body does), and returns both responses' heads.
   */
  static List<String> thenPing(byte[] request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      // A thread of its own: the server may answer before it has read all, and the socket buffers are small.
      CompletableFuture<Void> sent = new CompletableFuture<>();
      Thread writer = new Thread(() -> {
        try {
          out.write(request);
          out.flush();
          sent.complete(null);
        } catch (IOException e) {
          sent.completeExceptionally(e);
        }
      });
      writer.setDaemon(true);
      writer.start();
      String first = readResponse(in);
      sent.get(20, TimeUnit.SECONDS);
      out.write(("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return List.of(first, readResponse(in));
    }
  }

  @Test
  void anOverCapBodyIsReadToItsEndBeforeThe413SoTheClientGetsItAndTheConnectionLives() throws Exception {
    byte[] body = "x".repeat((int) MAX_BODY * 3).getBytes(StandardCharsets.US_ASCII);
    byte[] sized = concat(("PUT /kg/data?graph=urn:x-test:g HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/turtle\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    List<String> afterSized = thenPing(sized);
    // Chunked: the cap is passed while the service reads, and the read that passes it drains the rest.
    String chunks = "8000\r\n" + "y".repeat(0x8000) + "\r\n";
    byte[] chunked = ("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n" + chunks.repeat(6) + "0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    List<String> afterChunked = thenPing(chunked);
    System.out.println("DRAIN " + body.length + " bytes announced -> " + afterSized.get(0).lines().findFirst().orElse("")
        + ", then " + afterSized.get(1).lines().findFirst().orElse("") + "; chunked -> "
        + afterChunked.get(0).lines().findFirst().orElse("") + ", then " + afterChunked.get(1).lines().findFirst().orElse(""));
    assertThat(afterSized.get(0)).startsWith("HTTP/1.1 413").doesNotContainIgnoringCase("connection: close");
    assertThat(afterSized.get(1)).startsWith("HTTP/1.1 200");
    assertThat(afterChunked.get(0)).startsWith("HTTP/1.1 413").doesNotContainIgnoringCase("connection: close");
    assertThat(afterChunked.get(1)).startsWith("HTTP/1.1 200");
  }

  @Test
  void aBodyFarPastTheCapIsRefusedWithoutBeingReadAndTheConnectionCloses() throws Exception {
    long announced = GeoServer.DRAIN_BYTES + MAX_BODY + 1;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      // Only the head: the server answers without waiting for a body it will not read.
      socket.getOutputStream().write(("PUT /kg/data?graph=urn:x-test:g HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: text/turtle\r\nContent-Length: " + announced + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String head = readResponse(socket.getInputStream());
      assertThat(head).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
    assertThat(Http.get(server.url() + "kg/get?graph=urn:x-test:g").statusCode()).isEqualTo(404);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void aQueryTextOverTheCapIs413AndALongUrlIsRefusedByJetty() throws Exception {
    String longQuery = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(MAX_QUERY);
    HttpResponse<String> form = Http.query(server.sparqlUrl(), longQuery);
    HttpResponse<String> body = Http.post(server.sparqlUrl(), "application/sparql-query", longQuery);
    HttpResponse<String> url = Http.get(server.sparqlUrl() + "?query=" + Http.enc(longQuery + "x".repeat(10_000)));
    System.out.println("QUERY over " + MAX_QUERY + " characters -> HTTP " + form.statusCode() + " (form), "
        + body.statusCode() + " (body); a 12 kB URL -> HTTP " + url.statusCode());
    assertThat(form.statusCode()).isEqualTo(413);
    assertThat(form.body()).contains("--max-query");
    assertThat(body.statusCode()).isEqualTo(413);
    assertThat(url.statusCode()).isIn(413, 414, 431);
    assertThat(Http.query(server.sparqlUrl(), "ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
  }

  @Test
  void beyondTheConcurrencyCapItIs503WithRetryAfter() throws Exception {
    // Threads of their own: the common pool may have a single thread on 2 cores.
    ExecutorService pool = Executors.newFixedThreadPool(MAX_CONCURRENT);
    List<CompletableFuture<Integer>> slow = new ArrayList<>();
    for (int i = 0; i < MAX_CONCURRENT; i++) {
      slow.add(CompletableFuture.supplyAsync(() -> {
        try {
          return Http.query(server.sparqlUrl(), CROSS_JOIN).statusCode();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, pool));
    }
    // The slow ones hold their places until the 2 s timeout: wait until both run.
    for (long end = System.nanoTime() + 10_000_000_000L; server.runningRequests() < MAX_CONCURRENT
        && System.nanoTime() < end; ) {
      Thread.sleep(10);
    }
    HttpResponse<String> more = Http.query(server.sparqlUrl(), "ASK { ?s ?p ?o }");
    HttpResponse<String> api = Http.get(server.url() + "api/graph");
    HttpResponse<String> ping = Http.get(server.url() + "$/ping");
    List<Integer> slowStatus = slow.stream().map(CompletableFuture::join).toList();
    pool.shutdown();
    // As in the regex test: a slot is released after its 503 is written, so wait for the count to drop
    // (one of 40 loaded runs read "after" as 503 without this).
    for (long end = System.nanoTime() + 10_000_000_000L; server.runningRequests() > 0 && System.nanoTime() < end; ) {
      Thread.sleep(20);
    }
    HttpResponse<String> after = Http.query(server.sparqlUrl(), "ASK { ?s ?p ?o }");
    System.out.println("CONCURRENCY cap " + MAX_CONCURRENT + ": slow queries -> " + slowStatus + "; one more -> HTTP "
        + more.statusCode() + " Retry-After: " + more.headers().firstValue("Retry-After").orElse("-")
        + "; /api/graph -> " + api.statusCode() + "; /$/ping -> " + ping.statusCode() + "; after -> " + after.statusCode());
    assertThat(slowStatus).containsOnly(503); // stopped by the 2 s timeout
    assertThat(more.statusCode()).isEqualTo(503);
    assertThat(more.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(after.statusCode()).isEqualTo(200);
  }

  @Test
  void aCatastrophicRegexIsStoppedLikeATimeoutAndOrdinaryOnesStillWork() throws Exception {
    String evil = "a".repeat(40) + "!";
    long start = System.nanoTime();
    // Java's engine memoises (a+)+ but not this: polynomial of degree 20 in the text's length.
    HttpResponse<String> regex = Http.query(server.sparqlUrl(), "ASK { FILTER(REGEX(\"" + evil + "\", \"(.*a){20}$\")) }");
    HttpResponse<String> matches = Http.query(server.sparqlUrl(),
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * WHERE { BIND(\"" + evil + "\" AS ?t)"
            + " FILTER(fn:matches(?t, \"(.*?a){20}$\")) }");
    HttpResponse<String> replace = Http.query(server.sparqlUrl(),
        "SELECT (REPLACE(\"" + evil + "\", \"(.*a){20}$\", \"x\") AS ?r) WHERE {}");
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("REGEX (.*a){20}$ on 40 a's and '!' -> HTTP %d, fn:matches -> %d, REPLACE -> %d; %.1f s for the three"
        + " (timeout 2 s each)%n", regex.statusCode(), matches.statusCode(), replace.statusCode(), seconds);
    assertThat(regex.statusCode()).isEqualTo(503);
    assertThat(matches.statusCode()).isEqualTo(503);
    assertThat(replace.statusCode()).isEqualTo(503);
    assertThat(seconds).isLessThan(30); // unbounded, one of them would run for hours
    // The filter releases its slot after the response is written, so a client can read the 503 a moment
    // before the count drops: wait for it (on a loaded machine this took over a second).
    for (long end = System.nanoTime() + 10_000_000_000L; server.runningRequests() > 0 && System.nanoTime() < end; ) {
      Thread.sleep(20);
    }
    assertThat(server.runningRequests()).isZero();

    HttpResponse<String> ok = Http.query(server.sparqlUrl(), "SELECT (REPLACE(\"Seoul and seoul\"@en, \"seoul\", \"Busan\", \"i\") AS ?r)"
        + " WHERE { FILTER(REGEX(\"South Korea\", \"korea$\", \"i\")) }");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"Busan and Busan\"").contains("\"xml:lang\": \"en\"");
    HttpResponse<String> no = Http.query(server.sparqlUrl(), "ASK { FILTER(REGEX(\"South Korea\", \"^korea\", \"i\")) }");
    assertThat(no.body()).contains("false");
  }

  static HttpResponse<String> as(String user, String password, HttpRequest.Builder req) throws Exception {
    if (user != null) {
      req.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return Http.send(req);
  }

  @Test
  void withAuthEveryRouteIs401WithoutCredentialsAnd200With() throws Exception {
    String base = authServer.url();
    String ask = "?query=" + Http.enc("ASK {}");
    List<String> routes = List.of("kg/sparql" + ask, "kg/query" + ask, "kg" + ask, "kg/get?default",
        "kg/data?default", "api/queries", "api/graph", "$/ping", "", "index.html", "no-such-page");
    for (String route : routes) {
      HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + route)).GET();
      HttpResponse<String> anonymous = as(null, null, get);
      HttpResponse<String> wrong = as("alice", "guess", HttpRequest.newBuilder(URI.create(base + route)).GET());
      HttpResponse<String> alice = as("alice", "alice-secret", HttpRequest.newBuilder(URI.create(base + route)).GET());
      HttpResponse<String> bob = as("bob", "bob-secret", HttpRequest.newBuilder(URI.create(base + route)).GET());
      System.out.println("AUTH /" + route + " -> " + anonymous.statusCode() + " without, " + wrong.statusCode()
          + " wrong password, " + alice.statusCode() + " alice (plain), " + bob.statusCode() + " bob (MD5)");
      assertThat(anonymous.statusCode()).as(route).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(route).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
      assertThat(anonymous.body()).as(route).doesNotContain("South Korea");
      assertThat(wrong.statusCode()).as(route).isEqualTo(401);
      assertThat(alice.statusCode()).as(route).isNotEqualTo(401).isNotEqualTo(403);
      assertThat(bob.statusCode()).as(route).isEqualTo(alice.statusCode());
    }
    assertThat(as("alice", "alice-secret", HttpRequest.newBuilder(URI.create(base + "kg/sparql" + ask)).GET()).statusCode())
        .isEqualTo(200);
    // Writes too, and no CORS with authentication.
    String insert = "INSERT DATA { <urn:x-test:a> <urn:x-test:b> 1 }";
    assertThat(as(null, null, HttpRequest.newBuilder(URI.create(base + "kg/update"))
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert))).statusCode())
        .isEqualTo(401);
    assertThat(as("alice", "alice-secret", HttpRequest.newBuilder(URI.create(base + "kg/update"))
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert))).statusCode())
        .isBetween(200, 299);
    HttpResponse<String> cors = as("alice", "alice-secret", HttpRequest.newBuilder(URI.create(base + "kg/sparql" + ask))
        .header("Origin", "http://elsewhere.example").GET());
    assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aWriteFromAPageOfAnotherSiteIsRefused() throws Exception {
    String auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice-secret".getBytes(StandardCharsets.UTF_8));
    String drop = Http.form("update", "INSERT DATA { <urn:x-test:csrf> <urn:x-test:p> 1 }");
    HttpResponse<String> foreign = Http.send(HttpRequest.newBuilder(URI.create(authServer.url() + "kg/update"))
        .header("Authorization", auth).header("Origin", "http://evil.example")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(drop)));
    HttpResponse<String> foreignRoot = Http.send(HttpRequest.newBuilder(URI.create(authServer.url() + "kg"))
        .header("Authorization", auth).header("Origin", "null")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(drop)));
    String self = authServer.url().substring(0, authServer.url().length() - 1);
    HttpResponse<String> same = Http.send(HttpRequest.newBuilder(URI.create(authServer.url() + "kg/update"))
        .header("Authorization", auth).header("Origin", self)
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(
            "INSERT DATA { <urn:x-test:same> <urn:x-test:p> 1 }")));
    HttpResponse<String> query = Http.send(HttpRequest.newBuilder(URI.create(authServer.sparqlUrl()))
        .header("Authorization", auth).header("Origin", "http://notebook.example")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(Http.form("query", "ASK { <urn:x-test:csrf> ?p ?o }"))));
    System.out.println("CSRF update from another site -> HTTP " + foreign.statusCode() + "; to /kg with Origin null -> "
        + foreignRoot.statusCode() + "; same origin -> " + same.statusCode() + "; a query from another site -> "
        + query.statusCode() + " " + query.body().replaceAll("\\s+", " "));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreignRoot.statusCode()).isEqualTo(403);
    assertThat(same.statusCode()).isBetween(200, 299);
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(query.body()).contains("false");
  }

  @Test
  void updateOnAHostOtherThanLoopbackNeedsAuth() throws Exception {
    assertThatThrownBy(() -> GeoServer.start(TDB2Factory.connectDataset(store.location().toString()),
        new GeoServer.Config("0.0.0.0", 0, true, 5, 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--auth");
    assertThatThrownBy(() -> GeoServer.start(TDB2Factory.connectDataset(store.location().toString()),
        new GeoServer.Config("127.0.0.1", 0, false, 5, 100, false, MAX_BODY, MAX_QUERY, 1, dir.resolve("missing"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
    assertThat(new GeoServer.Config("127.0.0.1", 0, true, 5, 100).loopback()).isTrue();
    assertThat(new GeoServer.Config("::1", 0, true, 5, 100).loopback()).isTrue();
    assertThat(new GeoServer.Config("0.0.0.0", 0, true, 5, 100).loopback()).isFalse();
  }
}
