package org.geokg.doc;

/** A reason to reject an input, raised deep in a reader and turned into a {@link DocumentError}. */
final class Rejection extends Exception {
  private static final long serialVersionUID = 1L;

  Rejection(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
