package org.geokg;

import java.nio.file.Path;

/** Where commands get their {@link Extractor}. */
public final class Extractors {
  private Extractors() {}

  /**
   * The standard extractor: CoreNLP configured from {@code geokg/corenlp.properties}, the bundled
   * gazetteer, lexicons and rules, with any tables, lexicons or rules in {@code dataDir} (may be
   * null) taking precedence or adding to them. Loading takes CoreNLP's model load time (seconds).
   */
  public static Extractor standard(Path dataDir) {
    return StandardExtractor.load(dataDir, null);
  }

  /** The {@link #standard} extractor, as a {@link ClaimExtractor}: for tools that rework its claims. */
  public static ClaimExtractor standardClaims(Path dataDir) {
    return StandardExtractor.load(dataDir, null);
  }
}
