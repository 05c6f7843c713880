package org.geokg.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.geokg.export.StateNetwork.Actor;
import org.geokg.export.StateNetwork.Edge;

/**
 * Writes the state-level network as GraphML (Gephi, Cytoscape, yEd, networkx): node attributes
 * {@code label}, {@code code}, {@code type}; edge attributes {@code relation}, {@code kind},
 * {@code count}, {@code first_date}, {@code color}. Symmetric relations are undirected edges
 * ({@code directed="false"}) in an otherwise directed graph.
 */
public final class GraphmlWriter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphmlWriter() {}

  /** Writes the factual edges of {@code network} (asserted and reported claims). */
  public static void write(StateNetwork network, Writer out) throws XMLStreamException {
    // StAX escapes text and attributes, so labels and sentences need no care of ours.
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace(NS);
    x.writeCharacters("\n");
    key(x, "label", "node", "label", "string");
    key(x, "code", "node", "code", "string");
    key(x, "type", "node", "type", "string");
    key(x, "relation", "edge", "relation", "string");
    key(x, "kind", "edge", "kind", "string");
    key(x, "count", "edge", "count", "int");
    key(x, "first_date", "edge", "first_date", "string");
    key(x, "color", "edge", "color", "string");
    x.writeStartElement("graph");
    x.writeAttribute("id", "geokg");
    x.writeAttribute("edgedefault", "directed");
    x.writeCharacters("\n");
    for (Actor a : network.actors()) {
      x.writeStartElement("node");
      x.writeAttribute("id", DotWriter.id(a.iri()));
      data(x, "label", a.label());
      data(x, "code", a.code());
      data(x, "type", a.type());
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    int n = 0;
    for (Edge e : network.edges(true)) {
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + n++);
      x.writeAttribute("source", DotWriter.id(e.source()));
      x.writeAttribute("target", DotWriter.id(e.target()));
      if (e.symmetric()) {
        x.writeAttribute("directed", "false");
      }
      data(x, "relation", e.relation());
      data(x, "kind", e.kind().id());
      data(x, "count", Integer.toString(e.count()));
      data(x, "first_date", e.firstDate());
      data(x, "color", e.kind().color());
      x.writeEndElement();
      x.writeCharacters("\n");
    }
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
    x.flush();
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
    x.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
