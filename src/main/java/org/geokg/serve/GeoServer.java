package org.geokg.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.geokg.query.SavedQueries;

/**
 * The SPARQL endpoint and the page: an embedded Fuseki over the store's dataset.
 *
 * <ul>
 *   <li>{@code /kg/sparql}, {@code /kg/query} and {@code /kg}: SPARQL 1.1 query over the union of
 *       the named graphs, stopped after the timeout (503) and capped at {@code maxResults}
 *       solutions (see {@link CappedQueryService});
 *   <li>{@code /kg/get}, {@code /kg/data}: Graph Store Protocol, read only unless {@code update};
 *   <li>{@code /kg/update} and writes through {@code /kg/data} and {@code /kg}: only with {@code update};
 *   <li>{@code /$/ping}, {@code /api/queries}, {@code /api/graph}, {@code /api/map}, and the page at {@code /}.
 * </ul>
 *
 * <p>Safe to expose (see RELIABILITY.md, "Security of the endpoint"): no query or update makes the
 * server read a URL or a file unless {@code allowService} ({@link OutboundGuard}); request bodies
 * over {@code maxBodyBytes} are refused with 413 ({@link DrainingSizeLimitHandler}, which reads
 * the rest of the body first so that the client receives the answer, and {@link RequestReadFilter}
 * for chunked ones), query texts over
 * {@code maxQueryChars} with 413, and more than {@code maxConcurrent} requests at once to
 * {@code /kg/*} and {@code /api/*} with 503 and {@code Retry-After} ({@link ConcurrencyLimitFilter});
 * with an {@code authFile} every route needs HTTP Basic authentication (Fuseki's password file), and
 * {@code update} on an interface other than loopback is refused without one; with {@code update},
 * writes sent by a browser from another site are refused ({@link CrossSiteWriteFilter}).
 *
 * <p>CORS is on (any origin, Fuseki's defaults) so that notebooks and browser tools can query it,
 * except with authentication: a browser would otherwise send a logged-in user's credentials on
 * another site's behalf.
 */
public final class GeoServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/kg";
  /**
   * The most bytes past the body cap read and discarded before a 413 (at least the cap itself):
   * enough that a client sending somewhat over the cap receives its 413 rather than a reset.
   */
  static final long DRAIN_BYTES = 1L << 20;

  /** Default cap on a request body: 1 MiB (Fuseki's own cap on an HTML form). */
  public static final long DEFAULT_MAX_BODY = 1L << 20;
  /** Default cap on the text of a query: 100,000 characters. */
  public static final int DEFAULT_MAX_QUERY = 100_000;
  /** Default cap on requests running at once through {@code /kg/*} and {@code /api/*}. */
  public static final int DEFAULT_MAX_CONCURRENT = 4;

  /**
   * How to serve.
   *
   * @param host the interface to listen on ({@code 127.0.0.1}; {@code 0.0.0.0} for all)
   * @param port the port; 0 picks a free one
   * @param update whether SPARQL Update and Graph Store writes are allowed
   * @param timeoutSeconds the query timeout in seconds; 0 or less: none
   * @param maxResults the most solutions a query returns; 0 or less: no cap
   * @param allowService whether SERVICE and LOAD may make the server send requests
   * @param maxBodyBytes the largest request body, in bytes; 0 or less: no cap
   * @param maxQueryChars the longest query text; 0 or less: no cap
   * @param maxConcurrent the most requests at once through {@code /kg/*} and {@code /api/*}
   * @param authFile a password file in Jetty's format (as Fuseki's {@code --passwd}), or null: no
   *     authentication
   */
  public record Config(String host, int port, boolean update, double timeoutSeconds, long maxResults,
      boolean allowService, long maxBodyBytes, int maxQueryChars, int maxConcurrent, Path authFile) {
    public Config {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (maxConcurrent < 1) {
        throw new IllegalArgumentException("the concurrency cap must be at least 1, not " + maxConcurrent);
      }
    }

    /** The default caps, no SERVICE, no authentication. */
    public Config(String host, int port, boolean update, double timeoutSeconds, long maxResults) {
      this(host, port, update, timeoutSeconds, maxResults, false, DEFAULT_MAX_BODY, DEFAULT_MAX_QUERY,
          DEFAULT_MAX_CONCURRENT, null);
    }

    /** Read-only on loopback, 30 s, 10,000 results, the default caps, on {@code port}. */
    public static Config defaults(int port) {
      return new Config("127.0.0.1", port, false, 30, 10_000);
    }

    /** Whether {@link #host()} is a loopback interface (only this machine can connect). */
    public boolean loopback() {
      if (host.equals("localhost")) {
        return true;
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("unknown host " + host, e);
      }
    }
  }

  private final FusekiServer server;
  private final Config config;
  private final ConcurrencyLimitFilter concurrency;

  private GeoServer(FusekiServer server, Config config, ConcurrencyLimitFilter concurrency) {
    this.server = server;
    this.config = config;
    this.concurrency = concurrency;
  }

  /** The requests running now through {@code /kg/*} and {@code /api/*} (for tests). */
  int runningRequests() {
    return concurrency.running();
  }

  /**
   * Starts serving {@code dataset} (a TDB2 dataset: its context gets the union default graph, the
   * query timeout and {@link OutboundGuard}'s settings).
   *
   * @throws IllegalArgumentException when {@code update} is on for a host other than loopback
   *     without an {@code authFile}, or the {@code authFile} cannot be read
   */
  public static GeoServer start(Dataset dataset, Config config) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(config, "config");
    boolean loopback = config.loopback();
    if (config.update() && !loopback && config.authFile() == null) {
      throw new IllegalArgumentException("--update on " + config.host() + " lets anyone who can reach it"
          + " change the store: give --auth FILE, or serve on 127.0.0.1");
    }
    if (config.authFile() != null && !Files.isReadable(config.authFile())) {
      throw new IllegalArgumentException("--auth " + config.authFile() + ": no such readable file");
    }
    DatasetGraph dsg = dataset.asDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    if (config.allowService()) {
      OutboundGuard.allowService(dsg.getContext());
    } else {
      OutboundGuard.lockDown(dsg.getContext());
    }
    if (config.timeoutSeconds() > 0) {
      // Fuseki reads it from the dataset's context; it also caps a client's own timeout= parameter.
      dsg.getContext().set(ARQ.queryTimeout, Long.toString(Math.round(config.timeoutSeconds() * 1000)));
    }

    DataService.Builder service = DataService.newBuilder(dsg)
        .addEndpoint(Operation.Query)
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.Query, "query")
        .addEndpoint(Operation.GSP_R, "get");
    if (config.update()) {
      service.addEndpoint(Operation.Update)
          .addEndpoint(Operation.Update, "update")
          .addEndpoint(Operation.GSP_RW)
          .addEndpoint(Operation.GSP_RW, "data");
    } else {
      service.addEndpoint(Operation.GSP_R)
          .addEndpoint(Operation.GSP_R, "data");
    }

    // One filter on both paths: one count of the requests running.
    ConcurrencyLimitFilter concurrency = new ConcurrencyLimitFilter(config.maxConcurrent());
    FusekiServer.Builder builder = FusekiServer.create()
        .port(config.port())
        .loopback(loopback)
        .registerOperation(Operation.Query,
            new CappedQueryService(config.maxResults(), config.maxQueryChars(), config.allowService(),
                Math.round(config.timeoutSeconds() * 1000)))
        .registerOperation(Operation.Update,
            config.allowService() ? new SPARQL_Update() : new GuardedUpdateService())
        .add(DATASET, service.build())
        .enablePing(true)
        .addFilter("/*", new RequestReadFilter(config.maxBodyBytes()))
        .addFilter(DATASET + "/*", concurrency)
        .addFilter("/api/*", concurrency)
        .addServlet("/api/queries", ApiServlets.json(() -> ApiServlets.queries(SavedQueries.load())))
        .addServlet("/api/graph", ApiServlets.json(() -> ApiServlets.graph(dataset)))
        .addServlet("/api/map", ApiServlets.json(() -> ApiServlets.map(dataset)))
        // "/*", not "/": Fuseki keeps "/" for its own 404 servlet; exact paths (/$/ping, /api/...) still win.
        .addServlet("/*", new WebResourceServlet());
    if (config.update()) {
      builder.addFilter(DATASET + "/*",
          new CrossSiteWriteFilter(Set.of(DATASET + "/sparql", DATASET + "/query")));
    }
    if (config.authFile() != null) {
      // With only a password file, Fuseki requires a logged-in user on "/*": every route.
      builder.passwordFile(config.authFile().toString()).auth(AuthScheme.BASIC);
    } else {
      builder.enableCors(true, null);
    }
    FusekiServer server = builder.build();
    if (config.maxBodyBytes() > 0) {
      Server jetty = server.getJettyServer();
      Handler fuseki = jetty.getHandler();
      jetty.setHandler((Handler) null);
      jetty.setHandler(new DrainingSizeLimitHandler(config.maxBodyBytes(),
          Math.max(DRAIN_BYTES, config.maxBodyBytes()), fuseki));
    }
    // Fuseki's builder knows loopback or all interfaces; a named interface is set on Jetty itself.
    String bindHost = config.host().equals("0.0.0.0") ? null : config.host();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(bindHost);
      }
    }
    server.start();
    return new GeoServer(server, config, concurrency);
  }

  /** The port listened on (the real one when the configuration said 0). */
  public int port() {
    return server.getHttpPort();
  }

  /** The page's URL, e.g. {@code http://127.0.0.1:3030/}. */
  public String url() {
    String h = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
    if (h.contains(":") && !h.startsWith("[")) {
      h = "[" + h + "]";
    }
    return "http://" + h + ":" + port() + "/";
  }

  /** The SPARQL query endpoint's URL. */
  public String sparqlUrl() {
    return url() + DATASET.substring(1) + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    server.stop();
  }
}
