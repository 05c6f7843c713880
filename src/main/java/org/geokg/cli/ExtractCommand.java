package org.geokg.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.geokg.DocumentGraph;
import org.geokg.ExtractionException;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.store.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code geokg extract}: one document's graph on stdout, without a store. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts one document (the first of INPUT) and writes its graph to stdout.")
final class ExtractCommand implements Callable<Integer> {
  /** The output formats; TriG and N-Quads keep the document's graph name. */
  enum Format {
    TRIG(RDFFormat.TRIG_PRETTY),
    TURTLE(RDFFormat.TURTLE_PRETTY),
    NQUADS(RDFFormat.NQUADS),
    JSONLD(RDFFormat.JSONLD);

    final RDFFormat rdf;

    Format(RDFFormat rdf) {
      this.rdf = rdf;
    }
  }

  private final CliContext context;

  @Mixin DataOptions dataOptions;

  @Option(
      names = "--format",
      defaultValue = "trig",
      paramLabel = "FORMAT",
      description = "trig (default), turtle, nquads or jsonld.")
  Format format;

  @Parameters(paramLabel = "INPUT", description = "A file, a folder (its first document) or - for stdin.")
  String input;

  ExtractCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Document> documents = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    DocumentSource.read(List.of(input), DocumentSink.of(documents::add, errors::add));
    if (documents.isEmpty()) {
      throw new ExtractionException(errors.isEmpty() ? "no document in " + input : errors.get(0).toString());
    }
    Document document = documents.get(0);
    if (documents.size() + errors.size() > 1) {
      context.err().println("note: " + input + " holds " + (documents.size() + errors.size())
          + " inputs; extracting only " + document.name());
    }
    DocumentGraph graph = context.extractors().apply(dataOptions.folder()).extract(document);
    write(graph, format.rdf, context.out());
    return 0;
  }

  private static void write(DocumentGraph graph, RDFFormat format, OutputStream out) {
    if (format.getLang().equals(org.apache.jena.riot.Lang.TURTLE)) {
      RDFWriterRegistry.getWriterGraphFactory(format).create(format)
          .write(out, graph.graph(), Prefixes.standardPrefixMap(), null, Context.create());
      return;
    }
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    dsg.addGraph(NodeFactory.createURI(graph.graphIri()), graph.graph());
    RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
        .write(out, dsg, Prefixes.standardPrefixMap(), null, Context.create());
  }
}
