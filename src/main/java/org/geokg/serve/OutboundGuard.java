package org.geokg.serve;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.util.Optional;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.SysRIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.stream.StreamManager;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Keeps the endpoint from reading URLs or local files on a client's behalf (server-side request
 * forgery): SPARQL {@code SERVICE}, SPARQL Update {@code LOAD}, and remote JSON-LD contexts in
 * uploaded data.
 *
 * <p>Two layers. {@link #serviceIn(Query)} finds a {@code SERVICE} anywhere in a parsed query (its
 * algebra, sub-queries and {@code EXISTS} included) so that the request is refused with 400 before
 * anything executes or is sent. {@link #lockDown(Context)} is the backstop under it, in the
 * dataset's context, for whatever reaches execution or parsing: ARQ's {@link ARQ#httpServiceAllowed}
 * off, an empty RIOT {@link StreamManager} (no file, HTTP or classpath locators), so a parser
 * reading by URL in that context finds nothing to open, and a JSON-LD loader that loads nothing.
 */
public final class OutboundGuard {
  private OutboundGuard() {}

  /**
   * Sets the backstop on {@code context}: no SERVICE calls, and no locators to open a URL with;
   * and, JVM-wide, {@link #lockDownJsonLd()}.
   */
  public static void lockDown(Context context) {
    context.set(ARQ.httpServiceAllowed, false);
    context.set(SysRIOT.sysStreamManager, new StreamManager());
    lockDownJsonLd();
  }

  /**
   * A JSON-LD document loader that loads nothing, in RIOT's global context, so that the remote
   * {@code @context} of an uploaded JSON-LD document is an error (400) rather than a request. Global
   * because Fuseki parses Graph Store uploads with a parser of its own that reads no dataset context;
   * a serving process parses no other JSON-LD. Jena sets each parse's base IRI on these shared
   * options: the base only resolves relative IRIs, the loader is the same for every parse.
   */
  public static void lockDownJsonLd() {
    RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions((url, options) -> {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
          "this server loads no remote JSON-LD documents or contexts (" + url + ")");
    }));
  }

  /** Allows SERVICE in {@code context} (the {@code --allow-service} setting). */
  public static void allowService(Context context) {
    context.set(ARQ.httpServiceAllowed, true);
  }

  /** The first SERVICE in {@code query}, described for an error message; empty when there is none. */
  public static Optional<String> serviceIn(Query query) {
    return serviceIn(Algebra.compile(query));
  }

  /** The first {@code LOAD} or SERVICE in {@code request}; empty when there is none. */
  public static Optional<String> outboundIn(UpdateRequest request) {
    for (Update u : request.getOperations()) {
      if (u instanceof UpdateLoad load) {
        return Optional.of("LOAD <" + load.getSource() + ">");
      }
    }
    // SERVICE inside INSERT/DELETE ... WHERE: the update's algebra is its WHERE pattern.
    for (Update u : request.getOperations()) {
      if (u instanceof UpdateModify m) {
        Optional<String> s = serviceIn(Algebra.compile(m.getWherePattern()));
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> serviceIn(Op op) {
    OpService[] found = new OpService[1];
    ServiceFinder finder = new ServiceFinder(found);
    Walker.walk(op, finder, finder.exprs);
    return Optional.ofNullable(found[0]).map(s -> "SERVICE " + s.getService());
  }

  /** Records the first SERVICE; walks into EXISTS / NOT EXISTS patterns itself. */
  private static final class ServiceFinder extends OpVisitorBase {
    private final OpService[] found;
    final ExprVisitorBase exprs = new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp f) {
        if (found[0] == null && f.getGraphPattern() != null) {
          Walker.walk(f.getGraphPattern(), ServiceFinder.this, this);
        }
      }
    };

    ServiceFinder(OpService[] found) {
      this.found = found;
    }

    @Override
    public void visit(OpService op) {
      if (found[0] == null) {
        found[0] = op;
      }
    }
  }
}
