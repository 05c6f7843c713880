package org.geokg.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr: done / total, a rate and an estimated time left, e.g.
 * {@code 120 / 1,000 documents (12%)  4.2 docs/s  ETA 3m 30s  3 skipped}.
 *
 * <p>On a terminal ({@link Mode#LINE}) it is one line, redrawn in place at most five times a
 * second; otherwise ({@link Mode#PERIODIC}: a log file, a pipe, CI) a plain line every ten
 * seconds, so that a log shows the run advance without filling up; {@link Mode#OFF} draws nothing
 * ({@code --quiet}). The total may be unknown (standard input) or arrive late (counted while the
 * run goes on): the line then has no total and no ETA. Thread-safe.
 */
final class Progress {
  /** How progress is shown. */
  enum Mode {
    /** One line redrawn in place with a carriage return: a person watches a terminal. */
    LINE,
    /** A plain line now and then: stderr goes to a file or a pipe. */
    PERIODIC,
    /** Nothing. */
    OFF;

    /** The mode for a command run with or without a terminal and with or without {@code --quiet}. */
    static Mode of(boolean terminal, boolean quiet) {
      return quiet ? OFF : terminal ? LINE : PERIODIC;
    }
  }

  /** What is counted. */
  enum Unit {
    /** Documents: {@code 120 / 1,000 documents  4.2 docs/s}. */
    DOCUMENTS,
    /** Bytes of input read: {@code 312.0 MB / 1.2 GB  25.3 MB/s}. */
    BYTES
  }

  static final long REDRAW_NANOS = 200_000_000L;
  static final long PERIOD_NANOS = 10_000_000_000L;

  private final PrintStream err;
  private final Mode mode;
  private final Unit unit;
  private final LongSupplier clock;
  private final long start;
  private volatile long total = -1;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, Mode mode, Unit unit) {
    this(err, mode, unit, System::nanoTime);
  }

  /** With a clock in nanoseconds, for tests. */
  Progress(PrintStream err, Mode mode, Unit unit, LongSupplier clock) {
    this.err = err;
    this.mode = mode;
    this.unit = unit;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start;
  }

  /** Whether anything is shown at all (callers can skip work that only feeds the display). */
  boolean enabled() {
    return mode != Mode.OFF;
  }

  /** Sets the total, once it is known; a negative total means unknown. */
  void total(long total) {
    this.total = total;
  }

  /**
   * Shows {@code done} if it is time to: on a terminal at the first call and then at most every
   * 200 ms, otherwise every ten seconds.
   *
   * @param tail what follows the rate and the ETA ({@code "3 skipped"}), or ""
   */
  synchronized void update(long done, String tail) {
    if (mode == Mode.OFF) {
      return;
    }
    long now = clock.getAsLong();
    long wait = mode == Mode.LINE ? REDRAW_NANOS : PERIOD_NANOS;
    if ((drawn || mode == Mode.PERIODIC) && now - lastDraw < wait) {
      return;
    }
    lastDraw = now;
    String text = line(unit, done, total, (now - start) / 1e9, tail);
    if (mode == Mode.LINE) {
      err.print("\r\033[K" + text);
      drawn = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Prints a message on its own line (above the progress line on a terminal). */
  synchronized void message(String text) {
    clear();
    err.println(text);
    err.flush();
  }

  /** Removes the progress line from a terminal, before the summary. */
  synchronized void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  /**
   * The progress text: {@code done / total (p%)  rate  ETA t  tail}; without the total, the percent
   * and the ETA when {@code total} is negative, and without the rate and the ETA in the first
   * tenth of a second.
   */
  static String line(Unit unit, long done, long total, double seconds, String tail) {
    StringBuilder s = new StringBuilder();
    boolean known = total >= 0;
    long shownTotal = known ? Math.max(total, done) : -1; // a count made before files changed may fall short
    if (unit == Unit.DOCUMENTS) {
      s.append(String.format(Locale.ROOT, "%,d", done));
      if (known) {
        s.append(String.format(Locale.ROOT, " / %,d", shownTotal));
      }
      s.append(done == 1 && !known ? " document" : " documents");
    } else {
      s.append(bytes(done));
      if (known) {
        s.append(" / ").append(bytes(shownTotal));
      }
    }
    if (known && shownTotal > 0) {
      s.append(String.format(Locale.ROOT, " (%d%%)", done * 100 / shownTotal));
    }
    if (seconds >= 0.1) {
      double rate = done / seconds;
      s.append("  ").append(unit == Unit.DOCUMENTS
          ? String.format(Locale.ROOT, "%.1f docs/s", rate) : bytes(Math.round(rate)) + "/s");
      if (known && rate > 0 && done < shownTotal) {
        s.append("  ETA ").append(duration((shownTotal - done) / rate));
      }
    }
    if (!tail.isEmpty()) {
      s.append("  ").append(tail);
    }
    return s.toString();
  }

  /** {@code 42s}, {@code 3m 05s}, {@code 2h 07m}. */
  static String duration(double seconds) {
    long s = Math.round(Math.ceil(seconds));
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }

  /** {@code 512 B}, {@code 3.4 kB}, {@code 312.0 MB}, {@code 1.2 GB} (powers of 1000). */
  static String bytes(long n) {
    if (n < 1000) {
      return n + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = n;
    int i = -1;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
  }
}
