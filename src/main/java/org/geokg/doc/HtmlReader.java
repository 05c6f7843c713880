package org.geokg.doc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTML ({@code .html}, {@code .htm}) without a DOM: markup is blanked in place so offsets still
 * point into {@link Document#text()}.
 *
 * <p>Blanked: comments, the doctype, {@code <head>}, {@code <script>}, {@code <style>}, {@code
 * <template>} and {@code <noscript>} with their contents, and every tag. Block tags ({@code <p>},
 * {@code <h1>}, {@code <li>}, {@code <br>}…) become two line breaks, which the sentence splitter takes
 * as a paragraph break, so a heading does not run into the next sentence. Character references
 * ({@code &amp;}) are <em>not</em> decoded in content: that would change its length.
 *
 * <p>Metadata, when present: {@code <title>} (references decoded) as the title; the date part of a
 * {@code <meta>} named {@code article:published_time}, {@code date}, {@code dc.date}, {@code
 * dcterms.date}, {@code pubdate} or {@code publish-date} as the date (a value that is not ISO
 * {@code YYYY-MM-DD…} is ignored; an impossible one rejects the document); {@code <link
 * rel="canonical">} or {@code og:url} as the source.
 */
public final class HtmlReader extends WholeTextReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", FLAGS);
  private static final Pattern DECLARATION = Pattern.compile("<![^>]*>", FLAGS);
  private static final Pattern HIDDEN =
      Pattern.compile("<(head|script|style|template|noscript)\\b.*?(?:</\\1\\s*>|(?=<body[\\s>])|\\z)", FLAGS);
  private static final Pattern TAG =
      Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(?:\\s(?:\"[^\"]*\"|'[^']*'|[^<>\"'])*)?/?>", FLAGS);
  private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title\\s*>", FLAGS);
  private static final Pattern META = Pattern.compile("<(meta|link)\\b[^>]*>", FLAGS);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z][A-Za-z0-9:_.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
  private static final Pattern ISO_DATE = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}(?:[Tt ].*)?");

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
      "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
      "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul");
  private static final Set<String> DATE_NAMES = Set.of(
      "article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date");

  @Override
  public void read(String name, String text, DocumentSink sink) {
    String empty = Texts.emptiness(text);
    if (empty != null) {
      sink.reject(new DocumentError(name, empty));
      return;
    }
    String title = null;
    Matcher t = TITLE.matcher(text);
    if (t.find()) {
      title = decode(t.group(1)).replaceAll("\\s+", " ").strip();
      if (title.isEmpty()) {
        title = null;
      }
    }
    LocalDate date = null;
    String source = null;
    Matcher m = META.matcher(text);
    while (m.find()) {
      Map<String, String> a = attributes(m.group());
      String key = a.getOrDefault("name", a.getOrDefault("property", a.get("itemprop")));
      if (m.group(1).equalsIgnoreCase("link")) {
        if ("canonical".equalsIgnoreCase(a.get("rel")) && source == null) {
          source = a.get("href");
        }
      } else if (key != null) {
        String value = a.get("content");
        key = key.toLowerCase(Locale.ROOT);
        if (value != null && date == null && DATE_NAMES.contains(key) && ISO_DATE.matcher(value).matches()) {
          try {
            date = Texts.parseDate(value, "in <meta " + key + ">");
          } catch (Rejection r) {
            sink.reject(new DocumentError(name, r.reason()));
            return;
          }
        } else if (value != null && source == null && key.equals("og:url")) {
          source = value.strip();
        }
      }
    }

    char[] buf = text.toCharArray();
    Texts.blankBom(buf);
    for (Pattern p : new Pattern[] {COMMENT, DECLARATION, HIDDEN}) {
      Matcher x = p.matcher(new String(buf));
      while (x.find()) {
        Texts.blank(buf, x.start(), x.end());
      }
    }
    Matcher tag = TAG.matcher(new String(buf));
    while (tag.find()) {
      Texts.blank(buf, tag.start(), tag.end());
      if (BLOCKS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
        buf[tag.start()] = '\n';
        buf[tag.start() + 1] = '\n';
      }
    }
    String content = new String(buf);
    if (Texts.isBlank(content)) {
      sink.reject(new DocumentError(name, "no text outside the markup"));
      return;
    }
    sink.accept(new Document(name, text, content, date, title, source));
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> a = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      a.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), decode(v));
    }
    return a;
  }

  /** Decodes the character references likely in a title or attribute: numeric and the XML five. */
  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String r = m.group(1);
      String rep;
      switch (r) {
        case "amp": rep = "&"; break;
        case "lt": rep = "<"; break;
        case "gt": rep = ">"; break;
        case "quot": rep = "\""; break;
        case "apos": rep = "'"; break;
        case "nbsp": rep = "\u00A0"; break;
        default:
          int cp = r.charAt(1) == 'x' || r.charAt(1) == 'X'
              ? Integer.parseInt(r.substring(2), 16) : Integer.parseInt(r.substring(1));
          rep = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rep));
    }
    m.appendTail(out);
    return out.toString();
  }
}
