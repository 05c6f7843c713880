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
 * Makes a request body that grows past the cap while it is read (a chunked body, whose size is not
 * announced) end in 413, as one whose {@code Content-Length} is over the cap does.
 *
 * <p>Jetty's {@link org.eclipse.jetty.server.handler.SizeLimitHandler} refuses an announced length
 * at once and stops a chunked body at the cap, but Fuseki turns the failed read into a 500. This
 * filter counts what the services read and, once the cap is passed (by its count, or by
 * SizeLimitHandler's 413 on the read), turns the error status the service then sends into 413. Bodies Jetty parses itself (HTML forms)
 * are under Jetty's form limit, which Fuseki sets to 1 MiB.
 */
final class BodyLimitFilter implements Filter {
  private final long max;

  BodyLimitFilter(long max) {
    this.max = max;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    if (max <= 0 || req.getContentLengthLong() >= 0) {
      // No cap, or an announced length, which SizeLimitHandler has already checked.
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse resp = (HttpServletResponse) response;
    String type = req.getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      // Jetty parses a form itself, not through the stream below: parse it here, where its 413 is seen.
      try {
        req.getParameterMap();
      } catch (RuntimeException e) {
        if (tooLarge(e)) {
          resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, overMessage());
          return;
        }
        throw e;
      }
    }
    boolean[] over = new boolean[1];
    HttpServletRequestWrapper counted = new HttpServletRequestWrapper(req) {
      private ServletInputStream in;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (in == null) {
          in = new Counting(super.getInputStream(), max, over);
        }
        return in;
      }
    };
    HttpServletResponseWrapper mapped = new HttpServletResponseWrapper(resp) {
      private int status(int sc) {
        return over[0] && sc >= 400 ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : sc;
      }

      private String message(int sc, String msg) {
        return over[0] && sc >= 400 ? overMessage() : msg;
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

  private String overMessage() {
    return "request body over the limit of " + max + " bytes (serve --max-body)";
  }

  /** Whether {@code e} or a cause is Jetty's 413 (SizeLimitHandler's refusal). */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && h.getCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
        return true;
      }
    }
    return false;
  }

  /** Counts bytes read and fails once more than {@code max} have come. */
  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private final boolean[] over;
    private long count;

    Counting(ServletInputStream in, long max, boolean[] over) {
      this.in = in;
      this.max = max;
      this.over = over;
    }

    private int counted(int n) throws IOException {
      if (n > 0) {
        count += n;
        if (count > max) {
          over[0] = true;
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
        // SizeLimitHandler refuses the chunk that would pass the cap before it reaches us.
        if (tooLarge(e)) {
          over[0] = true;
        }
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
