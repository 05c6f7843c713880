package org.geokg.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat subset of YAML that Markdown front matter uses: top-level {@code key: value} pairs whose
 * values are plain, single-quoted or double-quoted scalars (with YAML escapes and line folding) or
 * simple {@code |} / {@code >} blocks. Nested maps and lists are skipped, not parsed: only a few
 * scalar keys are read, and SnakeYAML is not on the classpath.
 */
final class FrontMatter {

  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]|$)(.*)");

  /** Raw value text per top-level key: the rest of the key's line plus its indented continuation lines. */
  private final Map<String, String> raw = new LinkedHashMap<>();

  private FrontMatter() {}

  /** Splits the lines between the {@code ---} fences into keys and raw values. */
  static FrontMatter parse(List<String> lines) {
    FrontMatter fm = new FrontMatter();
    String key = null;
    StringBuilder value = null;
    for (String line : lines) {
      boolean indented = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (key != null && (indented || line.isBlank())) {
        value.append('\n').append(line);
        continue;
      }
      Matcher m = KEY.matcher(line);
      if (m.matches()) {
        if (key != null) {
          fm.raw.putIfAbsent(key, value.toString());
        }
        key = m.group(1);
        value = new StringBuilder(m.group(2));
      } else if (key != null && !line.startsWith("#") && !line.startsWith("- ") && !line.equals("-")) {
        // Not YAML we understand; ends the previous value rather than corrupting it.
        fm.raw.putIfAbsent(key, value.toString());
        key = null;
      }
    }
    if (key != null) {
      fm.raw.putIfAbsent(key, value.toString());
    }
    return fm;
  }

  /** The scalar value of the first of {@code keys} that is present and not null, or null. */
  String get(String... keys) throws Rejection {
    for (String k : keys) {
      String r = raw.get(k);
      if (r != null) {
        String v;
        try {
          v = scalar(r);
        } catch (Rejection e) {
          throw new Rejection("front matter '" + k + "': " + e.reason());
        }
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
    }
    return null;
  }

  /** Parses one scalar; null for YAML null ({@code ~}, {@code null}, nothing). */
  static String scalar(String raw) throws Rejection {
    int i = 0;
    while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    if (i == raw.length()) {
      return null;
    }
    char c = raw.charAt(i);
    if (c == '"') {
      return quoted(raw, i + 1, '"');
    }
    if (c == '\'') {
      return quoted(raw, i + 1, '\'');
    }
    if (c == '|' || c == '>') {
      return block(raw, c == '|');
    }
    String v = plain(raw.substring(i));
    return v.equals("~") || v.equalsIgnoreCase("null") ? null : v;
  }

  private static String plain(String s) {
    List<String> parts = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      int hash = line.startsWith("#") ? 0 : indexOfComment(line);
      parts.add((hash >= 0 ? line.substring(0, hash) : line).strip());
    }
    return fold(parts);
  }

  private static int indexOfComment(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  /** YAML line folding: a single line break becomes a space, each further empty line a newline. */
  private static String fold(List<String> lines) {
    StringBuilder out = new StringBuilder();
    int empties = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        empties++;
        continue;
      }
      if (out.length() > 0) {
        out.append(empties == 0 ? " " : "\n".repeat(empties));
      }
      out.append(line);
      empties = 0;
    }
    return out.toString();
  }

  private static String block(String raw, boolean literal) {
    String[] lines = raw.split("\n", -1);
    List<String> body = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      body.add(lines[i].strip());
    }
    return literal ? String.join("\n", body).strip() : fold(body).strip();
  }

  private static String quoted(String s, int from, char quote) throws Rejection {
    StringBuilder out = new StringBuilder();
    // Escaped characters are never trimmed by folding, so remember where they end.
    int kept = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == quote) {
        if (quote == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          out.append('\'');
          kept = out.length();
          i += 2;
          continue;
        }
        return out.toString();
      }
      if (c == '\\' && quote == '"') {
        if (i + 1 >= s.length()) {
          break;
        }
        char e = s.charAt(i + 1);
        i += 2;
        if (e == '\n') {
          // An escaped line break joins the lines with nothing in between.
          while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
          }
          continue;
        }
        int hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (hex > 0) {
          if (i + hex > s.length() || !s.substring(i, i + hex).matches("[0-9A-Fa-f]+")) {
            throw new Rejection("bad escape \\" + e + " in a double-quoted value");
          }
          int cp = Integer.parseInt(s.substring(i, i + hex), 16);
          if (!Character.isValidCodePoint(cp)) {
            throw new Rejection("bad escape \\" + e + s.substring(i, i + hex));
          }
          out.appendCodePoint(cp);
          i += hex;
        } else {
          out.append(unescape(e));
        }
        kept = out.length();
        continue;
      }
      if (c == '\n') {
        int end = out.length();
        while (end > kept && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
          end--;
        }
        out.setLength(end);
        int breaks = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          if (s.charAt(i) == '\n') {
            breaks++;
          }
          i++;
        }
        out.append(breaks == 1 ? " " : "\n".repeat(breaks - 1));
        continue;
      }
      out.append(c);
      i++;
    }
    throw new Rejection("quoted value has no closing " + quote);
  }

  private static char unescape(char e) throws Rejection {
    switch (e) {
      case '0': return '\0';
      case 'a': return '\u0007';
      case 'b': return '\b';
      case 't': case '\t': return '\t';
      case 'n': return '\n';
      case 'v': return '\u000B';
      case 'f': return '\f';
      case 'r': return '\r';
      case 'e': return '\u001B';
      case ' ': return ' ';
      case '"': return '"';
      case '/': return '/';
      case '\\': return '\\';
      case 'N': return '\u0085';
      case '_': return '\u00A0';
      case 'L': return '\u2028';
      case 'P': return '\u2029';
      default: throw new Rejection("bad escape \\" + e + " in a double-quoted value");
    }
  }
}
