package org.geokg.doc;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document.
 *
 * <p>{@link #text()} is the text exactly as given (the whole file for plain text and Markdown); the
 * document id and every evidence offset refer to it. {@link #content()} has the same length, with any
 * header or front matter blanked to spaces, and is what the NLP reads: keeping the lengths equal is
 * what lets CoreNLP's offsets point into the original text.
 *
 * @param name the input's own id (JSON Lines {@code id}) or its file name; "-" for stdin
 * @param text the text as given
 * @param content {@code text} with metadata blanked; same length as {@code text}
 * @param date the publication date, if known; resolves relative time expressions
 * @param title the title, if known
 * @param source the source URL, if known
 */
public record Document(String name, String text, String content, LocalDate date, String title, String source) {

  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(content, "content");
    if (content.length() != text.length()) {
      throw new IllegalArgumentException("content must have the length of text");
    }
  }

  /** A document whose whole text is content. */
  public static Document plain(String name, String text, LocalDate date) {
    return new Document(name, text, text, date, null, null);
  }

  /** The content id: the first 16 hex digits of the SHA-256 of {@link #text()}. */
  public String id() {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  public Optional<LocalDate> dateIfKnown() {
    return Optional.ofNullable(date);
  }
}
