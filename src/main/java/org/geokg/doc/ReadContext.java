package org.geokg.doc;

/**
 * What a {@link DocumentReader} is told about the run beside the input itself, in the manner of the
 * {@code Context} Jena passes to a {@code ReaderRIOT}: for now, the size limit of one document.
 *
 * <p>A reader that holds a whole input applies the limit to the input; a streaming reader applies it
 * to each record it holds (a line of JSON Lines), so a large file of small records is read whole.
 */
public final class ReadContext {

  /** The default size limit of one document: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final ReadContext DEFAULTS = new ReadContext(DEFAULT_MAX_BYTES);

  private final long maxBytes;

  private ReadContext(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The context with the default size limit. */
  public static ReadContext defaults() {
    return DEFAULTS;
  }

  /**
   * A context whose documents may be at most {@code maxBytes} bytes.
   *
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public static ReadContext withMaxBytes(long maxBytes) {
    return maxBytes == DEFAULT_MAX_BYTES ? DEFAULTS : new ReadContext(maxBytes);
  }

  /** The size limit of one document (or one record of a streamed input), in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The reason given for a document over the limit: {@code "larger than 20 MB"}. */
  public String tooLarge() {
    long mb = 1024 * 1024;
    return maxBytes % mb == 0 ? "larger than " + maxBytes / mb + " MB" : "larger than " + maxBytes + " bytes";
  }
}
