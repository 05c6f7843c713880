package org.geokg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener on 127.0.0.1 that records every connection made to it (with the request line, when one
 * is sent) and answers an empty SPARQL result, so that a test can tell whether the server under
 * test sent anything anywhere. A raw socket, not an HTTP server: a connection that never sends a
 * request is counted too.
 */
public final class LoopbackProbe implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final Thread thread;

  /** Listens on a free port of 127.0.0.1. */
  public LoopbackProbe() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(this::accept, "loopback-probe");
    thread.setDaemon(true);
    thread.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(2000);
        String line;
        try {
          line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        } catch (IOException e) {
          line = "(no request line: " + e.getMessage() + ")";
        }
        received.add(String.valueOf(line));
        byte[] body = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
        OutputStream out = s.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
            + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // closed, or a client that went away: keep accepting until closed
      }
    }
  }

  /** A URL on the probe, e.g. {@code http://127.0.0.1:PORT/what}. */
  public String url(String what) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + what;
  }

  /** The request lines received so far (one per connection). */
  public List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
