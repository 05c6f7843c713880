package org.geokg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.geokg.DocumentGraph;

/** A document's graph as N-Quads text, by Jena's streaming writer. */
final class NQuads {
  private NQuads() {}

  /**
   * The quads of {@code dg}'s graph under its {@link DocumentGraph#graphIri()}, one per line, without
   * the last line break (Spark's text output adds it); null for an empty graph. One document's quads
   * stay together, in one part file.
   */
  static String of(DocumentGraph dg) {
    if (dg.graph().isEmpty()) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
    Node g = NodeFactory.createURI(dg.graphIri());
    w.start();
    dg.graph().find().forEachRemaining(t -> w.quad(Quad.create(g, t)));
    w.finish();
    String s = out.toString(StandardCharsets.UTF_8);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
