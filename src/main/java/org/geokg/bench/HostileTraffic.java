package org.geokg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded run of hostile requests against a geokg endpoint on 127.0.0.1, from a few concurrent
 * clients: malformed queries, bad encodings, bodies and query texts over the caps, deep nesting, slow
 * cross joins, catastrophically backtracking regular expressions, attempts at outbound requests (SERVICE, LOAD, FROM, Graph Store names) aimed at a
 * {@link LoopbackProbe}, Graph Store writes to a read-only server, path tricks, and raw junk on the
 * socket (bad request lines, header floods, short bodies). Between the ordinary queries that are
 * mixed in, nothing is expected to succeed; what is measured is that the server survives: the
 * statuses by kind, client-side errors, whether anything reached the probe, the time of an ordinary
 * query before and after, and the heap in use (after GC) before and after, when the server runs in
 * this JVM.
 *
 * <p>The endpoint must be on 127.0.0.1 (the constructor refuses anything else), and the run is
 * bounded by a request count and a time limit.
 */
public final class HostileTraffic {
  /** What to run: request count, concurrent clients, random seed, and the time limit. */
  public record Options(int requests, int clients, long seed, Duration timeLimit, long maxBody, int maxQuery) {
    public Options {
      if (requests < 1 || clients < 1 || clients > 8) {
        throw new IllegalArgumentException("requests must be at least 1 and clients 1-8");
      }
    }
  }

  /** What came of it. {@code statusByKind}: kind, then HTTP status (0: client-side error) to count. */
  public record Result(int sent, SortedMap<Integer, Long> byStatus, Map<String, SortedMap<Integer, Long>> statusByKind,
      SortedMap<String, Long> errors, List<String> outbound, double seconds, double normalBeforeMillis,
      double normalAfterMillis, int statusAfter, long heapBeforeMb, long heapAfterMb) {

    /** The figures as printed by {@code geokg bench-hostile}. */
    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("hostile traffic: %,d requests in %.1f s%n", sent, seconds));
      b.append("  by status: ").append(byStatus).append('\n');
      statusByKind.forEach((k, v) -> b.append(String.format("  %-14s %s%n", k, v)));
      b.append("  client-side errors (status 0): ").append(errors.isEmpty() ? "none" : errors).append('\n');
      b.append("  requests that reached the loopback probe: ").append(outbound.size()).append('\n');
      b.append(String.format("  ordinary query: median %.1f ms before, %.1f ms after; status after: %d%n",
          normalBeforeMillis, normalAfterMillis, statusAfter));
      b.append(String.format("  heap in use after GC: %d MB before, %d MB after%n", heapBeforeMb, heapAfterMb));
      return b.toString();
    }
  }

  /** An ordinary query of the geokg store: the states and their labels. */
  public static final String NORMAL = "SELECT ?s ?label WHERE { ?s a <https://w3id.org/geokg/ontology#State> ;"
      + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5";
  /** A cross join of the whole store with itself three times: only the query timeout ends it. */
  public static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

  private final URI base;
  private final String sparql;
  private final Options options;
  private final LoopbackProbe probe;
  private final int port;

  /**
   * @param base the server's root URL, e.g. {@code http://127.0.0.1:3030/} (127.0.0.1 only)
   * @param options what to run
   * @param probe the listener that outbound attempts name
   */
  public HostileTraffic(String base, Options options, LoopbackProbe probe) {
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
    if (!"127.0.0.1".equals(this.base.getHost())) {
      throw new IllegalArgumentException("hostile traffic goes to 127.0.0.1 only, not " + this.base.getHost());
    }
    this.port = this.base.getPort();
    this.sparql = this.base + "kg/sparql";
    this.options = options;
    this.probe = probe;
  }

  /** Runs it. */
  public Result run() throws Exception {
    HttpClient warm = client();
    double before = normalMedian(warm);
    long heapBefore = heapAfterGcMb();
    Map<String, SortedMap<Integer, Long>> byKind = new ConcurrentHashMap<>();
    Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + options.timeLimit().toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(options.clients());
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < options.clients(); c++) {
      int clientId = c;
      clients.add(pool.submit(() -> {
        Random random = new Random(options.seed() * 31 + clientId);
        HttpClient http = client();
        int i;
        while ((i = next.getAndIncrement()) < options.requests() && System.nanoTime() < deadline) {
          Kind kind = Kind.pick(random);
          int status;
          try {
            status = send(kind, random, http);
          } catch (IOException | RuntimeException e) {
            status = 0;
            String msg = String.valueOf(e.getMessage());
            errors.computeIfAbsent(kind.name().toLowerCase() + ": " + e.getClass().getSimpleName() + " ("
                + msg.substring(0, Math.min(msg.length(), 40)) + ")", k -> new LongAdder()).increment();
            http = client(); // a connection the server closed can poison the client's pool
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          byKind.computeIfAbsent(kind.name().toLowerCase(), k -> new ConcurrentSkipListMap<>())
              .merge(status, 1L, Long::sum);
        }
      }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    // Let what the run started (queries stopped by the timeout) finish before measuring.
    Thread.sleep(500);
    HttpClient after = client();
    int statusAfter = post(after, form("query", NORMAL)).statusCode();
    double afterMillis = normalMedian(after);
    long heapAfter = heapAfterGcMb();
    SortedMap<Integer, Long> byStatus = new TreeMap<>();
    byKind.values().forEach(m -> m.forEach((s, n) -> byStatus.merge(s, n, Long::sum)));
    SortedMap<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
    int sent = byStatus.values().stream().mapToInt(Long::intValue).sum();
    return new Result(sent, byStatus, new TreeMap<>(byKind), errorCounts, probe.received(), seconds, before,
        afterMillis, statusAfter, heapBefore, heapAfter);
  }

  /** The kinds of request, with their weights in the mix. */
  enum Kind {
    NORMAL(25), MALFORMED(15), BAD_ENCODING(10), HUGE_BODY(3), HUGE_QUERY(4), DEEP_NESTING(4), CROSS_JOIN(1),
    OUTBOUND(10), GRAPH_STORE(6), PAGES(6), RAW_JUNK(8), MANY_PARAMS(3), SLOW_HEADERS(1), REGEX_BACKTRACKING(1);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    static final int TOTAL = Arrays.stream(values()).mapToInt(k -> k.weight).sum();

    static Kind pick(Random random) {
      int r = random.nextInt(TOTAL);
      for (Kind k : values()) {
        r -= k.weight;
        if (r < 0) {
          return k;
        }
      }
      throw new AssertionError();
    }
  }

  private int send(Kind kind, Random random, HttpClient http) throws IOException, InterruptedException {
    return switch (kind) {
      case NORMAL -> post(http, form("query", NORMAL)).statusCode();
      case MALFORMED -> malformed(random, http);
      case BAD_ENCODING -> badEncoding(random, http);
      case HUGE_BODY -> postBytes(http, "application/sparql-query",
          ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat((int) options.maxBody() + 1024)).getBytes(StandardCharsets.UTF_8));
      case HUGE_QUERY -> post(http, form("query", "ASK {} #" + "y".repeat(options.maxQuery()))).statusCode();
      case DEEP_NESTING -> deep(random, http);
      case CROSS_JOIN -> post(http, form("query", CROSS_JOIN)).statusCode();
      case OUTBOUND -> outbound(random, http);
      case GRAPH_STORE -> graphStore(random, http);
      case PAGES -> get(http, List.of("", "api/queries", "api/graph", "$/ping", "..%2f..%2fetc%2fpasswd",
          "kg/%2e%2e/%2e%2e/etc/passwd", "index.html%00.txt", "no/such/page", "api/graph?x=" + "z".repeat(2000))
          .get(random.nextInt(9))).statusCode();
      case RAW_JUNK -> raw(random);
      case MANY_PARAMS -> {
        StringBuilder b = new StringBuilder(form("query", "ASK {}"));
        for (int i = 0; i < 5000; i++) {
          b.append("&p").append(i).append("=v");
        }
        yield post(http, b.toString()).statusCode();
      }
      case SLOW_HEADERS -> slowHeaders();
      // Polynomial backtracking of degree 20: hours in one match without the regex budget.
      case REGEX_BACKTRACKING -> post(http, form("query",
          "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"(.*a){20}$\")) }")).statusCode();
    };
  }

  private int malformed(Random random, HttpClient http) throws IOException, InterruptedException {
    List<String> bodies = List.of(
        form("query", NORMAL.substring(0, random.nextInt(NORMAL.length()))),
        form("query", "SELECT * WHERE { ?s ?p }"),
        form("query", "SELEKT ?x WHERE { ?x ?y ?z }"),
        form("query", "SELECT * WHERE { ?s ?p ?o FILTER(?o > ) }"),
        form("query", "PREFIX : <no closing bracket SELECT * {}"),
        form("query", randomText(random, 200)),
        form("query", ""),
        "noquery=1",
        form("query", "ASK {}") + "&" + form("query", "ASK {}"),
        form("query", "ASK {}") + "&timeout=-7&format=%%%");
    int which = random.nextInt(bodies.size() + 2);
    if (which == bodies.size()) {
      return postBytes(http, "text/plain", "ASK {}".getBytes(StandardCharsets.UTF_8));
    }
    if (which == bodies.size() + 1) {
      return postBytes(http, "application/sparql-query", randomText(random, 500).getBytes(StandardCharsets.UTF_8));
    }
    return post(http, bodies.get(which)).statusCode();
  }

  private int badEncoding(Random random, HttpClient http) throws IOException, InterruptedException {
    byte[][] bad = {
      {(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}};
    byte[] b = bad[random.nextInt(bad.length)];
    byte[] head = "SELECT * WHERE { ?s ?p \"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\" }".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + b.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(b, 0, body, head.length, b.length);
    System.arraycopy(tail, 0, body, head.length + b.length, tail.length);
    return switch (random.nextInt(4)) {
      case 0 -> postBytes(http, "application/sparql-query", body);
      case 1 -> post(http, "query=SELECT%20*%20WHERE%20%7B%20?s%20?p%20%22%C3%28%E0%80%80%22%20%7D").statusCode();
      case 2 -> post(http, "query=%ZZ%G1&%").statusCode();
      default -> rawRequest("GET /kg/sparql?query=%ZZ%C3%28 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    };
  }

  private int deep(Random random, HttpClient http) throws IOException, InterruptedException {
    int n = 2000 + random.nextInt(6000);
    String q = switch (random.nextInt(3)) {
      case 0 -> "SELECT * WHERE " + "{".repeat(n) + "}".repeat(n);
      case 1 -> "ASK { FILTER(" + "(".repeat(n) + "1" + ")".repeat(n) + ") }";
      default -> "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(n / 20) + "}".repeat(n / 20) + "}";
    };
    return post(http, form("query", q)).statusCode();
  }

  private int outbound(Random random, HttpClient http) throws IOException, InterruptedException {
    String p = "<" + probe.url("hostile") + ">";
    return switch (random.nextInt(6)) {
      case 0 -> post(http, form("query", "SELECT * WHERE { SERVICE " + p + " { ?s ?p ?o } }")).statusCode();
      case 1 -> post(http, form("query", "SELECT * WHERE { VALUES ?u { " + p + " } SERVICE ?u { ?s ?p ?o } }")).statusCode();
      case 2 -> post(http, form("query", "SELECT * FROM " + p + " FROM NAMED <file:///etc/passwd> WHERE { ?s ?p ?o }"))
          .statusCode();
      case 3 -> postTo(http, base + "kg/update", "application/sparql-update", "LOAD " + p).statusCode();
      case 4 -> postTo(http, base + "kg", "application/x-www-form-urlencoded", form("update", "LOAD " + p)).statusCode();
      default -> get(http, "kg/get?graph=" + URLEncoder.encode(probe.url("gsp"), StandardCharsets.UTF_8)).statusCode();
    };
  }

  private int graphStore(Random random, HttpClient http) throws IOException, InterruptedException {
    URI data = base.resolve("kg/data?graph=" + URLEncoder.encode("urn:x-hostile:" + random.nextInt(100), StandardCharsets.UTF_8));
    HttpRequest.Builder r = HttpRequest.newBuilder(data).timeout(Duration.ofSeconds(30));
    return switch (random.nextInt(4)) {
      case 0 -> http.send(r.header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> ."))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      case 1 -> http.send(r.DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      case 2 -> http.send(r.header("Content-Type", "application/ld+json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"@context\": \"" + probe.url("ctx") + "\"}")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
      default -> get(http, "kg/get?graph=" + URLEncoder.encode("file:///etc/passwd", StandardCharsets.UTF_8)).statusCode();
    };
  }

  private int raw(Random random) throws IOException {
    String host = "Host: 127.0.0.1\r\n";
    return switch (random.nextInt(6)) {
      case 0 -> rawRequest(randomText(random, 300) + "\r\n\r\n");
      case 1 -> rawRequest("GET / HTTP/9.9\r\n" + host + "\r\n");
      case 2 -> rawRequest("GET /kg/sparql?query=ASK%7B%7D HTTP/1.1\r\n" + host
          + ("X-Flood: " + "h".repeat(100) + "\r\n").repeat(200) + "Connection: close\r\n\r\n");
      case 3 -> rawRequest("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
      case 4 -> rawRequest("POST /kg/sparql HTTP/1.1\r\n" + host + "Content-Type: application/sparql-query\r\n"
          + "Content-Length: 100\r\nConnection: close\r\n\r\nASK {}", true);
      default -> rawRequest("POST /kg/sparql HTTP/1.1\r\n" + host + "Content-Type: application/sparql-query\r\n"
          + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\nzz\r\nASK {}\r\n0\r\n\r\n");
    };
  }

  /** Sends the headers a byte at a time with pauses, then gives up: bounded to about a second. */
  private int slowHeaders() throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      for (byte b : "GET /kg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 1".getBytes(StandardCharsets.US_ASCII)) {
        out.write(b);
        out.flush();
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return 0; // abandoned before the request was whole: no status by design
    }
  }

  private int rawRequest(String request) throws IOException {
    return rawRequest(request, false);
  }

  /** Writes {@code request} on a new connection and reads the status; {@code halfClose}: then stop sending. */
  private int rawRequest(String request, boolean halfClose) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      if (halfClose) {
        s.shutdownOutput();
      }
      InputStream in = s.getInputStream();
      byte[] head = in.readNBytes(12);
      String line = new String(head, StandardCharsets.ISO_8859_1);
      if (line.startsWith("HTTP/1.1 ") && line.length() == 12) {
        return Integer.parseInt(line.substring(9, 12));
      }
      return 0;
    }
  }

  private static String randomText(Random random, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) (32 + random.nextInt(95)));
    }
    return b.toString();
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<Void> post(HttpClient http, String formBody) throws IOException, InterruptedException {
    return postTo(http, sparql, "application/x-www-form-urlencoded", formBody);
  }

  private HttpResponse<Void> postTo(HttpClient http, String url, String type, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", type).header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
  }

  private int postBytes(HttpClient http, String type, byte[] body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(sparql)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private HttpResponse<Void> get(HttpClient http, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  /** The median time of 21 ordinary queries, in milliseconds. */
  private double normalMedian(HttpClient http) throws IOException, InterruptedException {
    double[] t = new double[21];
    for (int i = 0; i < t.length; i++) {
      long s = System.nanoTime();
      int status = post(http, form("query", NORMAL)).statusCode();
      t[i] = (System.nanoTime() - s) / 1e6;
      if (status != 200) {
        throw new IllegalStateException("an ordinary query answered HTTP " + status);
      }
    }
    Arrays.sort(t);
    return t[t.length / 2];
  }

  /** The heap in use after asking for a full GC a few times, in MB. */
  public static long heapAfterGcMb() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
