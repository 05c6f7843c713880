package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most N requests at a time through the routes it is mapped to; one more is answered at once
 * with 503 and {@code Retry-After}, rather than queued, so that a flood costs the server nothing
 * but the refusal. It sits behind authentication (Jetty's security handler runs before filters),
 * so an anonymous client cannot take the places of authenticated ones.
 */
final class ConcurrencyLimitFilter implements Filter {
  /** Seconds a refused client is asked to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore permits;
  private final int max;

  ConcurrencyLimitFilter(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("the concurrency cap must be at least 1, not " + max);
    }
    this.max = max;
    this.permits = new Semaphore(max);
  }

  /** The requests running through the filter now. */
  int running() {
    return max - permits.availablePermits();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!permits.tryAcquire()) {
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "too many queries at once; retry after " + RETRY_AFTER_SECONDS + " s");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }
}
