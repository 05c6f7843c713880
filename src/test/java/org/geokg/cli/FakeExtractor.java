package org.geokg.cli;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.geokg.DocumentGraph;
import org.geokg.ExtractionException;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.store.TestGraphs;

/** Extracts "USA alliedWith KOR" from any text, and fails on blank text, without CoreNLP. */
final class FakeExtractor implements Extractor {
  final AtomicInteger extracted = new AtomicInteger();

  @Override
  public DocumentGraph extract(Document document) {
    if (document.content().isBlank()) {
      throw new ExtractionException(document.name() + ": empty document");
    }
    extracted.incrementAndGet();
    return TestGraphs.alliance(document, "USA", "KOR");
  }

  @Override
  public Graph referenceGraph() {
    return TestGraphs.reference();
  }
}
