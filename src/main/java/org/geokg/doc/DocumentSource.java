package org.geokg.doc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the inputs of a run, one file at a time, into a {@link DocumentSink}.
 *
 * <p>An input is a file, a folder (walked depth-first, the entries of each folder in name order,
 * entries whose name starts with a dot skipped), or {@code "-"} for standard input. Standard input is
 * read as JSON Lines if its first non-blank character is <code>{</code>, else as plain text, under
 * the name {@code "-"}. Files are read by the {@link DocumentReaders#forName reader for their name}.
 *
 * <p>A document's name is its path relative to the folder input it was found under ({@code
 * "seed/a.txt"}, always with {@code /}), or the file name for a file input. Every problem is reported
 * as a {@link DocumentError} under that name, and reading goes on: {@code "no such file or folder"},
 * {@code "unreadable: …"}, {@code "empty document"}, {@code "no text: whitespace only"}, {@code
 * "binary file, not text"}, {@code "not valid UTF-8 at byte N"} (N counted from 0), {@code "larger
 * than 20 MB"}.
 *
 * <p>Text must be UTF-8; a byte order mark is allowed and blanked in content. Memory holds one folder
 * listing per level and one file: JSON Lines files are streamed line by line, so the size limit
 * applies to each line of those, not to the file.
 */
public final class DocumentSource {

  /** The default size limit of one document: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final int SNIFF_BYTES = 64 * 1024;

  private final long maxBytes;

  private DocumentSource(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A source that rejects documents larger than {@code maxBytes} bytes. */
  public static DocumentSource withMaxBytes(long maxBytes) {
    return new DocumentSource(maxBytes);
  }

  /** Reads {@code inputs} with the default size limit; {@code "-"} reads {@link System#in}. */
  public static void read(List<String> inputs, DocumentSink sink) {
    read(inputs, System.in, sink);
  }

  /** Reads {@code inputs} with the default size limit; {@code "-"} reads {@code stdin}. */
  public static void read(List<String> inputs, InputStream stdin, DocumentSink sink) {
    new DocumentSource(DEFAULT_MAX_BYTES).readAll(inputs, stdin, sink);
  }

  /**
   * Reads {@code inputs} in order; problems with an input go to {@code sink}, never thrown. {@code
   * stdin} is read at most once and is not closed.
   */
  public void readAll(List<String> inputs, InputStream stdin, DocumentSink sink) {
    Objects.requireNonNull(sink, "sink");
    boolean stdinRead = false;
    for (String input : inputs) {
      if (input.equals("-")) {
        if (stdinRead) {
          sink.reject(new DocumentError("-", "standard input given more than once"));
        } else {
          stdinRead = true;
          readStdin(stdin, sink);
        }
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        sink.reject(new DocumentError(input, "not a valid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        Set<Path> ancestors = new HashSet<>();
        walk(path, path, ancestors, sink);
      } else if (Files.exists(path)) {
        Path fileName = path.getFileName();
        readPath(path, fileName == null ? input : fileName.toString(), sink);
      } else {
        sink.reject(new DocumentError(input, "no such file or folder"));
      }
    }
  }

  /**
   * Reads one file's bytes from {@code in} (e.g. a file on HDFS or S3 read by a Spark task) with
   * exactly the rules of a file input: the reader is {@link DocumentReaders#forName the one for
   * {@code name}}, JSON Lines are streamed line by line, anything else is read whole up to the size
   * limit, and every problem ({@code "empty document"}, {@code "not valid UTF-8 at byte N"} …) goes
   * to {@code sink} under {@code name}, never thrown. {@code in} is not closed.
   *
   * @param name the document name as {@code geokg build} would give it (the path relative to the
   *     folder input, or the file name)
   */
  public void readInput(String name, InputStream in, DocumentSink sink) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sink, "sink");
    DocumentReader reader = DocumentReaders.forName(name);
    try {
      BufferedInputStream b = new BufferedInputStream(in, SNIFF_BYTES);
      b.mark(1);
      if (b.read() < 0) {
        sink.reject(new DocumentError(name, "empty document"));
        return;
      }
      b.reset();
      if (reader instanceof JsonLinesReader) {
        readJsonLines(name, b, sink);
        return;
      }
      byte[] bytes = readUpTo(b, maxBytes);
      if (bytes == null) {
        sink.reject(new DocumentError(name, tooLarge()));
        return;
      }
      readBytes(name, bytes, reader, sink);
    } catch (IOException e) {
      sink.reject(new DocumentError(name, "unreadable: " + describe(e)));
    }
  }

  private void walk(Path root, Path dir, Set<Path> ancestors, DocumentSink sink) {
    String dirName = root.equals(dir) ? root.toString() : relative(root, dir);
    try {
      // A symbolic link back up the tree would make the walk endless.
      if (!ancestors.add(dir.toRealPath())) {
        sink.reject(new DocumentError(dirName, "folder link loop: skipped"));
        return;
      }
    } catch (IOException e) {
      sink.reject(new DocumentError(dirName, "unreadable folder: " + describe(e)));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (!p.getFileName().toString().startsWith(".")) {
          entries.add(p);
        }
      }
    } catch (IOException e) {
      sink.reject(new DocumentError(dirName, "unreadable folder: " + describe(e)));
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : entries) {
      if (Files.isDirectory(p)) {
        walk(root, p, ancestors, sink);
      } else {
        readPath(p, relative(root, p), sink);
      }
    }
    try {
      ancestors.remove(dir.toRealPath());
    } catch (IOException e) {
      // Gone while we read it; nothing left to unmark.
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  private void readPath(Path path, String name, DocumentSink sink) {
    if (!Files.exists(path)) {
      sink.reject(new DocumentError(name, "no such file or folder (broken link?)"));
      return;
    }
    if (!Files.isRegularFile(path)) {
      sink.reject(new DocumentError(name, "not a regular file"));
      return;
    }
    DocumentReader reader = DocumentReaders.forName(path.getFileName().toString());
    try {
      long size = Files.size(path);
      if (size == 0) {
        sink.reject(new DocumentError(name, "empty document"));
        return;
      }
      if (reader instanceof JsonLinesReader) {
        try (InputStream in = Files.newInputStream(path)) {
          readJsonLines(name, in, sink);
        }
        return;
      }
      if (size > maxBytes) {
        sink.reject(new DocumentError(name, tooLarge()));
        return;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readUpTo(in, maxBytes);
      }
      if (bytes == null) {
        sink.reject(new DocumentError(name, tooLarge()));
        return;
      }
      readBytes(name, bytes, reader, sink);
    } catch (IOException e) {
      sink.reject(new DocumentError(name, "unreadable: " + describe(e)));
    }
  }

  private void readStdin(InputStream stdin, DocumentSink sink) {
    try {
      // Not closed: the caller owns stdin.
      BufferedInputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      in.reset();
      if (firstNonBlank(head) == '{') {
        readJsonLines("-", in, sink);
        return;
      }
      byte[] bytes = readUpTo(in, maxBytes);
      if (bytes == null) {
        sink.reject(new DocumentError("-", tooLarge()));
        return;
      }
      readBytes("-", bytes, DocumentReaders.plainText(), sink);
    } catch (IOException e) {
      sink.reject(new DocumentError("-", "unreadable: " + describe(e)));
    }
  }

  private void readBytes(String name, byte[] bytes, DocumentReader reader, DocumentSink sink) {
    if (bytes.length == 0) {
      sink.reject(new DocumentError(name, "empty document"));
      return;
    }
    String notText = notText(bytes, bytes.length);
    if (notText != null) {
      sink.reject(new DocumentError(name, notText));
      return;
    }
    String text;
    try {
      text = decode(bytes, 0, bytes.length, newDecoder(), 0, true);
    } catch (Rejection r) {
      sink.reject(new DocumentError(name, r.reason()));
      return;
    }
    String empty = Texts.emptiness(text);
    if (empty != null) {
      sink.reject(new DocumentError(name, empty));
      return;
    }
    reader.read(name, text, sink);
  }

  /** Streams a JSON Lines input so that a big file is never held whole. */
  private void readJsonLines(String name, InputStream raw, DocumentSink sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    String notText = notText(head, head.length);
    if (notText != null) {
      sink.reject(new DocumentError(name, notText));
      return;
    }
    JsonLinesReader.Batch batch = new JsonLinesReader.Batch(name, sink);
    CharsetDecoder decoder = newDecoder();
    byte[] chunk = new byte[SNIFF_BYTES];
    byte[] line = new byte[1024];
    int lineLength = 0;
    // Past the limit a line's bytes are dropped, not kept, but still scanned for its end.
    boolean tooLong = false;
    long chunkStart = 0;
    long lineStart = 0;
    int lineNo = 0;
    int n;
    while (!batch.stopped && (n = in.read(chunk)) >= 0) {
      int from = 0;
      while (from < n && !batch.stopped) {
        int nl = from;
        while (nl < n && chunk[nl] != '\n') {
          nl++;
        }
        int piece = nl - from;
        if (!tooLong && lineLength + (long) piece > maxBytes) {
          tooLong = true;
        }
        if (!tooLong) {
          if (lineLength + piece > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + piece));
          }
          System.arraycopy(chunk, from, line, lineLength, piece);
          lineLength += piece;
        }
        if (nl == n) {
          break;
        }
        endLine(batch, ++lineNo, line, lineLength, tooLong, lineStart, decoder);
        lineLength = 0;
        tooLong = false;
        from = nl + 1;
        lineStart = chunkStart + from;
      }
      chunkStart += n;
    }
    if (!batch.stopped && (lineLength > 0 || tooLong)) {
      endLine(batch, ++lineNo, line, lineLength, tooLong, lineStart, decoder);
    }
    batch.finish();
  }

  private void endLine(JsonLinesReader.Batch batch, int lineNo, byte[] line, int length,
      boolean tooLong, long lineStart, CharsetDecoder decoder) {
    if (tooLong) {
      batch.reject(lineNo, tooLarge());
      return;
    }
    int from = lineNo == 1 && hasBom(line, length) ? 3 : 0;
    try {
      batch.line(lineNo, decode(line, from, length - from, decoder, lineStart, false));
    } catch (Rejection r) {
      batch.reject(lineNo, r.reason());
    }
  }

  private String tooLarge() {
    long mb = 1024 * 1024;
    return maxBytes % mb == 0 ? "larger than " + maxBytes / mb + " MB" : "larger than " + maxBytes + " bytes";
  }

  /** Reads at most {@code max} bytes; null if there are more. */
  private static byte[] readUpTo(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() >= 0) {
      return null;
    }
    return bytes;
  }

  /**
   * Why these bytes are not text, or null. NUL bytes or over 30% control characters mean binary;
   * a UTF-16 byte order mark gets its own reason, since "binary" would puzzle the user.
   */
  static String notText(byte[] b, int len) {
    if (len >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return "not UTF-8: starts with a UTF-16 byte order mark; convert it to UTF-8";
    }
    int control = 0;
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "binary file, not text";
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    return control * 10L > len * 3L ? "binary file, not text" : null;
  }

  private static CharsetDecoder newDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Strict UTF-8. The reason names the offending byte's offset in the input ({@code base} is the
   * offset of {@code bytes[0]}) and, if {@code withLine}, its line.
   */
  private static String decode(
      byte[] bytes, int from, int len, CharsetDecoder decoder, long base, boolean withLine)
      throws Rejection {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = from; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String where = withLine ? " (line " + line + ")" : "";
      throw new Rejection("not valid UTF-8 at byte " + (base + at) + where);
    }
    out.flip();
    return out.toString();
  }

  private static boolean hasBom(byte[] b) {
    return hasBom(b, b.length);
  }

  private static boolean hasBom(byte[] b, int length) {
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static int firstNonBlank(byte[] b) {
    for (int i = hasBom(b) ? 3 : 0; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
        return b[i];
      }
    }
    return -1;
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
