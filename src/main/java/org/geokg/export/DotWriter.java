package org.geokg.export;

import java.io.IOException;
import java.io.Writer;
import org.geokg.export.StateNetwork.Actor;
import org.geokg.export.StateNetwork.Edge;
import org.geokg.rdf.GK;

/**
 * Writes the state-level network as a Graphviz {@code digraph}: one node per state or organisation
 * (label from {@code rdfs:label}), one edge per (source, target, relation) with the attributes
 * {@code relation}, {@code kind}, {@code count}, {@code first_date}, coloured by kind; symmetric
 * relations have no arrow head ({@code dir=none}).
 */
public final class DotWriter {
  private DotWriter() {}

  /** Writes the factual edges of {@code network} (asserted and reported claims). */
  public static void write(StateNetwork network, Writer out) throws IOException {
    out.write("// geokg state-level network: dot -Tsvg -o network.svg this.dot\n");
    out.write("digraph geokg {\n");
    out.write("  graph [overlap=false, splines=true];\n");
    out.write("  node [style=filled, fontname=\"Helvetica\"];\n");
    out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Actor a : network.actors()) {
      out.write("  " + quote(id(a.iri())) + " [label=" + quote(a.label()) + ", code=" + quote(a.code())
          + ", type=" + quote(a.type()) + ", shape=" + shape(a.type()) + ", fillcolor=" + quote(fill(a.type())) + "];\n");
    }
    for (Edge e : network.edges(true)) {
      out.write("  " + quote(id(e.source())) + " -> " + quote(id(e.target())) + " [label="
          + quote(e.relation() + (e.count() > 1 ? " (" + e.count() + ")" : "")) + ", relation=" + quote(e.relation())
          + ", kind=" + quote(e.kind().id()) + ", count=" + e.count() + ", first_date=" + quote(e.firstDate())
          + ", color=" + quote(e.kind().color()) + ", fontcolor=" + quote(e.kind().color())
          + (e.symmetric() ? ", dir=none" : "") + "];\n");
    }
    out.write("}\n");
    out.flush();
  }

  /** A node id readable in the file: the IRI after the {@code gkd:} base ({@code state/USA}). */
  static String id(String iri) {
    return iri.startsWith(GK.ID) ? iri.substring(GK.ID.length()) : iri;
  }

  /** A DOT double-quoted string: backslash and quote escaped, line breaks as {@code \n}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String shape(String type) {
    return switch (type) {
      case "state" -> "ellipse";
      case "organization" -> "box";
      case "region" -> "hexagon";
      default -> "diamond";
    };
  }

  private static String fill(String type) {
    return switch (type) {
      case "state" -> "#dbe9f6";
      case "organization" -> "#fde0c5";
      case "region" -> "#e5e5e5";
      default -> "#fff2b3";
    };
  }
}
