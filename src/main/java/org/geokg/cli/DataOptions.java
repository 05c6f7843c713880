package org.geokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option, shared by the commands that extract. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "A folder whose gazetteer tables, rules and lexicons override the built-in ones"
          + " (same layout as src/main/resources/geokg/).")
  Path data;

  /** The folder, or null when not given; a mistyped folder fails here rather than being ignored. */
  Path folder() {
    if (data != null && !Files.isDirectory(data)) {
      throw new IllegalArgumentException("--data " + data + ": no such folder");
    }
    return data;
  }
}
