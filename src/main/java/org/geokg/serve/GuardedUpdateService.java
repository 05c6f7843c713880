package org.geokg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update service, refusing with 400 a request that holds {@code LOAD} or
 * {@code SERVICE} (see {@link OutboundGuard}) before any of it runs. Fuseki streams an update as
 * it parses it, so a check during execution would come after earlier operations were applied; the
 * request is read whole first, which the server's body cap bounds.
 */
final class GuardedUpdateService extends SPARQL_Update {
  @Override
  protected void execute(HttpAction action, InputStream input) {
    byte[] body;
    try {
      body = input.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<String> outbound = Optional.empty();
    try {
      UpdateRequest request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
      outbound = OutboundGuard.outboundIn(request);
    } catch (QueryParseException e) {
      // Fuseki's own parse below reports it the way it always does.
    }
    outbound.ifPresent(what -> ServletOps.errorBadRequest(
        what + ": this server makes no requests on a client's behalf (serve --allow-service to allow it)"));
    super.execute(action, new ByteArrayInputStream(body));
  }
}
