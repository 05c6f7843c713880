package org.geokg;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real extractor, loaded once for the whole test run: CoreNLP's models take tens of seconds to
 * load, and every integration test shares them (Surefire runs the test classes in one JVM).
 */
public final class SharedExtractor {
  /** The seed article bundled with the project. */
  public static final Path SEED = Path.of("examples/2022-01-27-us-diplomacy-russia-ukraine.txt");
  /** The team's shared folder; absent in a user's clone. */
  public static final Path SHARED = Path.of("../shared");

  private static Extractor extractor;

  private SharedExtractor() {}

  public static synchronized Extractor get() {
    if (extractor == null) {
      extractor = Extractors.standard(null);
    }
    return extractor;
  }

  /**
   * The shared extractor with the semantic back-off on at {@code threshold}, on the same CoreNLP
   * pipeline (the back-off only adds a step after the rules).
   */
  public static synchronized Extractor withBackoff(double threshold) {
    StandardExtractor standard = (StandardExtractor) get();
    return standard.withBackoff(org.geokg.extract.SemanticBackoff.load(standard.rules(), threshold));
  }

  /** The seed article, read as {@code geokg build} reads it. */
  public static org.geokg.doc.Document seed() {
    java.util.List<org.geokg.doc.Document> docs = new java.util.ArrayList<>();
    org.geokg.doc.DocumentSource.read(java.util.List.of(SEED.toString()), new org.geokg.doc.DocumentSink() {
      @Override
      public void accept(org.geokg.doc.Document d) {
        docs.add(d);
      }

      @Override
      public void reject(org.geokg.doc.DocumentError e) {
        throw new AssertionError(e.toString());
      }
    });
    return docs.get(0);
  }

  /** The shared extractor's rules and lexicons, for tests of one part of the extraction. */
  public static org.geokg.extract.RuleSet rules() {
    return ((StandardExtractor) get()).rules();
  }

  /** The shared extractor's gazetteer. */
  public static org.geokg.link.Gazetteer gazetteer() {
    return ((StandardExtractor) get()).gazetteer();
  }

  public static boolean sharedPresent() {
    return Files.isDirectory(SHARED.resolve("eval"));
  }
}
