package org.geokg.doc;

/**
 * Turns the decoded text of one input into documents. There is one implementation per format; {@link
 * DocumentReaders} picks one by file name.
 *
 * <p>A reader never throws for bad input: it reports each bad part to {@link
 * DocumentSink#reject(DocumentError)} and goes on with the rest, so one bad line of a JSON Lines file
 * costs that line only. Every {@link Document} it produces keeps {@code content().length() ==
 * text().length()}, with metadata blanked to spaces and newlines kept.
 */
public interface DocumentReader {

  /**
   * Reads one input.
   *
   * @param name the input's name as the user knows it (a path relative to the input folder, a file
   *     name, or "-" for stdin); used as the document name and in every {@link DocumentError}
   * @param text the whole input, decoded
   * @param sink receives zero or more documents and errors, in input order
   */
  void read(String name, String text, DocumentSink sink);
}
