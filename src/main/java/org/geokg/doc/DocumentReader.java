package org.geokg.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one input into documents, as Jena's {@code ReaderRIOT} turns a stream into
 * triples: there is one implementation per format, {@link DocumentReaders} picks one by file name,
 * and {@link DocumentSource} hands every reader the same thing, a stream and a sink, so no format is
 * a special case. A format read whole extends {@link WholeTextReader}; one read record by record
 * (JSON Lines, an event export) extends {@link LineStreamReader} or reads the stream itself.
 *
 * <p>A reader never throws for bad input: it reports each bad part to {@link
 * DocumentSink#reject(DocumentError)} and goes on with the rest, so one bad line of a JSON Lines file
 * costs that line only. Every {@link Document} it produces keeps {@code content().length() ==
 * text().length()}, with metadata blanked to spaces and newlines kept. Readers are shared by
 * threads, so they keep no state between calls.
 */
@FunctionalInterface
public interface DocumentReader {

  /**
   * Reads one input.
   *
   * @param in the input's bytes, from the start; the reader need not close it (the caller does)
   * @param name the input's name as the user knows it (a path relative to the input folder, a file
   *     name, or "-" for stdin); used as the document name and in every {@link DocumentError}
   * @param sink receives zero or more documents and errors, in input order
   * @param context the run's limits: a reader holds at most {@link ReadContext#maxBytes()} bytes of
   *     one document and rejects a larger one with {@link ReadContext#tooLarge()}
   * @throws IOException only when reading {@code in} fails; {@link DocumentSource} reports it as one
   *     error for the input
   */
  void read(InputStream in, String name, DocumentSink sink, ReadContext context) throws IOException;

  /**
   * Reads text already decoded, as if it were the UTF-8 content of an input named {@code name}, with
   * the default limits. For tests and for callers that hold the text; unpaired surrogates become
   * {@code ?} in the encoding.
   */
  default void read(String name, String text, DocumentSink sink) {
    try {
      read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, sink, ReadContext.defaults());
    } catch (IOException e) {
      // A byte array does not fail to read.
      throw new UncheckedIOException(e);
    }
  }
}
