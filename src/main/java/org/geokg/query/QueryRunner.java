package org.geokg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.tdb2.TDB2;
import org.geokg.store.GeoStore;
import org.geokg.store.Prefixes;

/**
 * Runs SPARQL over a {@link GeoStore}: a {@code .rq} file, a saved query by name, or literal text,
 * with parameters bound as RDF terms (never spliced into the text), results written as a text
 * table, CSV, TSV or SPARQL JSON results.
 *
 * <p>Every query is parsed with the prefixes of {@code docs/RDF.md} already declared, so
 * {@code SELECT * { ?s gk:alliedWith state:KOR }} works without a prologue; a query's own
 * {@code PREFIX} declarations take precedence.
 */
public final class QueryRunner {

  /** How results are written. */
  public enum Format {
    /** An aligned text table (ASK: {@code Ask => Yes}); CONSTRUCT and DESCRIBE give Turtle. */
    TABLE,
    /** SPARQL 1.1 CSV results; CONSTRUCT and DESCRIBE give Turtle. */
    CSV,
    /** SPARQL 1.1 TSV results; CONSTRUCT and DESCRIBE give Turtle. */
    TSV,
    /** SPARQL 1.1 JSON results; CONSTRUCT and DESCRIBE give JSON-LD. */
    JSON;

    /** The format called {@code name} ({@code table}, {@code csv} …), ignoring case. */
    public static Format of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format '" + name + "' (table, csv, tsv, json)");
      }
    }
  }

  private static final Pattern SAVED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

  private final SavedQueries saved;

  /** A runner that resolves saved query names in {@code saved}. */
  public QueryRunner(SavedQueries saved) {
    this.saved = Objects.requireNonNull(saved, "saved");
  }

  /**
   * The SPARQL text of {@code queryArg}: the contents of an existing file, else the saved query of
   * that name, else {@code queryArg} itself when it is not a bare name.
   *
   * @throws IllegalArgumentException for a bare name or {@code .rq} path that matches nothing
   */
  public String text(String queryArg) {
    Objects.requireNonNull(queryArg, "queryArg");
    String arg = queryArg.strip();
    if (arg.isEmpty()) {
      throw new IllegalArgumentException("empty query");
    }
    if (!arg.contains("\n") && arg.length() < 4096) {
      Path p;
      try {
        p = Paths.get(arg);
      } catch (RuntimeException e) {
        p = null;
      }
      if (p != null && Files.isRegularFile(p)) {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
      }
      if (SAVED_NAME.matcher(arg).matches()) {
        return saved.find(arg).map(SavedQuery::text).orElseThrow(() -> new IllegalArgumentException(
            arg.endsWith(".rq")
                ? "no such file: " + arg
                : "no saved query or file named '" + arg + "' (geokg queries lists the saved queries)"));
      }
    }
    return queryArg;
  }

  /** Parses {@code queryArg} (see {@link #text}) and binds {@code params} (see {@link #bind}). */
  public Query prepare(String queryArg, Map<String, String> params) {
    return bind(parse(text(queryArg)), params);
  }

  /**
   * Parses SPARQL with the standard prefixes pre-declared.
   *
   * @throws IllegalArgumentException with Jena's line and column on a syntax error
   */
  public static Query parse(String sparql) {
    Query query = new Query();
    query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
    try {
      return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      // Jena follows the position with a long list of expected tokens: the first line is the news.
      String first = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
      throw new IllegalArgumentException("SPARQL syntax error: " + first, e);
    }
  }

  /**
   * Returns a copy of {@code query} with each named variable replaced by a value, through Jena's
   * syntax transform: a value is always one RDF term, so no value can change the query's structure.
   *
   * <p>A value is read as: {@code <iri>}; a prefixed name whose prefix the query declares
   * ({@code state:RUS}); an absolute IRI ({@code https://…}, {@code urn:…}); a quoted RDF literal
   * ({@code "2022-01-27"^^xsd:date}, {@code "Kyiv"@en}); a number; otherwise a plain string.
   *
   * @param params variable name (with or without {@code ?}) to value
   * @throws IllegalArgumentException if a name is not a variable of the query or a value is malformed
   */
  public static Query bind(Query query, Map<String, String> params) {
    if (params == null || params.isEmpty()) {
      return query;
    }
    String before = query.serialize();
    Map<String, RDFNode> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      String name = e.getKey().strip().replaceFirst("^[?$]", "");
      RDFNode value = parseValue(e.getValue(), query.getPrefixMapping());
      // Substituting a variable that the query does not mention changes nothing: that is a typo.
      if (QueryTransformOps.transformQuery(query, Map.of(name, value)).serialize().equals(before)) {
        throw new IllegalArgumentException("the query has no variable ?" + name);
      }
      values.put(name, value);
    }
    return QueryTransformOps.transformQuery(query, values);
  }

  /** Reads a parameter value as one RDF term; see {@link #bind}. */
  public static RDFNode parseValue(String value, PrefixMapping prefixes) {
    Objects.requireNonNull(value, "value");
    String v = value.strip();
    if (v.startsWith("<") && v.endsWith(">")) {
      return iri(v.substring(1, v.length() - 1), value);
    }
    if (v.startsWith("\"") || v.startsWith("'") || NUMBER.matcher(v).matches()) {
      Node n;
      try {
        n = NodeFactoryExtra.parseNode(v, PrefixMapFactory.create(prefixes));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not an RDF term: " + value);
      }
      if (!n.isLiteral()) {
        throw new IllegalArgumentException("not an RDF term: " + value);
      }
      return ModelUtils.convertGraphNodeToRDFNode(n);
    }
    int colon = v.indexOf(':');
    if (colon >= 0 && prefixes.getNsPrefixURI(v.substring(0, colon)) != null) {
      return iri(prefixes.expandPrefix(v), value);
    }
    if (SCHEME.matcher(v).matches() && !v.matches(".*\\s.*")) {
      return iri(v, value);
    }
    return ResourceFactory.createPlainLiteral(value);
  }

  /**
   * Runs {@code query} over the union of the store's graphs and writes the results to {@code out}.
   * The results are written inside the read transaction, so nothing of the store escapes it.
   */
  public static void run(GeoStore store, Query query, Format format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    store.read(ds -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
          .set(TDB2.symUnionDefaultGraph, true).build()) {
        write(qe, query, format, out);
      }
      return null;
    });
  }

  /**
   * Runs {@code query} as {@link #run(GeoStore, Query, Format, OutputStream)} does, a SELECT one page
   * at a time ({@link Paging}).
   *
   * @return the page's result (its rows and how many come after it); null for other query types
   */
  public static Paging.Result run(GeoStore store, Query query, Format format, Paging.Page page, OutputStream out) {
    Objects.requireNonNull(format, "format");
    return store.read(ds -> {
      if (query.queryType() != org.apache.jena.query.QueryType.SELECT) {
        run(store, query, format, out);
        return null;
      }
      Paging.Result r = Paging.select(q -> QueryExecution.dataset(ds).query(q)
          .set(TDB2.symUnionDefaultGraph, true).build(), query, page);
      writeSelect(r.resultSet(), query, format, out);
      return r;
    });
  }

  /** {@link #run(GeoStore, Query, Format, Paging.Page, OutputStream)} against an endpoint. */
  public static Paging.Result runRemote(String endpoint, Query query, Format format, Paging.Page page, OutputStream out) {
    Objects.requireNonNull(format, "format");
    if (query.queryType() != org.apache.jena.query.QueryType.SELECT) {
      runRemote(endpoint, query, format, out);
      return null;
    }
    Paging.Result r = Paging.select(q -> QueryExecution.service(endpoint).query(q).build(), query, page);
    writeSelect(r.resultSet(), query, format, out);
    return r;
  }

  /**
   * Runs {@code query} against a SPARQL endpoint instead of a store ({@code geokg serve}, or a build
   * started with {@code --serve}, whose store no other process can open), written as {@link #run}.
   */
  public static void runRemote(String endpoint, Query query, Format format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
      write(qe, query, format, out);
    }
  }

  private static void write(QueryExecution qe, Query query, Format format, OutputStream out) {
    switch (query.queryType()) {
      case SELECT -> writeSelect(qe.execSelect(), query, format, out);
      case ASK -> writeAsk(qe.execAsk(), format, out);
      case CONSTRUCT -> writeModel(qe.execConstruct(), query, format, out);
      case DESCRIBE -> writeModel(qe.execDescribe(), query, format, out);
      default -> throw new IllegalArgumentException("unsupported query type " + query.queryType());
    }
  }

  private static void writeSelect(ResultSet rs, Query query, Format format, OutputStream out) {
    switch (format) {
      case TABLE -> {
        // A query's own PREFIX lines replace the pre-declared ones; the table abbreviates with both.
        PrefixMapping pm = PrefixMapping.Factory.create()
            .setNsPrefixes(Prefixes.standard()).setNsPrefixes(query.getPrefixMapping());
        ResultSetFormatter.out(out, rs, pm);
      }
      case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
      case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
    }
  }

  private static void writeAsk(boolean answer, Format format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, answer);
      case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
      case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
      case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
    }
  }

  private static void writeModel(Model model, Query query, Format format, OutputStream out) {
    // The query's prefixes (the standard ones included) keep the Turtle readable.
    model.setNsPrefixes(query.getPrefixMapping());
    RDFDataMgr.write(out, model, format == Format.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
  }

  private static RDFNode iri(String iri, String given) {
    IRIx x;
    try {
      x = IRIs.reference(iri);
    } catch (RuntimeException e) {
      x = null;
    }
    // Not IRIx.isAbsolute(): RFC 3986's absolute-URI has no fragment, and every gk: term has one.
    if (x == null || x.isRelative() || x.scheme() == null) {
      throw new IllegalArgumentException("not an absolute IRI: " + given);
    }
    return ResourceFactory.createResource(x.str());
  }
}
