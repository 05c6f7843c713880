package org.geokg.doc;

import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link DocumentReader} for a format whose document is the whole input (plain text, Markdown,
 * HTML): the input is read up to the size limit and decoded as strict UTF-8 here, once for every
 * such format, and the format sees only the text.
 *
 * <p>Rejected before the format sees it, each under the input's name: {@code "empty document"},
 * {@code "larger than 20 MB"}, {@code "binary file, not text"}, {@code "not UTF-8: starts with a
 * UTF-16 byte order mark…"}, {@code "not valid UTF-8 at byte N (line L)"} (N counted from 0), {@code
 * "no text: whitespace only"}. A UTF-8 byte order mark is kept in the text, as U+FEFF.
 */
public abstract class WholeTextReader implements DocumentReader {

  @Override
  public final void read(InputStream in, String name, DocumentSink sink, ReadContext context) throws IOException {
    byte[] bytes = Utf8.readUpTo(in, context.maxBytes());
    if (bytes == null) {
      sink.reject(new DocumentError(name, context.tooLarge()));
      return;
    }
    if (bytes.length == 0) {
      sink.reject(new DocumentError(name, "empty document"));
      return;
    }
    String notText = Utf8.notText(bytes, bytes.length);
    if (notText != null) {
      sink.reject(new DocumentError(name, notText));
      return;
    }
    String text;
    try {
      text = Utf8.decode(bytes, 0, bytes.length, Utf8.newDecoder(), 0, true);
    } catch (Rejection r) {
      sink.reject(new DocumentError(name, r.reason()));
      return;
    }
    String empty = Texts.emptiness(text);
    if (empty != null) {
      sink.reject(new DocumentError(name, empty));
      return;
    }
    read(name, text, sink);
  }

  /**
   * Reads one whole input, decoded.
   *
   * @param name the input's name, as in {@link #read(InputStream, String, DocumentSink, ReadContext)}
   * @param text the whole input
   * @param sink receives zero or more documents and errors, in input order
   */
  @Override
  public abstract void read(String name, String text, DocumentSink sink);
}
