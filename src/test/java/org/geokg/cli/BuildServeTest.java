package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint of a running build (`build --serve`): queries from outside see whole documents only. */
class BuildServeTest {
  private static final Pattern SPARQL = Pattern.compile("SPARQL: (http://\\S+)\\)");
  private static final int DOCUMENTS = 12;
  private static final String COUNTS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT ?g (COUNT(DISTINCT ?c) AS ?claims) WHERE {
        GRAPH ?g { ?g a gk:Document . OPTIONAL { ?c a gk:Claim } } } GROUP BY ?g""";

  /** The fake extractor, slowed so that the build is still running while the test queries. */
  private static final class SlowExtractor implements Extractor {
    private final FakeExtractor fake = new FakeExtractor();

    @Override
    public DocumentGraph extract(Document document) {
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return fake.extract(document);
    }

    @Override
    public Graph referenceGraph() {
      return fake.referenceGraph();
    }
  }

  @Test
  void queriesDuringABuildSeeOnlyWholeDocuments(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(in.resolve(String.format("d%02d.txt", i)), "Text number " + i + " about an alliance.");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    CliContext ctx = new CliContext(ps, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false, data -> new SlowExtractor());
    CompletableFuture<Integer> build = CompletableFuture.supplyAsync(() -> Main.execute(ctx, "build", "--no-progress",
        "--threads", "1", "--serve", "0", "--store", dir.resolve("store").toString(), in.toString()));

    String endpoint = null;
    for (int i = 0; i < 200 && endpoint == null && !build.isDone(); i++) {
      Matcher m = SPARQL.matcher(out.toString(StandardCharsets.UTF_8));
      endpoint = m.find() ? m.group(1) : null;
      Thread.sleep(25);
    }
    assertThat(endpoint).as(out.toString(StandardCharsets.UTF_8)).isNotNull();

    HttpClient http = HttpClient.newHttpClient();
    List<Integer> seen = new ArrayList<>();
    while (!build.isDone() && seen.size() < 8) {
      HttpRequest q = HttpRequest.newBuilder(URI.create(endpoint + "?query="
              + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8)))
          .header("Accept", "text/csv").timeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> r;
      try {
        r = http.send(q, HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException closedAtTheEnd) {
        break;
      }
      if (r.statusCode() != 200) {
        break;
      }
      List<String> rows = r.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
      // Every document the endpoint shows has its claim: none is seen half written.
      assertThat(rows).allSatisfy(row -> assertThat(row).doesNotEndWith(",0"));
      seen.add(rows.size());
      Thread.sleep(100);
    }
    // The CLI reaches a running build through its endpoint.
    ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
    int code = Main.execute(new CliContext(new PrintStream(cliOut, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, data -> null),
        "query", "--endpoint", endpoint, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assertThat(build.get()).isZero();
    assertThat(code).isZero();
    assertThat(cliOut.toString(StandardCharsets.UTF_8)).startsWith("n");
    assertThat(seen).as("queries answered while the build ran").isNotEmpty();
    assertThat(seen).isSorted();
    assertThat(seen).anyMatch(n -> n > 0 && n < DOCUMENTS);
  }
}
