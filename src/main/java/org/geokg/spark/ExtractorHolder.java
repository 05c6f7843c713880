package org.geokg.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.Extractor;
import org.geokg.Extractors;
import org.geokg.doc.Document;

/**
 * One {@link Extractor} per JVM (per Spark executor), created on first use by the first task that
 * needs it, and shared by every task the executor runs at once (the extractor is thread-safe). Tasks
 * that arrive while it loads wait for it rather than loading their own copy of CoreNLP's models.
 */
public final class ExtractorHolder {
  private static final Map<String, Extractor> BY_DATA = new ConcurrentHashMap<>();
  private static volatile Extractor injected;

  private ExtractorHolder() {}

  /**
   * The extractor for {@code dataDir} (a folder on the executor's local disk, or null): {@link
   * Extractors#standard} of it, loaded once per JVM, unless one was {@link #inject injected}.
   */
  public static Extractor get(String dataDir) {
    Extractor e = injected;
    if (e != null) {
      return e;
    }
    return BY_DATA.computeIfAbsent(dataDir == null ? "" : dataDir, ExtractorHolder::load);
  }

  /**
   * Loads the extractor and its CoreNLP models (which {@link Extractors#standard} loads lazily) by
   * extracting a one-line document, so that the tasks waiting for it find it ready and the executor's
   * log says how long the load took.
   */
  private static Extractor load(String dataDir) {
    long start = System.nanoTime();
    Extractor e = Extractors.standard(dataDir.isEmpty() ? null : Path.of(dataDir));
    e.extract(Document.plain("warm-up", "Warm-up.", null));
    System.err.printf("geokg: extractor loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return e;
  }

  /**
   * Makes {@link #get} return {@code extractor} in this JVM, whatever the data folder (for Spark's
   * local mode, where driver and executors share the JVM: a test reuses the extractor it already
   * has). {@code null} undoes it.
   */
  public static void inject(Extractor extractor) {
    injected = extractor;
  }
}
