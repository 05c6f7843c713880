package org.geokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How much disk a store takes and roughly how much of it is dead space. TDB2 writes copy-on-write:
 * every transaction leaves the index blocks it replaced behind, and only compaction ({@code geokg
 * compact}) gives them back. Counting the live quads would take seconds on a large store, so the live
 * size is estimated from the node table's data file, which only grows with new RDF terms and so
 * tracks the amount of data, not the number of transactions: a compacted or bulk-loaded store takes
 * about {@value #LIVE_BYTES_PER_NODE_BYTE} bytes of files per byte of it (measured on the 1M-triple
 * store of {@code bench-queries} after compaction).
 *
 * @param bytes the files of the current generation ({@code Data-NNNN}), by their length
 * @param liveBytes the estimate of what a compacted store of the same data would take
 */
public record StoreSpace(long bytes, long liveBytes) {
  /** Files per node-data byte of a freshly compacted store. */
  public static final int LIVE_BYTES_PER_NODE_BYTE = 30;
  /** Below this the fixed 8 MB file chunks of TDB2 dominate and no estimate is made. */
  private static final long LEAST = 256L << 20;

  /** The estimate of dead space in bytes (0 when none is estimated). */
  public long deadBytes() {
    return Math.max(0, bytes - liveBytes);
  }

  /** Whether more than half the store is dead space, on a store big enough to tell. */
  public boolean mostlyDead() {
    return bytes >= LEAST && deadBytes() > bytes / 2;
  }

  static StoreSpace of(Path store) {
    Optional<Path> data = generation(store);
    if (data.isEmpty()) {
      return new StoreSpace(0, 0);
    }
    long total = 0;
    long nodes = 0;
    try (Stream<Path> files = Files.list(data.get())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        long n = Files.size(f);
        total += n;
        if (f.getFileName().toString().equals("nodes-data.obj")) {
          nodes = n;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StoreSpace(total, Math.min(total, nodes * LIVE_BYTES_PER_NODE_BYTE));
  }

  private static Optional<Path> generation(Path store) {
    try (Stream<Path> s = Files.list(store)) {
      return s.filter(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p))
          .max(Comparator.comparing(p -> p.getFileName().toString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
