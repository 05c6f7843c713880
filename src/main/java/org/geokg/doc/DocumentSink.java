package org.geokg.doc;

/** Receives what a {@link DocumentReader} or {@link DocumentSource} reads, one input at a time. */
public interface DocumentSink {
  /** A document that was read. */
  void accept(Document document);

  /** An input that could not be read; reading goes on with the next one. */
  void reject(DocumentError error);

  /** A sink that hands documents to {@code accept} and errors to {@code reject}. */
  static DocumentSink of(java.util.function.Consumer<Document> accept,
      java.util.function.Consumer<DocumentError> reject) {
    return new DocumentSink() {
      @Override
      public void accept(Document document) {
        accept.accept(document);
      }

      @Override
      public void reject(DocumentError error) {
        reject.accept(error);
      }
    };
  }
}
