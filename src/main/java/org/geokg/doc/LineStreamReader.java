package org.geokg.doc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;

/**
 * A {@link DocumentReader} for a format with one record per line (JSON Lines; a GDELT or POLECAT
 * export): the input is streamed, so memory holds one line however large the file, and each line is
 * decoded as strict UTF-8 here, once for every such format. The format sees the lines in order
 * through the {@link Lines} it opens for each input.
 *
 * <p>The size limit applies to each line. Rejected here: an empty input ({@code "empty document"})
 * and one whose first 64 KB are not text ({@code "binary file, not text"}), each once under the
 * input's name; a line over the limit ({@code "larger than 20 MB"}) or not UTF-8 ({@code "not valid
 * UTF-8 at byte N"}, N counted from the start of the input), through {@link Lines#unreadable}, so the
 * format names it and reading goes on. A UTF-8 byte order mark before the first line is dropped.
 */
public abstract class LineStreamReader implements DocumentReader {

  private static final int CHUNK = 64 * 1024;

  /** The state of reading one input, fed its lines in order; made by {@link #open}. */
  public interface Lines {
    /** One line (numbered from 1), without its line break ({@code \n} or {@code \r\n}). */
    void line(int lineNo, String line);

    /** A line that could not be read; {@code reason} says why. The format reports it, or not. */
    void unreadable(int lineNo, String reason);

    /** Whether the rest of the input should be left unread (after an error about the whole input). */
    default boolean stopped() {
      return false;
    }

    /** Called once after the last line, unless stopped. */
    default void finish() {}
  }

  /** The state for reading the input {@code name}, reporting to {@code sink}. */
  protected abstract Lines open(String name, DocumentSink sink);

  @Override
  public final void read(InputStream raw, String name, DocumentSink sink, ReadContext context) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, CHUNK);
    in.mark(CHUNK);
    byte[] head = in.readNBytes(CHUNK);
    in.reset();
    if (head.length == 0) {
      sink.reject(new DocumentError(name, "empty document"));
      return;
    }
    String notText = Utf8.notText(head, head.length);
    if (notText != null) {
      sink.reject(new DocumentError(name, notText));
      return;
    }
    new Splitter(open(name, sink), context).run(in);
  }

  /** Cuts the stream into lines, holding one line and one chunk. */
  private static final class Splitter {
    private final Lines lines;
    private final ReadContext context;
    private final CharsetDecoder decoder = Utf8.newDecoder();
    private byte[] line = new byte[1024];
    private int lineLength;
    // Past the limit a line's bytes are dropped, not kept, but still scanned for its end.
    private boolean tooLong;
    private long lineStart;
    private int lineNo;

    Splitter(Lines lines, ReadContext context) {
      this.lines = lines;
      this.context = context;
    }

    void run(InputStream in) throws IOException {
      byte[] chunk = new byte[CHUNK];
      long chunkStart = 0;
      int n;
      while (!lines.stopped() && (n = in.read(chunk)) >= 0) {
        int from = 0;
        while (from < n && !lines.stopped()) {
          int nl = from;
          while (nl < n && chunk[nl] != '\n') {
            nl++;
          }
          append(chunk, from, nl - from);
          if (nl == n) {
            break;
          }
          endLine();
          from = nl + 1;
          lineStart = chunkStart + from;
        }
        chunkStart += n;
      }
      if (lines.stopped()) {
        return;
      }
      if (lineLength > 0 || tooLong) {
        endLine();
      }
      lines.finish();
    }

    private void append(byte[] chunk, int from, int piece) {
      if (!tooLong && lineLength + (long) piece > context.maxBytes()) {
        tooLong = true;
      }
      if (!tooLong) {
        if (lineLength + piece > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + piece));
        }
        System.arraycopy(chunk, from, line, lineLength, piece);
        lineLength += piece;
      }
    }

    private void endLine() {
      lineNo++;
      if (tooLong) {
        lines.unreadable(lineNo, context.tooLarge());
      } else {
        int from = lineNo == 1 && Utf8.hasBom(line, lineLength) ? 3 : 0;
        int to = lineLength > from && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        try {
          lines.line(lineNo, Utf8.decode(line, from, to - from, decoder, lineStart, false));
        } catch (Rejection r) {
          lines.unreadable(lineNo, r.reason());
        }
      }
      lineLength = 0;
      tooLong = false;
    }
  }
}
