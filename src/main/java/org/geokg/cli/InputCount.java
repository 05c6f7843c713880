package org.geokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.doc.DocumentReaders;
import org.geokg.doc.LineStreamReader;

/**
 * How many documents the inputs of {@code build} hold, for the progress line's total: a file is one
 * document, a file of a line-per-record format (JSON Lines) one per non-blank line, a folder the files under it (names starting
 * with a dot left out, as {@link org.geokg.doc.DocumentSource} does). An estimate: files that turn
 * out empty or binary still count, as they count in the progress (as failed).
 */
final class InputCount {
  private InputCount() {}

  /** The number of documents in {@code inputs}, or -1 when standard input ({@code -}) is one of them. */
  static long documents(List<String> inputs) {
    long n = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        return -1;
      }
      Path p;
      try {
        p = Path.of(input);
      } catch (java.nio.file.InvalidPathException e) {
        n++;
        continue;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          n += s.filter(f -> !f.equals(p) && Files.isRegularFile(f) && noDotName(p.relativize(f)))
              .mapToLong(InputCount::inFile).sum();
        } catch (IOException | UncheckedIOException e) {
          // The build reports unreadable folders itself; the total is only an estimate.
        }
      } else {
        n += Files.isRegularFile(p) ? inFile(p) : 1;
      }
    }
    return n;
  }

  private static long inFile(Path file) {
    if (!(DocumentReaders.forName(file.getFileName().toString()) instanceof LineStreamReader)) {
      return 1;
    }
    return nonBlankLines(file);
  }

  /** Lines with a character other than space, tab or CR: one JSON object each. */
  static long nonBlankLines(Path file) {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return content ? lines + 1 : lines;
  }

  private static boolean noDotName(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
