package org.geokg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP helpers for the endpoint's tests: one client per request (see {@link #send}). */
final class Http {
  private Http() {}

  static HttpResponse<String> send(HttpRequest.Builder req) throws Exception {
    // A client per request: Jetty closes the connection of a query it stopped (503), and a pooled
    // client could pick that dead connection for the next POST, which it does not retry.
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return http.send(req.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** POSTs {@code query} as a form to {@code url}, asking for JSON results. */
  static HttpResponse<String> query(String url, String query) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(form("query", query))));
  }

  /** GETs {@code url}. */
  static HttpResponse<String> get(String url) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** POSTs {@code body} with {@code contentType} to {@code url}. */
  static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** PUTs {@code body} with {@code contentType} to {@code url}. */
  static HttpResponse<String> put(String url, String contentType, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
