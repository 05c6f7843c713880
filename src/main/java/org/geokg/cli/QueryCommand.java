package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.geokg.query.Paging;
import org.geokg.query.QueryRunner;
import org.geokg.query.SavedQueries;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg query}: SPARQL over the union of the store's graphs. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a SPARQL query over the union of all graphs of the store.",
      "The prefixes of docs/RDF.md (gk:, state:, igo: …) are declared for every query.",
      "Example: geokg query --param state=state:RUS allies-of-state"
    })
final class QueryCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table (default), csv, tsv or json (SPARQL results); CONSTRUCT gives Turtle"
          + " (JSON-LD with json).")
  QueryRunner.Format format;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "Binds ?NAME to VALUE: a prefixed name (state:RUS), an IRI, a quoted literal"
          + " (\"2022-01-27\"^^xsd:date), a number, or else a plain string. Repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Query this SPARQL endpoint instead of the store: `geokg serve`, or a build run with"
          + " --serve (a store that a build holds cannot be opened by another process).")
  String endpoint;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N rows of a SELECT (default: " + Paging.DEFAULT_LIMIT + ", unless the query sets"
          + " its own LIMIT); a line on stderr says how many more there are.")
  Long limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows (default: 0).")
  long offset;

  @Option(names = "--all", description = "Every row, however many.")
  boolean all;

  @Parameters(
      paramLabel = "QUERY",
      description = "A .rq file, a saved query name (see 'geokg queries') or SPARQL text.")
  String query;

  QueryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Query prepared;
    try {
      prepared = new QueryRunner(SavedQueries.load()).prepare(query, params);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, query);
    }
    Paging.Page page;
    try {
      if (limit != null && limit < 0) {
        throw new IllegalArgumentException("--limit must not be negative");
      }
      page = all ? Paging.Page.all(offset) : new Paging.Page(limit != null ? limit : Paging.DEFAULT_LIMIT, offset);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, query);
    }
    OutputStream out = new BufferedOutputStream(context.out(), 1 << 16);
    Paging.Result result;
    if (endpoint != null) {
      result = QueryRunner.runRemote(endpoint, prepared, format, page, out);
    } else {
      try (GeoStore store = storeOptions.openExisting()) {
        result = QueryRunner.run(store, prepared, format, page, out);
      }
    }
    out.flush();
    String more = result == null ? null : Paging.moreLine(result, page);
    if (more != null) {
      context.err().println(more);
    }
    return 0;
  }
}
