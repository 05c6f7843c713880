package org.geokg.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The strict decoding every reader shares: what is text, strict UTF-8 located by byte, the size cap. */
final class Utf8 {

  private Utf8() {}

  /** Reads at most {@code max} bytes; null if there are more. */
  static byte[] readUpTo(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() >= 0) {
      return null;
    }
    return bytes;
  }

  /**
   * Why these bytes are not text, or null. NUL bytes or over 30% control characters mean binary;
   * a UTF-16 byte order mark gets its own reason, since "binary" would puzzle the user.
   */
  static String notText(byte[] b, int len) {
    if (len >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return "not UTF-8: starts with a UTF-16 byte order mark; convert it to UTF-8";
    }
    int control = 0;
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "binary file, not text";
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    return control * 10L > len * 3L ? "binary file, not text" : null;
  }

  static CharsetDecoder newDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Strict UTF-8. The reason names the offending byte's offset in the input ({@code base} is the
   * offset of {@code bytes[0]}) and, if {@code withLine}, its line.
   */
  static String decode(byte[] bytes, int from, int len, CharsetDecoder decoder, long base, boolean withLine)
      throws Rejection {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(bytes, from, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = from; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String where = withLine ? " (line " + line + ")" : "";
      throw new Rejection("not valid UTF-8 at byte " + (base + at) + where);
    }
    out.flip();
    return out.toString();
  }

  static boolean hasBom(byte[] b, int length) {
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }
}
