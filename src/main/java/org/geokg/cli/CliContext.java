package org.geokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.geokg.Extractor;
import org.geokg.Extractors;

/**
 * What the commands take from the world outside their options: the output streams, whether stderr
 * is a terminal, and how to get an {@link Extractor} for a {@code --data} folder. Tests pass their
 * own so that no command loads CoreNLP.
 *
 * @param out standard output: results, dumps, the build summary
 * @param err standard error: errors, warnings, the progress bar
 * @param interactive whether a person watches the terminal (the progress bar is drawn only then)
 * @param extractors makes the extractor for a {@code --data} folder or null; called at most once per
 *     command, and only once the command knows it needs one
 */
record CliContext(PrintStream out, PrintStream err, boolean interactive, Function<Path, Extractor> extractors) {

  CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(extractors, "extractors");
  }

  /** The process's own streams and the standard extractor. */
  static CliContext system() {
    // Java cannot ask whether stderr alone is a terminal; a console means stdin and stdout are.
    return new CliContext(System.out, System.err, System.console() != null, Extractors::standard);
  }
}
