package org.geokg;

/** A document could not be extracted; the message names the document and the reason. */
public class ExtractionException extends RuntimeException {
  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExtractionException(String message) {
    super(message);
  }
}
