package org.geokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.geokg.rdf.GK;

/**
 * One page of a SELECT query's rows, and how many rows come after it.
 *
 * <p>A query that sets its own {@code LIMIT} is run as it is. A listing whose first block is a
 * sub-select with {@code ORDER BY} and {@code LIMIT} (the saved listings read their order from
 * {@code graph:summary} there, then look up the rest for the rows of the page only) is paged in that
 * sub-select: its {@code LIMIT} and {@code OFFSET} become the page's, and the rows after the page are
 * counted by the sub-select alone. Any other query is run whole: the rows before the page are skipped,
 * those after it counted.
 *
 * <p>A paged sub-select ordered by one variable ascending, {@code ORDER BY ?key}, each of whose
 * branches (the parts of its {@code UNION}, or its whole pattern) either reads one listing key
 * property of {@code graph:summary} alone ({@code GRAPH graph:summary { ?row gk:…Key ?key }}, with
 * filters and binds) or is itself a sub-select {@code ORDER BY ?key} without a limit, is read without
 * its sort: TDB2 gives such a scan in ascending order of the keys (inline integers, which its index
 * keeps sorted by value; see {@code org.geokg.rdf.ListingKeys}), so the first rows read are the page,
 * and sorting every key first costs as much as all the rest. The branches of such a listing must give
 * rows one at a time (the saved listings' FILTERs leave one branch for any set of parameters); the
 * page's rows are then put in order by the outer query's {@code ORDER BY}.
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
    // Only for a page: for every row (--all) the outer ORDER BY sorts them all anyway, so the query
    // runs as written.
    Query unordered = !page.unlimited() && readsInKeyOrder(sub) ? unordered(sub) : null;
    if (unordered != null) {
      ((ElementGroup) paged.getQueryPattern()).getElements().set(0, new ElementSubQuery(unordered));
      sub = unordered;
    }
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
    Query sub = unordered(inner);
    if (sub == null) {
      sub = inner.cloneQuery();
      sub.getOrderBy().clear();
    }
    sub.setLimit(Query.NOLIMIT);
    sub.setOffset(Query.NOLIMIT);
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

  /**
   * A copy of the sub-select {@code q} without its ORDER BY, or null when it is not a plain one
   * (grouped, aggregated, with VALUES). An emptied ORDER BY list is not enough: Jena still compiles it
   * to a sort (with no conditions), which reads every row first and gives them in no useful order.
   */
  static Query unordered(Query q) {
    if (!q.isSelectType() || q.hasGroupBy() || q.hasAggregators() || q.hasHaving() || q.hasValues()) {
      return null;
    }
    Query out = new Query();
    out.setQuerySelectType();
    out.setPrefixMapping(q.getPrefixMapping());
    out.setDistinct(q.isDistinct());
    out.setReduced(q.isReduced());
    out.setQueryResultStar(q.isQueryResultStar());
    if (!q.isQueryResultStar()) {
      q.getProject().forEachVarExpr((v, e) -> {
        if (e == null) {
          out.addResultVar(v);
        } else {
          out.addResultVar(v, e);
        }
      });
    }
    out.setQueryPattern(q.getQueryPattern());
    out.setLimit(q.getLimit());
    out.setOffset(q.getOffset());
    return out;
  }

  /** Whether {@code sub} is a listing TDB2 reads in its order (see the class comment). */
  static boolean readsInKeyOrder(Query sub) {
    Var key = ascendingVariable(sub);
    if (key == null || !(sub.getQueryPattern() instanceof ElementGroup g) || g.getElements().isEmpty()) {
      return false;
    }
    List<Element> branches = g.getElements().size() == 1 && g.getElements().get(0) instanceof ElementUnion u
        ? u.getElements() : List.of(g);
    return branches.stream().allMatch(b -> scansKey(b, key) || sortedBy(b, key));
  }

  /** The variable of an ORDER BY of one ascending variable, else null. */
  private static Var ascendingVariable(Query q) {
    if (!q.hasOrderBy() || q.getOrderBy().size() != 1) {
      return null;
    }
    SortCondition c = q.getOrderBy().get(0);
    return c.getDirection() != Query.ORDER_DESCENDING && c.getExpression().isVariable() ? c.getExpression().asVar() : null;
  }

  /** A group of filters, binds and one {@code GRAPH graph:summary { ?row gk:…Key ?key }}. */
  private static boolean scansKey(Element branch, Var key) {
    return branch instanceof ElementGroup g && onlyOne(g, e -> e instanceof ElementNamedGraph ng
        && ng.getGraphNameNode().isURI() && ng.getGraphNameNode().getURI().equals(GK.SUMMARY_GRAPH)
        && oneKeyTriple(ng.getElement(), key));
  }

  private static boolean oneKeyTriple(Element e, Var key) {
    if (e instanceof ElementGroup g && g.getElements().size() == 1) {
      e = g.getElements().get(0);
    }
    if (!(e instanceof ElementPathBlock b) || b.getPattern().size() != 1) {
      return false;
    }
    TriplePath t = b.getPattern().get(0);
    Node p = t.getPredicate();
    return t.getSubject().isVariable() && key.equals(t.getObject()) && p != null && p.isURI()
        && p.getURI().startsWith(GK.NS) && p.getURI().endsWith("Key");
  }

  /** A sub-select ORDER BY ?key without a limit, alone or in a group with filters and binds. */
  private static boolean sortedBy(Element branch, Var key) {
    java.util.function.Predicate<Element> sorted = e -> e instanceof ElementSubQuery s
        && key.equals(ascendingVariable(s.getQuery())) && !s.getQuery().hasLimit();
    return sorted.test(branch) || branch instanceof ElementGroup g && onlyOne(g, sorted);
  }

  /** Whether {@code g} holds filters, binds and exactly one other element, which {@code test} accepts. */
  private static boolean onlyOne(ElementGroup g, java.util.function.Predicate<Element> test) {
    List<Element> others = g.getElements().stream().filter(e -> !(e instanceof ElementFilter || e instanceof ElementBind)).toList();
    return others.size() == 1 && test.test(others.get(0));
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
