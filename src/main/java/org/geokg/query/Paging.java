package org.geokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * One page of a SELECT query's rows, and how many rows come after it.
 *
 * <p>A query that sets its own {@code LIMIT} is run as it is. A listing whose first block is a
 * sub-select with {@code ORDER BY} and {@code LIMIT} (the saved listings read their order from
 * {@code graph:summary} there, then look up the rest for the rows of the page only) is paged in that
 * sub-select: its {@code LIMIT} and {@code OFFSET} become the page's, and the rows after the page are
 * counted by the sub-select alone. Any other query is run whole: the rows before the page are skipped,
 * those after it counted.
 */
public final class Paging {
  /** The rows a listing shows when no limit is given. */
  public static final long DEFAULT_LIMIT = 100;

  /**
   * Which rows.
   *
   * @param limit at most this many rows; negative for all of them
   * @param offset rows skipped first
   */
  public record Page(long limit, long offset) {
    public Page {
      if (offset < 0) {
        throw new IllegalArgumentException("--offset must not be negative");
      }
    }

    /** The first {@value Paging#DEFAULT_LIMIT} rows. */
    public static Page first() {
      return new Page(DEFAULT_LIMIT, 0);
    }

    /** Every row after {@code offset}. */
    public static Page all(long offset) {
      return new Page(-1, offset);
    }

    boolean unlimited() {
      return limit < 0;
    }
  }

  /**
   * A page of results.
   *
   * @param vars the result variables
   * @param rows the rows of the page
   * @param more how many rows come after the page (0 when they were all asked for)
   */
  public record Result(List<Var> vars, List<Binding> rows, long more) {
    /** The page as a result set, to write. */
    public ResultSet resultSet() {
      return ResultSetStream.create(vars, rows.iterator());
    }
  }

  private Paging() {}

  /**
   * Runs {@code query} (a SELECT) for {@code page}; {@code exec} makes an execution of a query
   * (over a store inside a read transaction, or against an endpoint).
   */
  public static Result select(Function<Query, QueryExecution> exec, Query query, Page page) {
    if (query.hasLimit() || query.hasOffset()) {
      return run(exec, query, Page.all(0));
    }
    ElementSubQuery inner = pagedBlock(query);
    if (inner == null) {
      return run(exec, query, page);
    }
    Query paged = query.cloneQuery();
    Query sub = pagedBlock(paged).getQuery();
    sub.setLimit(page.unlimited() ? Query.NOLIMIT : page.limit());
    sub.setOffset(page.offset() == 0 ? Query.NOLIMIT : page.offset());
    Result r = run(exec, paged, Page.all(0));
    if (page.unlimited()) {
      return r;
    }
    long total = count(exec, query, inner.getQuery());
    return new Result(r.vars(), r.rows(), Math.max(0, total - page.offset() - page.limit()));
  }

  /** The line that says what the page left out, or null when nothing was. */
  public static String moreLine(Result r, Page page) {
    if (r.more() == 0) {
      return null;
    }
    long next = page.offset() + Math.max(0, page.limit());
    return String.format("%,d more row%s; use --offset %d for the next page, or --all", r.more(),
        r.more() == 1 ? "" : "s", next);
  }

  private static Result run(Function<Query, QueryExecution> exec, Query query, Page page) {
    try (QueryExecution qe = exec.apply(query)) {
      ResultSet rs = qe.execSelect();
      List<Var> vars = Var.varList(rs.getResultVars());
      List<Binding> rows = new ArrayList<>();
      long skipped = 0;
      long more = 0;
      while (rs.hasNext()) {
        Binding b = rs.nextBinding();
        if (skipped < page.offset()) {
          skipped++;
        } else if (page.unlimited() || rows.size() < page.limit()) {
          rows.add(b);
        } else {
          more++;
        }
      }
      return new Result(vars, rows, more);
    }
  }

  /** The rows of the paged sub-select, without its order and limit. */
  private static long count(Function<Query, QueryExecution> exec, Query outer, Query inner) {
    Query sub = inner.cloneQuery();
    sub.setLimit(Query.NOLIMIT);
    sub.setOffset(Query.NOLIMIT);
    sub.getOrderBy().clear();
    Query count = new Query();
    count.setQuerySelectType();
    count.setPrefixMapping(outer.getPrefixMapping());
    Var n = Var.alloc("n");
    count.getProject().add(n, count.allocAggregate(AggregatorFactory.createCount(false)));
    ElementGroup where = new ElementGroup();
    where.addElement(new ElementSubQuery(sub));
    count.setQueryPattern(where);
    try (QueryExecution qe = exec.apply(count)) {
      ResultSet rs = qe.execSelect();
      QuerySolution s = rs.next();
      return s.getLiteral("n").getLong();
    }
  }

  /** The first block of {@code query}'s pattern when it is a sub-select with ORDER BY and LIMIT. */
  private static ElementSubQuery pagedBlock(Query query) {
    Element e = query.getQueryPattern();
    if (e instanceof ElementGroup g && !g.getElements().isEmpty()
        && g.getElements().get(0) instanceof ElementSubQuery s
        && s.getQuery().hasOrderBy() && s.getQuery().hasLimit()) {
      return s;
    }
    return null;
  }
}
