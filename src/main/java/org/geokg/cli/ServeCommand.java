package org.geokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.serve.GeoServer;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code geokg serve}: the SPARQL endpoint and the page, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store over HTTP: SPARQL query at /kg/sparql (union of all graphs), Graph Store"
          + " Protocol reads at /kg/get, and a page at / with a query editor and a graph of states.",
      "Read-only unless --update is given. Queries cannot make the server send requests (SERVICE, LOAD)"
          + " unless --allow-service. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "Port (default 3030; 0: any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Interface to listen on (default 127.0.0.1; 0.0.0.0 for all).")
  String host;

  @Option(names = "--update", description = "Allow SPARQL Update and Graph Store writes (/kg/update, /kg/data).")
  boolean update;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Stop queries after SECONDS (default 30; 0: never).")
  double timeout;

  @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
      description = "Return at most N results per query (default 10000; 0: no cap).")
  long maxResults;

  @Option(names = "--allow-service",
      description = "Let SPARQL SERVICE (and LOAD, with --update) make this server send requests to any address"
          + " it can reach, on a client's behalf. Off by default: such queries get 400.")
  boolean allowService;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + GeoServer.DEFAULT_MAX_BODY,
      description = "Refuse request bodies over BYTES with 413 (default ${DEFAULT-VALUE}; 0: no cap).")
  long maxBody;

  @Option(names = "--max-query", paramLabel = "CHARS", defaultValue = "" + GeoServer.DEFAULT_MAX_QUERY,
      description = "Refuse query texts over CHARS characters with 413 (default ${DEFAULT-VALUE}; 0: no cap).")
  int maxQuery;

  @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "" + GeoServer.DEFAULT_MAX_CONCURRENT,
      description = "Run at most N requests to /kg and /api at once; more get 503 with Retry-After"
          + " (default ${DEFAULT-VALUE}).")
  int maxConcurrent;

  @Option(names = "--auth", paramLabel = "FILE",
      description = "Require HTTP Basic authentication on every route; FILE has one `user: password` line per"
          + " user in Jetty's format, as Fuseki's --passwd (the password may be MD5:<hex> or CRYPT:<hash>)."
          + " Needed for --update on a host other than 127.0.0.1.")
  Path authFile;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0-65535, not " + port);
    }
    if (maxConcurrent < 1) {
      throw new ParameterException(spec.commandLine(), "--max-concurrent must be at least 1, not " + maxConcurrent);
    }
    GeoServer.Config config = new GeoServer.Config(host, port, update, timeout, maxResults, allowService,
        maxBody, maxQuery, maxConcurrent, authFile);
    if (update && !config.loopback() && authFile == null) {
      throw new ParameterException(spec.commandLine(), "--update on " + host + " lets anyone who can reach it"
          + " change the store: give --auth FILE, or serve on 127.0.0.1");
    }
    if (allowService) {
      context.err().println("warning: --allow-service: any client can make this server send requests to any"
          + " address it can reach (SERVICE" + (update ? ", LOAD" : "") + ")");
    }
    GeoStore store = storeOptions.openExisting();
    // GeoStore holds the lock and releases it on close; TDB2 hands back the same cached dataset.
    Dataset dataset = TDB2Factory.connectDataset(store.location().toString());
    GeoServer server;
    try {
      server = GeoServer.start(dataset, config);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C runs the shutdown hooks: stop taking requests, then release the store's lock.
    Thread hook = new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "geokg-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    context.out().println("geokg: serving " + store.location() + " at " + server.url()
        + " (SPARQL: " + server.sparqlUrl() + ", " + (update ? "read-write" : "read-only")
        + (authFile != null ? ", authentication required" : "")
        + "); Ctrl-C stops");
    context.out().flush();
    server.join();
    stopped.await();
    return 0;
  }
}
