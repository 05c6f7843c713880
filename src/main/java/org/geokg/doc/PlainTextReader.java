package org.geokg.doc;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text: the whole text is content, except an optional date header.
 *
 * <p>The header is {@code date YYYY-MM-DD} at the very start (after whitespace or a byte order mark),
 * as in the seed corpus, where it shares its line with the first sentence: {@code " date 2022-01-27
 * Huddling with Seoul…"}. {@code Date:} is accepted too. The header becomes {@link Document#date()}
 * and is blanked in {@link Document#content()}. A header whose date is malformed or impossible
 * ({@code 2022-02-30}) rejects the document rather than losing the date silently.
 */
public final class PlainTextReader extends WholeTextReader {

  // Only a token starting with a digit makes a header, so prose like "Date night in Paris" is text.
  private static final Pattern HEADER =
      Pattern.compile("\\A[\\s\\uFEFF]*(date:?[ \\t]+(\\d\\S*))", Pattern.CASE_INSENSITIVE);

  @Override
  public void read(String name, String text, DocumentSink sink) {
    String empty = Texts.emptiness(text);
    if (empty != null) {
      sink.reject(new DocumentError(name, empty));
      return;
    }
    char[] buf = text.toCharArray();
    Texts.blankBom(buf);
    LocalDate date = null;
    Matcher m = HEADER.matcher(text);
    if (m.find()) {
      String token = m.group(2);
      if (!token.matches("\\d{4}-\\d{2}-\\d{2}(?:T\\S*)?")) {
        sink.reject(new DocumentError(
            name, "malformed date header '" + m.group(1) + "': expected 'date YYYY-MM-DD'"));
        return;
      }
      try {
        date = Texts.parseDate(token, "in the date header");
      } catch (Rejection r) {
        sink.reject(new DocumentError(name, r.reason()));
        return;
      }
      Texts.blank(buf, 0, m.end());
    }
    String content = new String(buf);
    if (Texts.isBlank(content)) {
      sink.reject(new DocumentError(name, "no text after the date header"));
      return;
    }
    sink.accept(new Document(name, text, content, date, null, null));
  }
}
