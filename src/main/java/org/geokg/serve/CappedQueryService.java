package org.geokg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with caps: a query text longer than {@code maxQueryChars} is refused
 * with 413 before it is parsed; a query with {@code SERVICE} is refused with 400 before it runs
 * (unless allowed: see {@link OutboundGuard}); and a query without a {@code LIMIT}, or with a larger
 * one, runs with {@code LIMIT maxResults}, the response carrying the header {@value #HEADER} so
 * that a client can tell its results may have been cut.
 *
 * <p>Jena 5.6 has no result-size setting of its own ({@code ARQ} offers timeouts and spill
 * thresholds only), and cutting the stream while writing would send malformed JSON; lowering the
 * limit before execution is what keeps both the server and the response well-formed.
 */
public class CappedQueryService extends SPARQL_QueryDataset {
  /** The response header naming the cap, set only when it was applied. */
  public static final String HEADER = "Geokg-Result-Limit";

  private final long maxResults;
  private final int maxQueryChars;
  private final boolean allowService;
  private final long regexMillis;

  /** A service that returns at most {@code maxResults} solutions per query; 0 or less: no cap. */
  public CappedQueryService(long maxResults) {
    this(maxResults, 0, true);
  }

  /**
   * A service with all three caps.
   *
   * @param maxResults the most solutions per query; 0 or less: no cap
   * @param maxQueryChars the longest query text; 0 or less: no cap
   * @param allowService whether {@code SERVICE} may run
   */
  public CappedQueryService(long maxResults, int maxQueryChars, boolean allowService) {
    this(maxResults, maxQueryChars, allowService, 0);
  }

  /**
   * A service with all the caps.
   *
   * @param maxResults the most solutions per query; 0 or less: no cap
   * @param maxQueryChars the longest query text; 0 or less: no cap
   * @param allowService whether {@code SERVICE} may run
   * @param regexMillis the time each regular-expression match may take ({@link RegexBudget}); 0 or
   *     less: no budget
   */
  public CappedQueryService(long maxResults, int maxQueryChars, boolean allowService, long regexMillis) {
    this.maxResults = maxResults;
    this.maxQueryChars = maxQueryChars;
    this.allowService = allowService;
    this.regexMillis = regexMillis;
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    if (maxQueryChars > 0 && queryString != null && queryString.length() > maxQueryChars) {
      ServletOps.error(413, "query of " + queryString.length() + " characters, over the limit of "
          + maxQueryChars + " (serve --max-query)");
    }
    try {
      super.execute(queryString, action);
    } catch (StackOverflowError e) {
      // Deep nesting ({{{{…}}}}, ((((…)))) ) overflows the recursive parser: the client's query, not a server fault.
      ServletOps.errorBadRequest("query nested too deeply");
    }
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    if (!allowService) {
      OutboundGuard.serviceIn(query).ifPresent(s -> ServletOps.errorBadRequest(
          s + ": this server makes no requests on a client's behalf (serve --allow-service to allow it)"));
    }
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    Query q = decided.getRight() != null ? decided.getRight() : query;
    if (regexMillis > 0) {
      q = RegexBudget.apply(q, regexMillis);
    }
    // ASK has one answer; everything else counts solutions.
    if (maxResults > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults)) {
      q = q == query || q == decided.getRight() ? q.cloneQuery() : q;
      q.setLimit(maxResults);
      action.setResponseHeader(HEADER, Long.toString(maxResults));
    }
    return Pair.create(decided.getLeft(), q);
  }
}
