package org.geokg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.geokg.DocumentGraph;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}, in this JVM) against {@code geokg build}'s path: the
 * same documents, errors and, for every document, an isomorphic graph. The extractor is the test
 * run's shared one, injected, so CoreNLP loads once.
 */
class SparkBuildTest {
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    ExtractorHolder.inject(SharedExtractor.get());
    SparkConf conf = new SparkConf()
        .setMaster("local[2]")
        .setAppName("geokg-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.sql.shuffle.partitions", "2");
    sc = new JavaSparkContext(conf);
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.stop();
    }
    ExtractorHolder.inject(null);
  }

  @Test
  void everyDocumentGraphIsTheOneBuildStores(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("wire"));
    Files.writeString(in.resolve("wire/kishida.md"), """
        ---
        title: Kishida in Washington
        date: 2022-01-21
        source_url: https://example.org/kishida
        ---
        # Kishida in Washington

        President Biden met Prime Minister Kishida of Japan in Washington on Friday. The United States
        and Japan are allies. Japan imports liquefied natural gas from Qatar and Australia.
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("wire/feed.jsonl"),
        "{\"id\": \"feed-1\", \"date\": \"2022-02-01\", \"title\": \"Gas\", \"url\": \"https://example.org/f1\","
            + " \"text\": \"Germany depends on Russian gas. Chancellor Scholz said Germany would consult France.\"}\n"
            + "{\"id\": \"feed-2\", \"text\": \n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve(".hidden.txt"), "Skipped by both.", StandardCharsets.UTF_8);
    // The seed again under another name: build keeps the first copy (examples/), so must the job.
    Files.copy(SharedExtractor.SEED, in.resolve("seed-copy.txt"));
    List<String> inputs = List.of("examples", in.toString());

    // geokg build's path: DocumentSource, then the extractor, the first copy of a text only.
    List<Document> docs = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    DocumentSource.read(inputs, DocumentSink.of(docs::add, errors::add));
    Map<String, DocumentGraph> expected = new LinkedHashMap<>();
    for (Document d : docs) {
      if (!expected.containsKey(org.geokg.rdf.Iris.document(d.id()))) {
        DocumentGraph g = SharedExtractor.get().extract(d);
        expected.put(g.graphIri(), g);
      }
    }
    assertThat(expected).hasSize(3);
    assertThat(errors).hasSize(3);

    Path out = tmp.resolve("out");
    SparkBuildSummary summary = SparkBuild.run(sc,
        new SparkBuild.Options(inputs, out.toUri().toString(), null, 4, false));

    assertThat(summary.files()).isEqualTo(6);
    assertThat(summary.documents()).isEqualTo(expected.size());
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.claims()).isEqualTo(expected.values().stream().mapToLong(g -> g.stats().claims()).sum());
    assertThat(summary.failures()).containsExactlyInAnyOrderElementsOf(errors);
    assertThat(summary.failures()).contains(new DocumentError("empty.txt", "empty document"));
    assertThat(Files.readString(out.resolve(SparkBuild.SUMMARY))).contains("\"empty document\"", "\"documents\" : 3");

    DatasetGraph parts = DatasetGraphFactory.createTxnMem();
    try (Stream<Path> files = Files.list(out)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        RDFParser.source(p).lang(Lang.NQUADS).parse(parts);
      }
    }
    Set<String> names = new HashSet<>();
    parts.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(parts.getDefaultGraph().isEmpty()).isTrue();
    for (DocumentGraph g : expected.values()) {
      Node name = NodeFactory.createURI(g.graphIri());
      Graph actual = parts.getGraph(name);
      assertThat(actual.isIsomorphicWith(g.graph()))
          .as("graph of %s (%d triples from Spark, %d from build)", g.document().name(), actual.size(), g.graph().size())
          .isTrue();
    }
    // The seed's graph is named after its first copy, as build names it.
    assertThat(summary.toText()).contains("extracted 3 documents from 6 files, duplicates 1, failed 3");
  }

  @Test
  void argumentsAreParsedAndCheckedBeforeSparkStarts() {
    SparkBuild.Options o = SparkBuild.Options.parse(
        "--input", "s3a://b/news/", "hdfs:///x/y.jsonl", "--output", "s3a://b/kg/", "--partitions", "64", "--gzip");
    assertThat(o.inputs()).containsExactly("s3a://b/news/", "hdfs:///x/y.jsonl");
    assertThat(o.partitions()).isEqualTo(64);
    assertThat(o.gzip()).isTrue();
    assertThat(o.data()).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBuild.Options.parse("--output", "x"))
        .hasMessageContaining("--input");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkBuild.Options.parse("--input", "a"))
        .hasMessageContaining("--output");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SparkBuild.Options.parse("--input", "a", "--output", "b", "--partitions", "0"))
        .hasMessageContaining("--partitions");
  }
}
