package org.geokg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a cap on the number of results: a query without a
 * {@code LIMIT}, or with a larger one, runs with {@code LIMIT max}, and the response carries the
 * header {@value #HEADER} so that a client can tell its results may have been cut.
 *
 * <p>Jena 5.6 has no result-size setting of its own ({@code ARQ} offers timeouts and spill
 * thresholds only), and cutting the stream while writing would send malformed JSON; lowering the
 * limit before execution is what keeps both the server and the response well-formed.
 */
public class CappedQueryService extends SPARQL_QueryDataset {
  /** The response header naming the cap, set only when it was applied. */
  public static final String HEADER = "Geokg-Result-Limit";

  private final long maxResults;

  /** A service that returns at most {@code maxResults} solutions per query; 0 or less: no cap. */
  public CappedQueryService(long maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    Query q = decided.getRight();
    // ASK has one answer; everything else counts solutions.
    if (maxResults > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults)) {
      q = q.cloneQuery();
      q.setLimit(maxResults);
      action.setResponseHeader(HEADER, Long.toString(maxResults));
    }
    return Pair.create(decided.getLeft(), q);
  }
}
