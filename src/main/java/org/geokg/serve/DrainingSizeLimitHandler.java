package org.geokg.serve;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request body over the cap with 413, as Jetty's
 * {@link org.eclipse.jetty.server.handler.SizeLimitHandler} does, but reads and discards the rest
 * of the body (up to a bound) before the refusal goes out, so that the client receives it.
 *
 * <p>Why not SizeLimitHandler: it answers 413 while the client is still sending, and Jetty then
 * closes the connection with the rest of the body unread. A TCP close with unread bytes in the
 * receive buffer is sent as a reset; a client still writing (Java's HttpClient writes the body
 * while it waits for the answer) fails with "Broken pipe" and reports "header parser received no
 * bytes" though the 413 had reached its socket. Draining after the answer does not work: once the
 * answer is complete Jetty fails the unread content itself ("Unconsumed request content").
 *
 * <p>An announced length over the cap is drained before the 413 is written; a body without a length
 * (chunked) is counted as it is read, and the read that passes the cap drains the rest before it
 * fails with the 413 that {@link RequestReadFilter} recognises. Past {@code maxDiscard} bytes the
 * request is failed at once, as before: a client sending that far over the cap may see a reset. A
 * client that stops sending is ended by the connector's idle timeout.
 */
final class DrainingSizeLimitHandler extends Handler.Wrapper {
  private final long max;
  private final long maxDiscard;

  /**
   * @param max the largest request body, in bytes (more than 0)
   * @param maxDiscard the most bytes past the cap read and discarded before the 413
   */
  DrainingSizeLimitHandler(long max, long maxDiscard, Handler handler) {
    super(handler);
    this.max = max;
    this.maxDiscard = maxDiscard;
  }

  private String message(long length) {
    return "Request body is too large: " + (length < 0 ? "more than " + max : length) + ">" + max;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    if (length > max) {
      String msg = message(length);
      if (length - max > maxDiscard) {
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, msg);
        return true;
      }
      Runnable refuse = () -> Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, msg);
      Content.Source.consumeAll(request, Callback.from(refuse, x -> refuse.run()));
      return true;
    }
    return super.handle(new Capped(request), response, callback);
  }

  /** Counts what the handlers read; past the cap, discards the rest and then fails with 413. */
  private final class Capped extends Request.Wrapper {
    private long read;
    private long discarded;
    private boolean over;
    private Content.Chunk refusal;

    Capped(Request wrapped) {
      super(wrapped);
    }

    @Override
    public Content.Chunk read() {
      if (refusal != null) {
        return refusal;
      }
      if (over) {
        return drain();
      }
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      read += chunk.remaining();
      if (read <= max) {
        return chunk;
      }
      boolean last = chunk.isLast();
      chunk.release();
      over = true;
      return last ? refuse(false) : drain();
    }

    /**
     * Discards what has come; null while more is to come (the caller's demand is passed on to the
     * wrapped request and brings it back here).
     */
    private Content.Chunk drain() {
      while (true) {
        Content.Chunk chunk = super.read();
        if (chunk == null) {
          return null;
        }
        boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
        discarded += chunk.remaining();
        chunk.release();
        if (end) {
          return refuse(false);
        }
        if (discarded > maxDiscard) {
          return refuse(true);
        }
      }
    }

    private Content.Chunk refuse(boolean failConnection) {
      BadMessageException e = new BadMessageException(HttpStatus.PAYLOAD_TOO_LARGE_413, message(-1));
      if (failConnection) {
        // Too much to read on: Jetty drops the connection with the rest unread.
        getWrapped().fail(e);
      }
      refusal = Content.Chunk.from(e, true);
      return refusal;
    }
  }
}
