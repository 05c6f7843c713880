package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, with 403, a request that could write ({@code POST}, {@code PUT}, {@code DELETE},
 * {@code PATCH}) sent by a browser from another site: cross-site request forgery. A web page the
 * user visits can make the browser POST an HTML form ({@code update=DROP ALL}) to a server on
 * 127.0.0.1, with no CORS preflight and with any Basic credentials the browser holds; the browser
 * says where the page came from in {@code Origin}, which a page cannot forge. Programs (curl, Jena,
 * notebooks' kernels) send no {@code Origin} and are not affected; nor are the query-only endpoints,
 * so a page elsewhere may still POST queries to them.
 */
final class CrossSiteWriteFilter implements Filter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
  private final Set<String> queryOnlyPaths;

  /** @param queryOnlyPaths paths (e.g. {@code /kg/sparql}) where a cross-site POST can only query */
  CrossSiteWriteFilter(Set<String> queryOnlyPaths) {
    this.queryOnlyPaths = Set.copyOf(queryOnlyPaths);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    String origin = req.getHeader("Origin");
    if (origin != null && WRITES.contains(req.getMethod().toUpperCase(Locale.ROOT))
        && !queryOnlyPaths.contains(req.getRequestURI()) && !sameOrigin(origin, req)) {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
          "a write from a page of another site (Origin " + origin + ") is refused");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean sameOrigin(String origin, HttpServletRequest req) {
    String host = req.getHeader("Host");
    return host != null && origin.equalsIgnoreCase(req.getScheme() + "://" + host);
  }
}
