package org.geokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the page's files from the classpath folder {@value #FOLDER} (put there by the Maven build
 * from {@code web/}), so the page comes out of the jar itself: no folder to install next to it and
 * nothing fetched from the internet. {@code /} is {@code index.html}.
 */
public final class WebResourceServlet extends HttpServlet {
  /** Where the build puts the page on the classpath. */
  public static final String FOLDER = "geokg/web";

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "map", "application/json");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.isEmpty() || path.equals("/")) {
      path = "/index.html";
    }
    // Only plain names below the folder: no "..", no backslashes, no empty segments.
    if (!path.matches("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+") || path.contains("..")) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    InputStream in = WebResourceServlet.class.getClassLoader().getResourceAsStream(FOLDER + path);
    if (in == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND, path.equals("/index.html")
          ? "the page is not in this build (web/ was not built: see README, 'Endpoint and web page')" : null);
      return;
    }
    try (in) {
      String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
      resp.setHeader("Cache-Control", "no-cache");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      OutputStream out = resp.getOutputStream();
      in.transferTo(out);
    }
  }
}
