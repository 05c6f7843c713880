package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.geokg.Extractor;
import org.geokg.batch.LineClaimsExtractor;
import org.geokg.doc.Document;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs in one build: each bad one is named with a clear reason, the good ones are stored,
 * the exit code is 1 and the summary counts the failures.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadDocumentsTest {
  @TempDir Path dir;

  private static final String GOOD = "Another main U.S. ally within the Indo-Pacific is South Korea.";

  @Test
  void everyBadDocumentIsNamedAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), GOOD);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "  \n\t\u00A0\n  ");
    Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Files.write(in.resolve("latin1.txt"), "caf\u00e9 au lait in Kyiv".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("one-line-10mb.txt"), "word ".repeat(2 * 1024 * 1024)); // 10 MB, no newline
    // 5,000 tokens, no full stop: a legal document; CoreNLP's parse.maxlen guard skips parsing it.
    String monster = "Russia and Ukraine and NATO ".repeat(1250);
    Files.writeString(in.resolve("sentence-5000-tokens.txt"), monster);
    Files.writeString(in.resolve("soup.html"), "<html><div><p>Unclosed <b>tags <i>everywhere"
        + " <script>alert('x')</script><<>> &amp; <p>South Korea is an ally of the United States.</div></span>"
        + "<!-- never closed");
    Files.writeString(in.resolve("feed.jsonl"), """
        {"id": "f1", "text": "Japan is allied with the United States."}
        {"id": "f2", "text": "Missing the closing brace"
        {"id": "f3", "text": "Germany buys gas from Norway."}
        """);
    Files.writeString(in.resolve("bad-date.txt"), "date 2022-02-30\nRussia invaded Ukraine.");

    LineClaimsExtractor x = new LineClaimsExtractor();
    CliRun r = run(x, "build", "--store", dir.resolve("store").toString(), "--no-progress", in.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly(
        "error: bad-date.txt: impossible date 2022-02-30 in the date header",
        "error: binary.txt: binary file, not text",
        "error: blank.txt: no text: whitespace only",
        "error: empty.txt: empty document",
        "error: feed.jsonl#2: invalid JSON: " + jsonError(r.err()),
        "error: latin1.txt: not valid UTF-8 at byte 3 (line 1)",
        "error: one-line-10mb.txt: 10,485,760 characters, over the limit of 1,000,000 (--max-chars); skipped");
    assertThat(r.out()).contains("stored 5 documents, skipped 0 (already stored), failed 7");
    try (GeoStore s = GeoStore.open(dir.resolve("store"))) {
      assertThat(s.containsDocument(Iris.document(Document.plain("x", monster, null).id()))).isTrue();
      assertThat(LineClaimsExtractor.documentGraphs(s)).isEqualTo(5);
    }
  }

  @Test
  void aDocumentOverTheTimeBudgetIsNamedAndSkipped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), GOOD);
    Files.writeString(in.resolve("b-stuck.txt"), "HANG on this one");
    Files.writeString(in.resolve("c.txt"), "Japan is allied with the United States.");
    LineClaimsExtractor x = new LineClaimsExtractor();
    try {
      CliRun r = run(x, "build", "--store", dir.resolve("store").toString(), "--no-progress",
          "--threads", "1", "--doc-timeout", "0.3", in.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().lines()).containsExactly("error: b-stuck.txt: over the time budget of 0.3s, skipped");
      assertThat(r.out()).contains("stored 2 documents").contains("failed 1 (1 over the time budget)");
    } finally {
      x.release();
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun r = run(new LineClaimsExtractor(), "build", "--store", dir.resolve("store").toString(), "--threads", "0", ".");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--threads must be at least 1");
  }

  /** Parsson's wording of the JSON error, whatever it is, as long as it is on the named line. */
  private static String jsonError(String err) {
    return err.lines().filter(l -> l.startsWith("error: feed.jsonl#2: invalid JSON: ")).findFirst()
        .map(l -> l.substring("error: feed.jsonl#2: invalid JSON: ".length())).orElse("(missing)");
  }


  private static CliRun run(Extractor extractor, String... args) {
    return CliRun.of(extractor, args);
  }
}
