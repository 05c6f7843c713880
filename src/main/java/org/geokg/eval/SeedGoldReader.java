package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.claim.Modality;
import org.geokg.doc.Document;

/**
 * Reads the seed gold file ({@code eval/seed/gold.tsv}): {@code #} comment lines, then rows of
 * subject, relation, object, modality, cue separated by tabs.
 */
public final class SeedGoldReader {
  private static final Pattern DOCUMENT = Pattern.compile("corpus/\\S*?([^/\\s]+\\.(?:txt|md|json|jsonl))");

  /**
   * A parsed gold file.
   *
   * @param documentFile the file name of the document the header says the facts are for, if it says
   * @param facts one gold fact per row (duplicates included; the scorer collapses them)
   */
  public record SeedGold(Optional<String> documentFile, List<GoldFact> facts) {
    public SeedGold {
      facts = List.copyOf(facts);
    }

    /** The set to score, with the documents to extract (none when the facts come from a store). */
    public EvalSet toEvalSet(List<Document> documents) {
      return new EvalSet("seed", documents, facts, List.of(), RelationScheme.ontology(), false);
    }
  }

  private SeedGoldReader() {}

  /** Reads a gold file; malformed rows fail with their line number. */
  public static SeedGold read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * One gold row from {@code cols[from]} on: subject, relation, object, modality, cue and, if present,
   * location. Fails naming the line when the row is malformed.
   */
  static GoldFact fact(String document, String[] cols, int from, int lineNo) {
    if (cols[from].isBlank() || cols[from + 1].isBlank() || cols[from + 2].isBlank()) {
      throw new IllegalArgumentException("line " + lineNo + ": empty subject, relation or object");
    }
    Modality modality = null;
    String m = cols.length > from + 3 ? cols[from + 3] : "";
    if (!m.isBlank()) {
      modality = SystemFacts.parseModality(m).orElseThrow(() ->
          new IllegalArgumentException("line " + lineNo + ": unknown modality " + m));
    }
    String relation = Relations.canonical(cols[from + 1]);
    if (Character.isUpperCase(relation.charAt(0)) && !Relations.PLOVER.contains(relation)) {
      throw new IllegalArgumentException("line " + lineNo + ": unknown interaction class " + cols[from + 1]);
    }
    return new GoldFact(document, EntityKeys.fromGold(cols[from]), relation, EntityKeys.fromGold(cols[from + 2]),
        modality, cols.length > from + 4 ? cols[from + 4].trim() : "", cols.length > from + 5 ? cols[from + 5] : "");
  }

  /** Parses the lines of a gold file. */
  public static SeedGold parse(List<String> lines) {
    Optional<String> document = Optional.empty();
    List<GoldFact> facts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        Matcher m = DOCUMENT.matcher(line);
        if (document.isEmpty() && m.find()) {
          document = Optional.of(m.group(1));
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 4 || cols.length > 5) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected 5 tab-separated columns, found "
            + cols.length);
      }
      facts.add(fact(null, cols, 0, i + 1));
    }
    return new SeedGold(document, facts);
  }
}
