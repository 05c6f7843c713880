package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.geokg.store.GeoStore;
import org.geokg.store.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geokg dump}: the store as RDF. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the store as RDF.",
      "Quad formats (trig, nquads, jsonld) keep every named graph; triple formats (turtle, ntriples)"
          + " write the union of the graphs, which is what queries see.",
      "The same graphs give the same bytes: quads sorted by graph and subject, blank nodes labelled from"
          + " the graph (see docs/RDF.md)."
    })
final class DumpCommand implements Callable<Integer> {
  /** The dump formats. */
  enum Format {
    TURTLE(Lang.TURTLE),
    NTRIPLES(Lang.NTRIPLES),
    NQUADS(Lang.NQUADS),
    TRIG(Lang.TRIG),
    JSONLD(Lang.JSONLD),
    // Not RDF: the state-level network and the events table of org.geokg.export (lang null).
    DOT(null),
    GRAPHML(null),
    EVENTS_CSV(null);

    final Lang lang;

    Format(Lang lang) {
      this.lang = lang;
    }

    /** The name users type: {@code events-csv}; picocli matches values by this too. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final CliContext context;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--format",
      defaultValue = "trig",
      paramLabel = "FORMAT",
      description = "trig (default), nquads, jsonld, turtle or ntriples; or dot, graphml (the"
          + " state-level network) or events-csv (one row per interaction).")
  Format format;

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description = "Only this named graph, as an IRI or a prefixed name (graph:reference, doc:3f2a…).")
  String graph;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  DumpCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String graphIri = graph == null ? null : Prefixes.standard().expandPrefix(graph.replaceAll("^<|>$", ""));
    try (GeoStore store = storeOptions.openExisting()) {
      if (format.lang == null) {
        if (graphIri != null) {
          throw new IllegalArgumentException("--graph applies to RDF formats only, not " + format);
        }
        if (output == null) {
          OutputStream out = new BufferedOutputStream(context.out(), 1 << 16);
          org.geokg.export.Exports.write(store, format.toString(), out);
          out.flush();
        } else {
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            org.geokg.export.Exports.write(store, format.toString(), out);
          }
        }
        return 0;
      }
      if (output == null) {
        OutputStream out = new BufferedOutputStream(context.out(), 1 << 16);
        store.dump(out, format.lang, graphIri);
        out.flush();
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
          store.dump(out, format.lang, graphIri);
        }
      }
    }
    return 0;
  }
}
