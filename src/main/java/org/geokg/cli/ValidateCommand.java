package org.geokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.geokg.rdf.GK;
import org.geokg.store.GeoStore;
import org.geokg.store.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geokg validate}: SHACL over the documents and the reference data. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks the document graphs and graph:reference against the SHACL shapes."
        + " Exit 1 if they do not conform.")
final class ValidateCommand implements Callable<Integer> {
  private static final int SHOWN = 20;

  private final CliContext context;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--shapes",
      paramLabel = "FILE",
      description = "The shapes; default ontology/shapes.ttl, else the built-in copy.")
  Path shapesFile;

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Resources.Loaded shapesSource = shapesFile != null
        ? Resources.rdfFile(shapesFile)
        : Resources.rdf("ontology/shapes.ttl")
            .orElseThrow(() -> new IllegalStateException("no ontology/shapes.ttl found; give --shapes FILE"));
    Shapes shapes = Shapes.parse(shapesSource.graph());
    Graph data;
    try (GeoStore store = storeOptions.openExisting()) {
      data = store.read(ds -> {
        // A copy in memory: SHACL makes many small lookups, which a union over thousands of graphs
        // would answer one graph at a time.
        Graph g = GraphFactory.createDefaultGraph();
        String docs = GK.ID + "doc/";
        ds.asDatasetGraph().find().forEachRemaining(q -> {
          String name = q.getGraph().isURI() ? q.getGraph().getURI() : "";
          if (name.startsWith(docs) || name.equals(GK.REFERENCE_GRAPH)) {
            g.add(q.asTriple());
          }
        });
        return g;
      });
    }
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    print(report, shapesSource.origin(), data.size());
    return report.conforms() ? 0 : 1;
  }

  private void print(ValidationReport report, String shapesOrigin, int triples) {
    PrintStream out = context.out();
    Collection<ReportEntry> entries = report.getEntries();
    long violations = entries.stream().filter(e -> e.severity() == Severity.Violation).count();
    long warnings = entries.stream().filter(e -> e.severity() == Severity.Warning).count();
    out.printf("shapes: %s; data: %,d triples%n", shapesOrigin, triples);
    out.println("conforms: " + (report.conforms() ? "yes" : "no"));
    out.printf("violations: %,d, warnings: %,d, other results: %,d%n",
        violations, warnings, entries.size() - violations - warnings);
    PrefixMapping pm = Prefixes.standard();
    List<ReportEntry> shown = new ArrayList<>(entries).subList(0, Math.min(SHOWN, entries.size()));
    for (ReportEntry e : shown) {
      StringBuilder line = new StringBuilder("  ");
      line.append(severityName(e.severity())).append(' ').append(node(e.focusNode(), pm));
      if (e.resultPath() != null) {
        line.append(' ').append(e.resultPath().toString(new Prologue(pm)));
      }
      if (e.value() != null) {
        line.append(" = ").append(node(e.value(), pm));
      }
      line.append(": ").append(e.message() == null ? "" : e.message().replaceAll("\\s+", " "));
      out.println(line);
    }
    if (entries.size() > SHOWN) {
      out.printf("  … and %,d more%n", entries.size() - SHOWN);
    }
    out.flush();
  }

  private static String severityName(Severity s) {
    if (s == Severity.Violation) {
      return "violation";
    }
    if (s == Severity.Warning) {
      return "warning";
    }
    return "info";
  }

  private static String node(Node n, PrefixMapping pm) {
    return n == null ? "-" : FmtUtils.stringForNode(n, pm);
  }
}
