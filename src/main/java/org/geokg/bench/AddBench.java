package org.geokg.bench;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.Extractor;
import org.geokg.batch.BatchBuilder;
import org.geokg.batch.BatchListener;
import org.geokg.batch.BatchOptions;
import org.geokg.batch.BatchResult;
import org.geokg.cli.StandardGraphs;
import org.geokg.doc.Document;
import org.geokg.store.GeoStore;

/**
 * Times adding documents to a large store against adding the same documents to an empty one, in one
 * run with the models loaded once: what {@code geokg build} does once its models are loaded (the
 * reference and ontology graphs checked and written, the batch through {@link BatchBuilder} with
 * {@code graph:inferred} and {@code graph:summary} kept up to date in each document's transaction, the
 * dead-space check). The large store is a copy of the generated one, so the benchmark's store is left
 * as it was. Each size is timed {@code repeats} times, empty and large in turn, and the medians are
 * compared.
 */
final class AddBench {
  private final Extractor extractor;
  private final Path work;
  private final PrintStream out;

  AddBench(Extractor extractor, Path work, PrintStream out) {
    this.extractor = extractor;
    this.work = work;
    this.out = out;
  }

  /**
   * Times adding the first {@code n} of {@code documents} for each {@code n} of {@code sizes}.
   *
   * @param large the generated store to copy
   * @param label how the large store is called in the output ("1M")
   */
  List<Map<String, Object>> run(Path large, String label, List<Document> documents, List<Integer> sizes, int repeats) {
    List<Map<String, Object>> rows = new ArrayList<>();
    // The large store as a build of this version leaves it: its reference and ontology graphs current.
    try (GeoStore store = GeoStore.open(large)) {
      StandardGraphs.writeReferenceAndOntology(store, extractor, new PrintStream(PrintStream.nullOutputStream()));
    }
    out.printf(Locale.ROOT, "%nadding documents as build does once its models are loaded (%d threads): to a copy"
        + " of the %s store against an empty store, the same documents, median of %d%n",
        Runtime.getRuntime().availableProcessors(), label, repeats);
    out.printf(Locale.ROOT, "%-6s %14s %14s %8s  %s%n", "docs", "empty s", label + " store s", "ratio", "≤ 1.2");
    for (int n : sizes) {
      List<Document> docs = documents.subList(0, n);
      double[] empty = new double[repeats];
      double[] full = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        empty[r] = timeAdd(null, docs);
        full[r] = timeAdd(large, docs);
      }
      double e = median(empty);
      double f = median(full);
      double ratio = f / e;
      out.printf(Locale.ROOT, "%-6d %14.2f %14.2f %8.2f  %s%n", n, e, f, ratio, ratio <= 1.2 ? "met" : "MISSED");
      out.flush();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("store", label);
      row.put("documents", n);
      row.put("empty_s", e);
      row.put("large_s", f);
      row.put("ratio", ratio);
      row.put("empty_runs_s", Arrays.stream(empty).boxed().toList());
      row.put("large_runs_s", Arrays.stream(full).boxed().toList());
      rows.add(row);
    }
    return rows;
  }

  /** Seconds to add {@code docs} to a copy of {@code from}, or to an empty store when it is null. */
  private double timeAdd(Path from, List<Document> docs) {
    Path dir = work.resolve(from == null ? "empty" : "copy");
    delete(dir);
    if (from != null) {
      copy(from, dir);
    }
    try (GeoStore store = GeoStore.open(dir)) {
      long t0 = System.nanoTime();
      PrintStream err = new PrintStream(PrintStream.nullOutputStream());
      StandardGraphs.writeReferenceAndOntology(store, extractor, err);
      int threads = Runtime.getRuntime().availableProcessors();
      BatchResult result = new BatchBuilder(extractor, store, BatchOptions.defaults(threads), new BatchListener() {
        @Override
        public void failed(String name, String reason) {
          out.println("error: " + name + ": " + reason);
        }
      }).run(sink -> docs.forEach(sink::accept));
      StandardGraphs.warnOfDeadSpace(store, err);
      double s = (System.nanoTime() - t0) / 1e9;
      if (result.stored() != docs.size()) {
        throw new IllegalStateException("stored " + result.stored() + " of " + docs.size() + " documents");
      }
      return s;
    } finally {
      delete(dir);
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.equals("tdb.lock") || name.equals(SyntheticStore.MARKER)) {
          continue;
        }
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
          // Written to disk before the clock starts: otherwise the first commit's fsync flushes the
          // whole copy, a cost of the benchmark's copying that a store in use never pays.
          try (FileChannel channel = FileChannel.open(t, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
