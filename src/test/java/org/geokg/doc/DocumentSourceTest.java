package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

  private static final Path SEED_DIR = Path.of("../shared/corpus/seed");
  private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private static CollectingSink read(List<String> inputs) {
    CollectingSink sink = new CollectingSink();
    DocumentSource.read(inputs, NO_STDIN, sink);
    return sink;
  }

  @Test
  void foldersRecurseInSortedOrderSkippingHiddenEntries() throws IOException {
    write("b.txt", "B text.");
    write("a/2.txt", "Two.");
    write("a/1.md", "---\ntitle: One\n---\nOne.");
    write("c/d/e.txt", "E.");
    write("c/.hidden.txt", "Hidden.");
    write(".git/config.txt", "Hidden folder.");
    CollectingSink sink = read(List.of(dir.toString()));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.names()).containsExactly("a/1.md", "a/2.txt", "b.txt", "c/d/e.txt");
    assertThat(sink.documents.get(0).title()).isEqualTo("One");
    assertThat(sink.documents.get(1).text()).isEqualTo("Two.");
  }

  @Test
  void aFileInputIsNamedByItsFileName() throws IOException {
    Path f = write("deep/x/article.txt", "date 2022-01-27 Text.");
    Document d = read(List.of(f.toString())).only();
    assertThat(d.name()).isEqualTo("article.txt");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
  }

  @Test
  void everyBadInputGivesOneErrorNamingItAndTheBatchGoesOn() throws IOException {
    write("01-good.txt", "Good one.");
    write("02-empty.txt", "");
    write("03-blank.txt", " \n\t \n");
    write("04-nul.txt", new byte[] {'a', 'b', 0, 'c'});
    write("05-control.txt", new byte[] {1, 2, 3, 4, 'a', 'b', 'c', 'd', 'e', 'f'});
    write("06-latin1.txt", "Bonne ann\u00e9e\nNiinist\u00f6".getBytes(StandardCharsets.ISO_8859_1));
    write("07-utf16.txt", "Hello".getBytes(StandardCharsets.UTF_16));
    write("08-big.txt", "x".repeat(101));
    write("09-bad-date.txt", "date 2022-02-30 Text.");
    write("10-good.md", "Good two.");
    Path missing = dir.resolve("missing.txt");

    CollectingSink sink = new CollectingSink();
    DocumentSource.withMaxBytes(100).readAll(List.of(dir.toString(), missing.toString()), NO_STDIN, sink);

    assertThat(sink.names()).containsExactly("01-good.txt", "10-good.md");
    assertThat(sink.errors).extracting(DocumentError::toString).containsExactly(
        "02-empty.txt: empty document",
        "03-blank.txt: no text: whitespace only",
        "04-nul.txt: binary file, not text",
        "05-control.txt: binary file, not text",
        "06-latin1.txt: not valid UTF-8 at byte 9 (line 1)",
        "07-utf16.txt: not UTF-8: starts with a UTF-16 byte order mark; convert it to UTF-8",
        "08-big.txt: larger than 100 bytes",
        "09-bad-date.txt: impossible date 2022-02-30 in the date header",
        missing + ": no such file or folder");
    assertThat(sink.events.get(0)).isEqualTo("01-good.txt");
    assertThat(sink.events.get(sink.events.size() - 2)).isEqualTo("10-good.md");
  }

  @Test
  void defaultSizeLimitIsTwentyMegabytes() throws IOException {
    Path big = write("big.txt", new byte[0]);
    try (var ch = Files.newByteChannel(big, java.nio.file.StandardOpenOption.WRITE)) {
      ch.position(DocumentSource.DEFAULT_MAX_BYTES);
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
    }
    assertThat(read(List.of(big.toString())).onlyError()).isEqualTo(new DocumentError("big.txt", "larger than 20 MB"));
  }

  @Test
  void invalidUtf8IsLocatedByByteAndLine() throws IOException {
    byte[] ok = "line one\nline two \u2019".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[ok.length + 2];
    System.arraycopy(ok, 0, bytes, 0, ok.length);
    bytes[ok.length] = (byte) 0xE2; // a truncated three-byte sequence
    bytes[ok.length + 1] = '!';
    write("bad.txt", bytes);
    assertThat(read(List.of(dir.toString())).onlyError().reason())
        .isEqualTo("not valid UTF-8 at byte " + ok.length + " (line 2)");
  }

  @Test
  void byteOrderMarkIsKeptInTextAndBlankedInContent() throws IOException {
    byte[] body = "Scholz met Biden.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    write("bom.txt", bytes);
    Document d = read(List.of(dir.toString())).only();
    assertThat(d.text()).isEqualTo("\uFEFFScholz met Biden.");
    assertThat(d.content()).isEqualTo(" Scholz met Biden.");
  }

  @Test
  void jsonLinesFileIsStreamedLineByLine() throws IOException {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    String good = "{\"id\":\"g1\",\"text\":\"One.\"}\n{\"id\":\"g2\",\"text\":\"Two.\"}\n";
    String broken = "{\"id\":\"g3\",\"text\":\"Three.\"\n";
    String long_ = "{\"id\":\"long\",\"text\":\"" + "y".repeat(200) + "\"}\n";
    String last = "{\"id\":\"g4\",\"text\":\"Four.\"}";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(good.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(broken.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes(long_.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(last.getBytes(StandardCharsets.UTF_8));
    write("news/day.jsonl", out.toByteArray());

    CollectingSink sink = new CollectingSink();
    // The file is larger than the limit; only the long line is.
    DocumentSource.withMaxBytes(100).readAll(List.of(dir.toString()), NO_STDIN, sink);
    assertThat(sink.names()).containsExactly("g1", "g2", "g4");
    assertThat(sink.errors).extracting(DocumentError::name)
        .containsExactly("news/day.jsonl#3", "news/day.jsonl#4", "news/day.jsonl#5");
    assertThat(sink.errors.get(0).reason()).startsWith("invalid JSON");
    int badAt = good.length() + broken.length() + 9;
    assertThat(sink.errors.get(1).reason()).isEqualTo("not valid UTF-8 at byte " + badAt);
    assertThat(sink.errors.get(2).reason()).isEqualTo("larger than 100 bytes");
  }

  @Test
  void streamedJsonLinesHandleBomCrLfAndLinesLongerThanTheReadBuffer() throws IOException {
    String longText = "Sanctions. ".repeat(10_000);
    String lines = "\uFEFF{\"id\":\"first\",\"text\":\"One.\"}\r\n{\"text\":\"" + longText + "\"}\r\n{\"id\":\"x\",\"text\":\"Three.\"}";
    write("s.jsonl", lines);
    CollectingSink sink = read(List.of(dir.toString()));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.names()).containsExactly("first", "s.jsonl#2", "x");
    assertThat(sink.documents.get(1).text()).isEqualTo(longText);
  }

  @Test
  void binaryJsonLinesFileIsRejectedOnce() throws IOException {
    write("x.jsonl", new byte[] {'{', 0, 0, '\n', 0, '\n'});
    assertThat(read(List.of(dir.toString())).onlyError()).isEqualTo(new DocumentError("x.jsonl", "binary file, not text"));
  }

  @Test
  void stdinPlainText() {
    CollectingSink sink = new CollectingSink();
    InputStream in = new ByteArrayInputStream(" date 2022-01-27 Huddling.".getBytes(StandardCharsets.UTF_8));
    DocumentSource.read(List.of("-"), in, sink);
    Document d = sink.only();
    assertThat(d.name()).isEqualTo("-");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(d.content()).isEqualTo(" ".repeat(17) + "Huddling.");
  }

  @Test
  void stdinJsonLinesAndStdinOnlyOnce() {
    CollectingSink sink = new CollectingSink();
    InputStream in = new ByteArrayInputStream("\n  {\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8));
    DocumentSource.read(List.of("-", "-"), in, sink);
    assertThat(sink.names()).containsExactly("-#2", "-#3");
    assertThat(sink.errors).containsExactly(new DocumentError("-", "standard input given more than once"));
  }

  @Test
  void emptyStdinIsRejected() {
    CollectingSink sink = new CollectingSink();
    DocumentSource.read(List.of("-"), NO_STDIN, sink);
    assertThat(sink.onlyError()).isEqualTo(new DocumentError("-", "empty document"));
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path f = write("locked.txt", "Secret.");
    write("open.txt", "Open.");
    Assumptions.assumeTrue(f.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions not enforced");
    CollectingSink sink = read(List.of(dir.toString()));
    assertThat(sink.names()).containsExactly("open.txt");
    assertThat(sink.errors).containsExactly(new DocumentError("locked.txt", "unreadable: permission denied"));
  }

  @Test
  void folderLinkLoopIsReportedNotFollowedForever() throws IOException {
    write("a/x.txt", "X.");
    try {
      Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here");
    }
    CollectingSink sink = read(List.of(dir.toString()));
    assertThat(sink.names()).containsExactly("a/x.txt");
    assertThat(sink.errors).containsExactly(new DocumentError("a/loop", "folder link loop: skipped"));
  }

  @Test
  void seedFolder() {
    Assumptions.assumeTrue(Files.isDirectory(SEED_DIR), "../shared not present: skipping");
    CollectingSink sink = read(List.of(SEED_DIR.toString()));
    assertThat(sink.errors).isEmpty();
    Document d = sink.documents.stream()
        .filter(x -> x.name().equals("2022-01-27-us-diplomacy-russia-ukraine.txt")).findFirst().orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(d.content()).matches("(?s) +Huddling .*");
    CollectingSink.assertAligned(d);
  }
}
