package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new streaming format needs a reader and a line in the registry, nothing in {@link DocumentSource}:
 * here a tab-separated event export (id, date, sentence), registered under a suffix of its own.
 */
class StreamingFormatTest {

  private static final String SUFFIX = "geokgtest-events.tsv";

  /** One event per line: {@code id TAB date TAB text}; a line with another shape is rejected alone. */
  static final class EventExportReader extends LineStreamReader {
    @Override
    protected Lines open(String name, DocumentSink sink) {
      return new Lines() {
        @Override
        public void line(int lineNo, String line) {
          String[] f = line.split("\t", -1);
          if (f.length != 3) {
            sink.reject(new DocumentError(name + "#" + lineNo, "expected 3 tab-separated fields, got " + f.length));
            return;
          }
          try {
            sink.accept(new Document(f[0], f[2], f[2], Texts.parseDate(f[1], "in field 2"), null, null));
          } catch (Rejection r) {
            sink.reject(new DocumentError(name + "#" + lineNo, r.reason()));
          }
        }

        @Override
        public void unreadable(int lineNo, String reason) {
          sink.reject(new DocumentError(name + "#" + lineNo, reason));
        }
      };
    }
  }

  @TempDir Path dir;

  @BeforeAll
  static void register() {
    DocumentReaders.register(SUFFIX, new EventExportReader());
  }

  private static byte[] export() {
    String text = "e1\t2022-02-24\tRussia invaded Ukraine.\n"
        + "e2\t2022-02-30\tAn impossible day.\n"
        + "e3\tno tabs here\n"
        + "e4\t2022-03-01\t" + "Sanctions. ".repeat(20) + "\n"
        + "e5\t2022-03-02\tThe United States sanctioned Russia.\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertRead(CollectingSink sink, String name, String... more) {
    List<String> names = new java.util.ArrayList<>(List.of("e1", "e5"));
    names.addAll(List.of(more));
    assertThat(sink.names()).containsExactlyElementsOf(names);
    assertThat(sink.documents.get(1).text()).isEqualTo("The United States sanctioned Russia.");
    assertThat(sink.errors).extracting(DocumentError::toString).containsExactly(
        name + "#2: impossible date 2022-02-30 in field 2",
        name + "#3: expected 3 tab-separated fields, got 2",
        name + "#4: larger than 100 bytes");
  }

  @Test
  void registeredStreamingFormatIsReadFromFoldersLineByLineWithOneErrorPerBadLine() throws IOException {
    Files.write(dir.resolve("day." + SUFFIX), export());
    Files.writeString(dir.resolve("note.txt"), "The batch goes on after the export.");
    CollectingSink sink = new CollectingSink();
    // The file is over the limit; streamed, only its long line is.
    assertThat(export().length).isGreaterThan(100);
    DocumentSource.withMaxBytes(100).readAll(List.of(dir.toString()), InputStream.nullInputStream(), sink);
    assertRead(sink, "day." + SUFFIX, "note.txt");
  }

  @Test
  void registeredStreamingFormatIsReadTheSameWayFromAStream() {
    CollectingSink sink = new CollectingSink();
    DocumentSource.withMaxBytes(100).readInput("part/day." + SUFFIX, new ByteArrayInputStream(export()), sink);
    assertRead(sink, "part/day." + SUFFIX);
  }

  @Test
  void undecodableAndBinaryInputAreRejectedForTheFormatToo() {
    CollectingSink sink = new CollectingSink();
    byte[] bad = {'e', '1', '\t', '2', '0', '2', '2', '-', '0', '1', '-', '0', '1', '\t', (byte) 0xC3, '\n'};
    DocumentSource.withMaxBytes(100).readInput("x." + SUFFIX, new ByteArrayInputStream(bad), sink);
    assertThat(sink.onlyError()).isEqualTo(new DocumentError("x." + SUFFIX + "#1", "not valid UTF-8 at byte 14"));

    CollectingSink binary = new CollectingSink();
    DocumentSource.withMaxBytes(100).readInput("y." + SUFFIX, new ByteArrayInputStream(new byte[] {'e', 0, '\n'}), binary);
    assertThat(binary.onlyError()).isEqualTo(new DocumentError("y." + SUFFIX, "binary file, not text"));
  }
}
