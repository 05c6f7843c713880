package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.geokg.doc.Document;

/**
 * Reads the PETRARCH validation sentences ({@code PETR2_GSR_validation.derived.jsonl}): one JSON object a
 * line with {@code id}, {@code date} (yyyyMMdd), {@code text} and {@code events}
 * ({@code sourcecode}, {@code targetcode}, {@code eventcode}, or {@code noevents}). CAMEO event codes
 * become PLOVER types through {@link CameoPlover}.
 */
public final class PetrarchReader {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchReader() {}

  /** Reads the file. */
  public static EvalSet read(Path jsonl, CameoPlover cameo) {
    try {
      return parse(Files.readAllLines(jsonl, StandardCharsets.UTF_8), cameo);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
    }
  }

  /** Parses the lines; blank lines are ignored, a malformed one fails with its number. */
  public static EvalSet parse(List<String> lines, CameoPlover cameo) {
    List<Document> docs = new ArrayList<>();
    List<GoldFact> gold = new ArrayList<>();
    List<SkippedGold> skipped = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = Json.stripBom(lines.get(i));
      if (line.isBlank()) {
        continue;
      }
      JsonObject r;
      try {
        r = JSON.parse(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": not a JSON object: " + e.getMessage(), e);
      }
      String id = Json.string(r, "id");
      String text = Json.string(r, "text");
      if (id == null || text == null || text.isBlank()) {
        continue;
      }
      docs.add(Document.plain(id, text, date(Json.string(r, "date"))));
      for (JsonObject e : Json.objects(r, "events")) {
        if (e.hasKey("noevents")) {
          continue;
        }
        String code = Json.string(e, "eventcode");
        String src = Json.string(e, "sourcecode");
        String tgt = Json.string(e, "targetcode");
        String annotation = src + " " + code + " " + tgt;
        Optional<String> type = cameo.plover(code);
        Optional<String> s = ActorCodes.key(src, null);
        Optional<String> t = ActorCodes.key(tgt, null);
        if (type.isEmpty()) {
          skipped.add(new SkippedGold(id, annotation, "CAMEO code with no PLOVER event"));
        } else if (s.isEmpty() || t.isEmpty()) {
          skipped.add(new SkippedGold(id, annotation, "actor with no state or organisation key", type.get()));
        } else {
          gold.add(new GoldFact(id, s.get(), type.get(), t.get(), null, text));
        }
      }
    }
    return new EvalSet("petrarch", docs, gold, skipped, RelationScheme.eventData(), true);
  }

  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return s.contains("-") ? LocalDate.parse(s) : LocalDate.parse(s, BASIC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
