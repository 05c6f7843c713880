package org.geokg.doc;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link DocumentReader}s by file-name suffix, in the manner of Jena's {@code
 * RDFParserRegistry}.
 *
 * <p>Registered at start: {@code md}, {@code markdown} → {@link MarkdownReader}; {@code jsonl},
 * {@code ndjson} → {@link JsonLinesReader}; {@code html}, {@code htm} → {@link HtmlReader}; {@code
 * txt}, {@code text} → {@link PlainTextReader}. Any other name is read as plain text. Suffixes are
 * matched case-insensitively, longest first, so {@code register("gdelt.jsonl", r)} wins over {@code
 * jsonl} for {@code x.gdelt.jsonl}. The registry is global and thread-safe.
 *
 * <p>A new format, streamed or read whole, is a {@link DocumentReader} registered here: {@link
 * DocumentSource} reads every format the same way.
 */
public final class DocumentReaders {

  private static final DocumentReader PLAIN = new PlainTextReader();
  private static final Map<String, DocumentReader> BY_SUFFIX = new ConcurrentHashMap<>();

  static {
    register("md", new MarkdownReader());
    register("markdown", new MarkdownReader());
    register("jsonl", new JsonLinesReader());
    register("ndjson", new JsonLinesReader());
    register("html", new HtmlReader());
    register("htm", new HtmlReader());
    register("txt", PLAIN);
    register("text", PLAIN);
  }

  private DocumentReaders() {}

  /**
   * Makes {@code reader} read files whose name ends with {@code "." + suffix}, replacing any reader
   * registered for that suffix.
   *
   * @param suffix the suffix without or with its leading dot ({@code "md"} or {@code ".md"})
   * @throws IllegalArgumentException if the suffix is empty
   */
  public static void register(String suffix, DocumentReader reader) {
    Objects.requireNonNull(reader, "reader");
    BY_SUFFIX.put(normalise(suffix), reader);
  }

  /**
   * The reader for a file name or path: the one registered for its longest matching suffix, else
   * the plain-text reader.
   */
  public static DocumentReader forName(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .toLowerCase(Locale.ROOT);
    // Start after the first character so a hidden file's leading dot is not a suffix.
    for (int dot = name.indexOf('.', 1); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      DocumentReader r = BY_SUFFIX.get(name.substring(dot + 1));
      if (r != null) {
        return r;
      }
    }
    return PLAIN;
  }

  /**
   * The reader for an input known only by its first bytes (standard input): JSON Lines when the first
   * character that is not a blank or a byte order mark is <code>{</code>, else plain text.
   */
  public static DocumentReader forContent(byte[] head) {
    int i = Utf8.hasBom(head, head.length) ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    return i < head.length && head[i] == '{' ? forName("-.jsonl") : PLAIN;
  }

  /** The reader for text with no known format. */
  public static DocumentReader plainText() {
    return PLAIN;
  }

  private static String normalise(String suffix) {
    String s = suffix.startsWith(".") ? suffix.substring(1) : suffix;
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty suffix");
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
