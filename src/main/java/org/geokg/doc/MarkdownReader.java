package org.geokg.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown ({@code .md}, {@code .markdown}) with optional YAML front matter.
 *
 * <p>Front matter is the block between a {@code ---} line at the very start and the next {@code ---}
 * (or {@code ...}) line. From it come {@link Document#title()} ({@code title}), {@link
 * Document#date()} ({@code date}: {@code YYYY-MM-DD}, quoted or not, or a timestamp whose date part is
 * taken) and {@link Document#source()} ({@code source_url}, else {@code url}, else {@code source}).
 * Other keys are ignored. A malformed or impossible date, or front matter that is never closed,
 * rejects the document.
 *
 * <p>In {@link Document#content()} the front matter is blanked, and so is the Markdown syntax that
 * would otherwise reach the parser as words: heading {@code #}s, quote {@code >}s, list bullets,
 * rules, {@code *} and {@code `}, link and image targets ({@code [text](url)} keeps only {@code
 * text}), reference definitions, HTML tags and comments, and the backslash of escapes ({@code \#}).
 * Everything is replaced by spaces in place, so offsets still point into {@link Document#text()}.
 */
public final class MarkdownReader extends WholeTextReader {

  private static final Pattern LINK =
      Pattern.compile("(!?)\\[([^\\]\\n]*)\\]\\((?:[^()\\n]|\\([^()\\n]*\\))*\\)");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("(?m)^[ ]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+.*$");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern HTML_TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
  private static final Pattern RULE = Pattern.compile("[ ]{0,3}(?:(?:[-*_][ \\t]*){3,}|=+[ \\t]*)");

  @Override
  public void read(String name, String text, DocumentSink sink) {
    String empty = Texts.emptiness(text);
    if (empty != null) {
      sink.reject(new DocumentError(name, empty));
      return;
    }
    char[] buf = text.toCharArray();
    int start = Texts.blankBom(buf);
    LocalDate date = null;
    String title = null;
    String source = null;
    int body = start;
    if (isFence(text, start, "---")) {
      int open = lineEnd(text, start);
      List<String> lines = new ArrayList<>();
      int pos = next(text, open);
      int close = -1;
      while (pos < text.length()) {
        int end = lineEnd(text, pos);
        if (isFence(text, pos, "---") || isFence(text, pos, "...")) {
          close = next(text, end);
          break;
        }
        lines.add(stripCr(text.substring(pos, end)));
        pos = next(text, end);
      }
      if (close < 0) {
        sink.reject(new DocumentError(name, "front matter opened by '---' on line 1 is never closed"));
        return;
      }
      try {
        FrontMatter fm = FrontMatter.parse(lines);
        title = fm.get("title");
        source = fm.get("source_url", "url", "source");
        String d = fm.get("date");
        date = d == null ? null : Texts.parseDate(d, "in the front matter");
      } catch (Rejection r) {
        sink.reject(new DocumentError(name, r.reason()));
        return;
      }
      Texts.blank(buf, 0, close);
      body = close;
    }
    blankSyntax(buf, body);
    String content = new String(buf);
    if (Texts.isBlank(content)) {
      sink.reject(new DocumentError(name, "no text after the front matter"));
      return;
    }
    sink.accept(new Document(name, text, content, date, title, source));
  }

  /**
   * Blanks Markdown syntax in {@code buf[from..]}. Package-private for tests; works in place and never
   * changes the length.
   */
  static void blankSyntax(char[] buf, int from) {
    String s = new String(buf);
    blankAll(buf, HTML_COMMENT.matcher(s), from);
    blankAll(buf, HTML_TAG.matcher(s), from);
    // Escapes first: an escaped character is literal and must survive the passes below.
    boolean[] literal = new boolean[buf.length];
    for (int i = from; i + 1 < buf.length; i++) {
      char n = buf[i + 1];
      if (buf[i] == '\\' && n < 128 && isAsciiPunctuation(n)) {
        buf[i] = ' ';
        literal[i + 1] = true;
        i++;
      }
    }
    for (int pos = from; pos < buf.length; pos = next(s, lineEnd(s, pos))) {
      blankLineStart(buf, literal, pos, lineEnd(s, pos));
    }
    blankAll(buf, REFERENCE_DEFINITION.matcher(s), from);
    Matcher m = LINK.matcher(s);
    while (m.find()) {
      if (m.start() < from || literal[m.start()] || literal[m.start(2) - 1]) {
        continue;
      }
      Texts.blank(buf, m.start(), m.start(2));
      Texts.blank(buf, m.end(2), m.end());
    }
    for (int i = from; i < buf.length; i++) {
      if ((buf[i] == '*' || buf[i] == '`') && !literal[i]) {
        buf[i] = ' ';
      }
    }
  }

  private static void blankLineStart(char[] buf, boolean[] literal, int start, int end) {
    String line = new String(buf, start, end - start);
    if (RULE.matcher(stripCr(line)).matches()) {
      Texts.blank(buf, start, end);
      return;
    }
    int i = start;
    while (true) {
      while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
        i++;
      }
      if (i >= end || literal[i]) {
        return;
      }
      char c = buf[i];
      if (c == '>') {
        buf[i++] = ' ';
        continue;
      }
      if (c == '#') {
        int j = i;
        while (j < end && buf[j] == '#') {
          j++;
        }
        if (j - i <= 6 && (j == end || buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r')) {
          Texts.blank(buf, i, j);
          blankClosingHashes(buf, literal, j, end);
        }
        return;
      }
      if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (buf[i + 1] == ' ' || buf[i + 1] == '\t')) {
        buf[i] = ' ';
      }
      return;
    }
  }

  /** The optional closing sequence of an ATX heading: "## Title ##". */
  private static void blankClosingHashes(char[] buf, boolean[] literal, int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(buf[e - 1])) {
      e--;
    }
    int h = e;
    while (h > from && buf[h - 1] == '#' && !literal[h - 1]) {
      h--;
    }
    if (h < e && h > from && (buf[h - 1] == ' ' || buf[h - 1] == '\t')) {
      Texts.blank(buf, h, e);
    }
  }

  private static void blankAll(char[] buf, Matcher m, int from) {
    while (m.find()) {
      if (m.start() >= from) {
        Texts.blank(buf, m.start(), m.end());
      }
    }
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  private static boolean isFence(String text, int pos, String fence) {
    if (!text.startsWith(fence, pos)) {
      return false;
    }
    return Texts.isBlank(text.substring(pos + fence.length(), lineEnd(text, pos)));
  }

  private static int lineEnd(String text, int pos) {
    int nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length() : nl;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
