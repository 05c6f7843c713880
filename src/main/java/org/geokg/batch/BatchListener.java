package org.geokg.batch;

import org.geokg.DocumentGraph;
import org.geokg.doc.Document;

/**
 * Hears what a {@link BatchBuilder} does with each input, in input order, on the thread that called
 * {@link BatchBuilder#run}: a listener needs no locking.
 */
public interface BatchListener {

  /** {@code document}'s graph was committed. */
  default void stored(Document document, DocumentGraph.Stats stats) {}

  /** {@code name} was not extracted because its graph is already stored ({@code reason} says so). */
  default void skipped(String name, String reason) {}

  /**
   * {@code name} could not be read, extracted or stored; {@code reason} is one line and does not
   * repeat the name.
   */
  default void failed(String name, String reason) {}
}
