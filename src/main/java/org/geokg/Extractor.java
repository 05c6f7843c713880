package org.geokg;

import org.apache.jena.graph.Graph;
import org.geokg.doc.Document;

/**
 * Turns a document into its graph: CoreNLP annotation, entity linking, relation extraction, RDF.
 * Thread-safe: one instance serves every thread (its models are loaded once).
 */
public interface Extractor {

  /** Extracts one document. Throws {@link ExtractionException} naming the document on failure. */
  DocumentGraph extract(Document document);

  /** The curated reference data (states, organisations, memberships, regions) as a graph. */
  Graph referenceGraph();
}
