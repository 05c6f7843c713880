package org.geokg.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
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
 * CORS is on (any origin, Fuseki's defaults) so that notebooks and browser tools can query it.
 */
public final class GeoServer implements AutoCloseable {
  /** The dataset's path on the server. */
  public static final String DATASET = "/kg";

  /**
   * How to serve.
   *
   * @param host the interface to listen on ({@code 127.0.0.1}; {@code 0.0.0.0} for all)
   * @param port the port; 0 picks a free one
   * @param update whether SPARQL Update and Graph Store writes are allowed
   * @param timeoutSeconds the query timeout in seconds; 0 or less: none
   * @param maxResults the most solutions a query returns; 0 or less: no cap
   */
  public record Config(String host, int port, boolean update, double timeoutSeconds, long maxResults) {
    public Config {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    /** Read-only on loopback, 30 s, 10,000 results, on {@code port}. */
    public static Config defaults(int port) {
      return new Config("127.0.0.1", port, false, 30, 10_000);
    }
  }

  private final FusekiServer server;
  private final Config config;

  private GeoServer(FusekiServer server, Config config) {
    this.server = server;
    this.config = config;
  }

  /**
   * Starts serving {@code dataset} (a TDB2 dataset: its context gets the union default graph and
   * the query timeout).
   */
  public static GeoServer start(Dataset dataset, Config config) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(config, "config");
    DatasetGraph dsg = dataset.asDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
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

    boolean loopback = config.host().equals("127.0.0.1") || config.host().equals("localhost");
    FusekiServer server = FusekiServer.create()
        .port(config.port())
        .loopback(loopback)
        .registerOperation(Operation.Query, new CappedQueryService(config.maxResults()))
        .add(DATASET, service.build())
        .enableCors(true, null)
        .enablePing(true)
        .addServlet("/api/queries", ApiServlets.json(() -> ApiServlets.queries(SavedQueries.load())))
        .addServlet("/api/graph", ApiServlets.json(() -> ApiServlets.graph(dataset)))
        .addServlet("/api/map", ApiServlets.json(() -> ApiServlets.map(dataset)))
        // "/*", not "/": Fuseki keeps "/" for its own 404 servlet; exact paths (/$/ping, /api/...) still win.
        .addServlet("/*", new WebResourceServlet())
        .build();
    // Fuseki's builder knows loopback or all interfaces; a named interface is set on Jetty itself.
    String bindHost = config.host().equals("0.0.0.0") ? null : config.host();
    for (Connector c : server.getJettyServer().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(bindHost);
      }
    }
    server.start();
    return new GeoServer(server, config);
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
