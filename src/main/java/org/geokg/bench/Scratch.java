package org.geokg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The benchmarks' temporary folders. */
final class Scratch {
  private Scratch() {}

  /** Deletes a temporary folder this process made, with everything in it. */
  static void delete(Path dir) {
    try {
      // Our own temporary folder: nothing else can be swapping links in it.
      com.google.common.io.MoreFiles.deleteRecursively(dir, com.google.common.io.RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
