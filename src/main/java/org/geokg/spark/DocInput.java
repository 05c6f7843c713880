package org.geokg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;

/**
 * What crosses Spark's shuffle between reading and extraction: a {@link Document} (which is not
 * {@link Serializable}) or a {@link DocumentError}, with its place in the input for picking the
 * first of several copies of one text, as {@code geokg build} keeps the first.
 *
 * @param input the index of the input argument the document came from
 * @param file the document's file name relative to its input (its order within the input)
 * @param ordinal the document's place within its file (JSON Lines hold many)
 * @param copies how many inputs had this text (1 unless copies were merged)
 */
record DocInput(
    String name, String text, String content, LocalDate date, String title, String source,
    String error, int input, String file, int ordinal, int copies) implements Serializable {

  static DocInput of(Document d, int input, String file, int ordinal) {
    return new DocInput(d.name(), d.text(), d.content(), d.date(), d.title(), d.source(), null,
        input, file, ordinal, 1);
  }

  static DocInput failed(DocumentError e, int input, String file, int ordinal) {
    return new DocInput(e.name(), null, null, null, null, null, e.reason(), input, file, ordinal, 1);
  }

  boolean isError() {
    return error != null;
  }

  Document document() {
    return new Document(name, text, content, date, title, source);
  }

  /** The copy of a text that {@code geokg build} would keep (the first in input order), counting both. */
  static DocInput first(DocInput a, DocInput b) {
    int c = Integer.compare(a.input, b.input);
    if (c == 0) {
      c = FileLister.PATH_ORDER.compare(a.file, b.file);
    }
    if (c == 0) {
      c = Integer.compare(a.ordinal, b.ordinal);
    }
    DocInput keep = c <= 0 ? a : b;
    return new DocInput(keep.name, keep.text, keep.content, keep.date, keep.title, keep.source,
        keep.error, keep.input, keep.file, keep.ordinal, a.copies + b.copies);
  }
}
