package org.geokg.doc;

/** Receives what a {@link DocumentReader} or {@link DocumentSource} reads, one input at a time. */
public interface DocumentSink {
  /** A document that was read. */
  void accept(Document document);

  /** An input that could not be read; reading goes on with the next one. */
  void reject(DocumentError error);
}
