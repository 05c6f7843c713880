package org.geokg.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.serve.GeoServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geokg bench-hostile}: see {@link HostileTraffic}. */
@Command(
    name = "bench-hostile",
    mixinStandardHelpOptions = true,
    description = {
      "Hostile-traffic run: starts the endpoint of `geokg serve` on 127.0.0.1 (read-only, default caps) over a"
          + " store and sends it N requests from a few concurrent clients, mixing malformed queries, bad"
          + " encodings, bodies and queries over the caps, deep nesting, slow cross joins, SERVICE/LOAD/FROM"
          + " aimed at a loopback listener, Graph Store writes and raw socket junk. Prints the requests by kind"
          + " and status, client-side errors, what reached the listener (must be nothing), an ordinary query's"
          + " time and the heap after GC, before and after.",
      "Exit code 1 when the server did not survive: an ordinary query failing after, a 500, or an outbound request."
    })
public final class HostileTrafficCommand implements Callable<Integer> {
  private static final String GK = "https://w3id.org/geokg/ontology#";

  @Option(names = "--requests", paramLabel = "N", description = "Requests to send (default: ${DEFAULT-VALUE}).")
  int requests = 10_000;

  @Option(names = "--clients", paramLabel = "C", description = "Concurrent clients, 1-8 (default: ${DEFAULT-VALUE}).")
  int clients = 3;

  @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop sending after this long (default: ${DEFAULT-VALUE}).")
  long timeLimit = 300;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "The server's query timeout (default: ${DEFAULT-VALUE}).")
  double timeout = 0.5;

  @Option(names = "--store", paramLabel = "DIR",
      description = "Serve this geokg store (default: an in-memory store of 60 states and a 3,600-triple graph).")
  Path store;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    Dataset dataset = store != null ? TDB2Factory.connectDataset(store.toString()) : syntheticStore();
    long maxBody = 256 * 1024;
    int maxQuery = 20_000;
    GeoServer server = GeoServer.start(dataset, new GeoServer.Config("127.0.0.1", 0, false, timeout, 1000, false,
        maxBody, maxQuery, GeoServer.DEFAULT_MAX_CONCURRENT, null));
    try (LoopbackProbe probe = new LoopbackProbe()) {
      out.printf("bench-hostile: %,d requests, %d clients, against %s (timeout %.1f s, body cap %,d B, query cap %,d"
          + " chars, %d at once); heap max %,d MB%n", requests, clients, server.url(), timeout, maxBody, maxQuery,
          GeoServer.DEFAULT_MAX_CONCURRENT, Runtime.getRuntime().maxMemory() >> 20);
      HostileTraffic.Result r = new HostileTraffic(server.url(),
          new HostileTraffic.Options(requests, clients, seed, Duration.ofSeconds(timeLimit), maxBody, maxQuery), probe).run();
      out.print(r.report());
      boolean survived = r.statusAfter() == 200 && r.outbound().isEmpty() && !r.byStatus().containsKey(500);
      out.println(survived ? "verdict: SURVIVED" : "verdict: FAILED");
      return survived ? 0 : 1;
    } finally {
      server.close();
    }
  }

  /** 60 states with labels, each with 60 triples in a graph of their own: enough for a cross join to time out. */
  private static Dataset syntheticStore() {
    Dataset ds = TDB2Factory.createDataset();
    DatasetGraph dsg = ds.asDatasetGraph();
    Txn.exec(dsg, TxnType.WRITE, () -> {
      Node g = NodeFactory.createURI("urn:x-bench:graph");
      Node state = NodeFactory.createURI(GK + "State");
      Node p = NodeFactory.createURI("urn:x-bench:p");
      for (int s = 0; s < 60; s++) {
        Node subject = NodeFactory.createURI("urn:x-bench:state" + s);
        dsg.add(new Quad(g, subject, RDF.type.asNode(), state));
        dsg.add(new Quad(g, subject, RDFS.label.asNode(), NodeFactory.createLiteralString("State " + s)));
        for (int o = 0; o < 60; o++) {
          dsg.add(new Quad(g, subject, p, NodeFactory.createURI("urn:x-bench:o" + (s * 60 + o))));
        }
      }
    });
    return ds;
  }
}
