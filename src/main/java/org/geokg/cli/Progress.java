package org.geokg.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on stderr ({@code 120 documents  4.2 docs/s  3 skipped  1 failed}),
 * redrawn at most a few times a second. When disabled it draws nothing, and messages are plain
 * lines.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Redraws the line if enough time has passed since the last time. */
  void update(long done, long skipped, long failed) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    StringBuilder line = new StringBuilder();
    line.append(String.format("%,d documents  %.1f docs/s", done, done / seconds));
    if (skipped > 0) {
      line.append(String.format("  %,d skipped", skipped));
    }
    if (failed > 0) {
      line.append(String.format("  %,d failed", failed));
    }
    err.print("\r\033[K" + line);
    err.flush();
    drawn = true;
  }

  /** Prints a message on its own line, above the progress line. */
  void message(String text) {
    clear();
    err.println(text);
    err.flush();
  }

  /** Removes the progress line, before the summary. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
      lastDraw = 0;
    }
  }
}
