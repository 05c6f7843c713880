package org.geokg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.geokg.Extractor;

/** One run of the CLI inside the test's JVM, as a user sees it: exit code, standard output and error. */
record CliRun(int code, String out, String err) {

  /** Runs {@code geokg args} with {@code extractor} for every document. */
  static CliRun of(Extractor extractor, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, data -> extractor), args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
