package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.jetty.http.HttpException;

/**
 * Answers a request that cannot be read whole with the client error it is, not the 500 that Fuseki
 * makes of a failed read: a body that grows past the cap while it is read (chunked: its size is
 * not announced) gets 413, as one whose {@code Content-Length} is over the cap does; parameters
 * Jetty cannot decode (bad percent-escapes, invalid UTF-8, more than Jetty's 1,000 form fields, a
 * form over Jetty's form limit) and bodies that end early get 400.
 *
 * <p>{@link DrainingSizeLimitHandler} refuses an announced length over the cap itself and stops a
 * chunked body at the cap. This filter decodes the parameters first (Jetty
 * would anyway, for the service), and counts what the services read from the body; once the
 * reading failed, the error status the service sends is turned into 413 or 400.
 */
final class RequestReadFilter implements Filter {
  private final long max;

  RequestReadFilter(long max) {
    this.max = max;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    try {
      req.getParameterMap();
    } catch (RuntimeException e) {
      resp.sendError(tooLarge(e) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
          tooLarge(e) ? overMessage() : "unreadable request parameters: " + rootMessage(e));
      return;
    }
    int[] failed = new int[1]; // the status a failed read calls for; 0 while reads succeed
    HttpServletRequestWrapper counted = new HttpServletRequestWrapper(req) {
      private ServletInputStream in;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (in == null) {
          in = new Counting(super.getInputStream(), max, failed);
        }
        return in;
      }
    };
    HttpServletResponseWrapper mapped = new HttpServletResponseWrapper(resp) {
      private int status(int sc) {
        return failed[0] != 0 && sc >= 400 ? failed[0] : sc;
      }

      private String message(int sc, String msg) {
        if (failed[0] == 0 || sc < 400) {
          return msg;
        }
        return failed[0] == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? overMessage() : "request body ended early";
      }

      @Override
      public void sendError(int sc, String msg) throws IOException {
        super.sendError(status(sc), message(sc, msg));
      }

      @Override
      public void sendError(int sc) throws IOException {
        super.sendError(status(sc), message(sc, null));
      }

      @Override
      public void setStatus(int sc) {
        super.setStatus(status(sc));
      }
    };
    chain.doFilter(counted, mapped);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private String overMessage() {
    return "request body over the limit of " + max + " bytes (serve --max-body)";
  }

  /** Whether {@code e} or a cause is a 413 (DrainingSizeLimitHandler's refusal). */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && h.getCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
        return true;
      }
    }
    return false;
  }

  /** Counts bytes read and fails once more than {@code max} have come (0 or less: no cap). */
  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private final int[] failed;
    private long count;

    Counting(ServletInputStream in, long max, int[] failed) {
      this.in = in;
      this.max = max;
      this.failed = failed;
    }

    private int counted(int n) throws IOException {
      if (n > 0) {
        count += n;
        if (max > 0 && count > max) {
          failed[0] = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
          throw new IOException("request body over the limit of " + max + " bytes");
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      try {
        return counted(in.read(buf, off, len));
      } catch (IOException | RuntimeException e) {
        // DrainingSizeLimitHandler refuses the chunk that would pass the cap before it reaches us; any
        // other failure to read is the client's body ending early or malformed.
        failed[0] = tooLarge(e) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
        throw e;
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
