package org.geokg.doc;

import com.google.common.base.CharMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers shared by the readers: blanking that keeps offsets, emptiness, and dates. */
final class Texts {
  static final char BOM = '\uFEFF';

  // Guava's whitespace() knows the Unicode spaces (NBSP, em space…) but not the BOM.
  private static final CharMatcher BLANK = CharMatcher.whitespace().or(CharMatcher.is(BOM));

  /** YYYY-MM-DD, optionally followed by a time ("T10:00Z", " 16:25:06-04:00"). */
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ].*)?");

  private Texts() {}

  /**
   * Replaces {@code buf[from, to)} by spaces, except line breaks: keeping them keeps line numbers and
   * paragraph breaks (the sentence splitter breaks on blank lines).
   */
  static void blank(char[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] != '\n' && buf[i] != '\r') {
        buf[i] = ' ';
      }
    }
  }

  /** Blanks a leading byte order mark, which is an encoding artefact, not text; returns where text starts. */
  static int blankBom(char[] buf) {
    if (buf.length > 0 && buf[0] == BOM) {
      buf[0] = ' ';
      return 1;
    }
    return 0;
  }

  static boolean isBlank(CharSequence s) {
    return BLANK.matchesAllOf(s);
  }

  static boolean isBlank(char c) {
    return BLANK.matches(c);
  }

  /** Why {@code text} cannot be a document because it has no text, or null if it has some. */
  static String emptiness(String text) {
    if (text.isEmpty()) {
      return "empty document";
    }
    if (isBlank(text)) {
      return "no text: whitespace only";
    }
    return null;
  }

  /**
   * Parses a date given as YYYY-MM-DD, possibly followed by a time, which is ignored: the date as the
   * publisher wrote it is the one the article's "yesterday" refers to.
   *
   * @param where where the date was found, for the reason ("in the front matter")
   * @throws Rejection if the value is not a date or names a day that does not exist
   */
  static LocalDate parseDate(String value, String where) throws Rejection {
    String v = value.strip();
    Matcher m = DATE.matcher(v);
    if (!m.matches()) {
      throw new Rejection("date '" + v + "' " + where + " is not a date (expected YYYY-MM-DD)");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new Rejection("impossible date " + v.substring(0, 10) + " " + where);
    }
  }
}
