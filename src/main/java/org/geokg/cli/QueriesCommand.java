package org.geokg.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.geokg.query.SavedQueries;
import org.geokg.query.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geokg queries}: the saved queries, with their titles and parameters. */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    description = "Lists the saved queries (queries/*.rq in the working directory, else the built-in ones).")
final class QueriesCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = {"-l", "--long"}, description = "Also print descriptions and parameter help.")
  boolean verbose;

  QueriesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<SavedQuery> queries = SavedQueries.load().list();
    PrintStream out = context.out();
    if (queries.isEmpty()) {
      context.err().println("no saved queries found");
      return 0;
    }
    int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(0);
    for (SavedQuery q : queries) {
      String params = q.params().isEmpty()
          ? ""
          : "  [" + q.params().stream().map(p -> "--param " + p.name() + "=…").collect(Collectors.joining(" ")) + "]";
      out.printf("%-" + width + "s  %s%s%n", q.name(), q.title(), params);
      if (verbose) {
        if (!q.description().isEmpty()) {
          out.println("    " + q.description());
        }
        q.params().forEach(p -> out.println("    ?" + p.name() + ": " + p.description()));
      }
    }
    out.flush();
    return 0;
  }
}
