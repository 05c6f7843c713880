package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;

/**
 * Reads the project's own dev set ({@code eval/statedept/}): {@code texts.jsonl}, the texts as
 * {@code geokg build} reads JSON Lines (id, date, title, url, text), and {@code gold.tsv}, {@code #}
 * comment lines then one fact a row: document id, then the seed gold's columns (subject, relation,
 * object, modality, cue) and a location (empty for most rows). Scored per document with the ontology's
 * relations, like the seed.
 */
public final class StatedeptReader {
  /** The folder of the set in a clone of the project. */
  public static final Path FOLDER = Path.of("eval", "statedept");
  /** The held-out check set's folder, read the same way (see its README.md). */
  public static final Path CHECK_FOLDER = Path.of("eval", "statedept-check");

  private StatedeptReader() {}

  /** Reads the texts and the gold; a gold row for a document that is not among the texts fails. */
  public static EvalSet read(Path texts, Path gold) {
    return read(texts, gold, name -> Optional.empty());
  }

  /**
   * As {@link #read(Path, Path)}; a gold organisation written by name ({@code org:Arctic Council}, the
   * gold's form for one the gazetteer did not list when it was annotated) takes the key {@code names}
   * gives that name, when it gives one, so that the gold follows the gazetteer as it grows.
   */
  public static EvalSet read(Path texts, Path gold, Function<String, Optional<String>> names) {
    List<Document> docs = new ArrayList<>();
    List<DocumentError> errors = new ArrayList<>();
    DocumentSource.read(List.of(texts.toString()), DocumentSink.of(docs::add, errors::add));
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.get(0).toString());
    }
    try {
      return parse(docs, Files.readAllLines(gold, StandardCharsets.UTF_8), names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + gold + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(gold + ": " + e.getMessage(), e);
    }
  }

  /** The set from its documents and the lines of its gold file. */
  public static EvalSet parse(List<Document> documents, List<String> goldLines) {
    return parse(documents, goldLines, name -> Optional.empty());
  }

  private static EvalSet parse(List<Document> documents, List<String> goldLines,
      Function<String, Optional<String>> orgKeys) {
    Set<String> names = new HashSet<>();
    documents.forEach(d -> names.add(d.name()));
    List<GoldFact> facts = new ArrayList<>();
    for (int i = 0; i < goldLines.size(); i++) {
      String line = Json.stripBom(goldLines.get(i));
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 6 || cols.length > 7) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected 7 tab-separated columns"
            + " (doc_id, subject, relation, object, modality, cue, location), found " + cols.length);
      }
      String doc = cols[0].trim();
      if (!names.contains(doc)) {
        throw new IllegalArgumentException("line " + (i + 1) + ": no text with id " + doc);
      }
      for (int c : new int[] {1, 3}) {
        String t = cols[c].trim();
        if (t.regionMatches(true, 0, "org:", 0, 4)) {
          cols[c] = orgKeys.apply(t.substring(4).trim()).orElse(cols[c]);
        }
      }
      facts.add(SeedGoldReader.fact(doc, cols, 1, i + 1));
    }
    return new EvalSet("statedept", documents, facts, List.of(), RelationScheme.ontology(), true);
  }
}
