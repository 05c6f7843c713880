package org.geokg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.tdb2.TDB2Factory;
import org.geokg.bench.HostileTraffic;
import org.geokg.bench.LoopbackProbe;
import org.geokg.export.SampleStore;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded hostile-traffic run ({@link HostileTraffic}) against a server on 127.0.0.1: afterwards it
 * answers an ordinary query as before, nothing reached the loopback probe, and the heap is flat.
 * 1,000 requests by default (about 15 s on 2 busy cores); {@code -Dgeokg.hostile.requests=10000} for the full run,
 * which {@code geokg bench-hostile} also makes.
 */
class HostileTrafficTest {
  @TempDir Path dir;

  @Test
  void theServerSurvivesAndAnswersAsBefore() throws Exception {
    StringBuilder big = new StringBuilder("GRAPH <urn:x-test:big> {\n");
    for (int i = 0; i < 3600; i++) {
      big.append("<urn:x-test:s").append(i / 60).append("> <urn:x-test:p> <urn:x-test:o").append(i).append("> .\n");
    }
    big.append("}\n");
    int requests = Integer.getInteger("geokg.hostile.requests", 1000);
    long maxBody = 256 * 1024;
    int maxQuery = 20_000;
    try (GeoStore store = SampleStore.create(dir.resolve("store"), big.toString());
        LoopbackProbe probe = new LoopbackProbe()) {
      GeoServer server = GeoServer.start(TDB2Factory.connectDataset(store.location().toString()),
          new GeoServer.Config("127.0.0.1", 0, false, 0.5, 1000, false, maxBody, maxQuery, 4, null));
      try {
        HostileTraffic.Result r = new HostileTraffic(server.url(),
            new HostileTraffic.Options(requests, 3, 7, Duration.ofSeconds(50), maxBody, maxQuery), probe).run();
        System.out.print(r.report());
        assertThat(r.sent()).isGreaterThan(requests / 2);
        assertThat(r.outbound()).isEmpty();
        assertThat(r.statusAfter()).isEqualTo(200);
        assertThat(r.byStatus()).doesNotContainKey(500);
        // Generous bounds: the machine is shared; a leak or a stuck thread is far outside them.
        assertThat(r.normalAfterMillis()).isLessThan(r.normalBeforeMillis() * 5 + 250);
        assertThat(r.heapAfterMb() - r.heapBeforeMb()).isLessThan(64);
      } finally {
        server.close();
      }
    }
  }
}
