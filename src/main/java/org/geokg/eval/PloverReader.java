package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.geokg.doc.Document;

/**
 * Reads the PLOVER gold standard records ({@code PLOVER_GSR_dev.json}, a JSON array): one document per
 * record with its sentence, and one gold fact per source × target actor pair, typed by the record's
 * event.
 *
 * <p>The records' {@code date} is a placeholder (the readme: all are "2000-01-01"), so documents get no
 * date rather than a false one. Records without an event sentence (the leading DOCUMENT record) are not
 * documents. When a record has no target but its markup codes the actors as reciprocal
 * ({@code SRC/TAR}), each source acts on each other source, as CAMEO coded such events; with no target
 * otherwise, each source's fact has the object {@link EntityKeys#NO_TARGET} (a targetless event).
 */
public final class PloverReader {
  private PloverReader() {}

  /** Reads the file; actors coded by kind alone keep no key unless ActorCodes reads them. */
  public static EvalSet read(Path file) {
    return read(file, text -> Optional.empty());
  }

  /**
   * Reads the file; an actor whose code names no state or known body ({@code IGO}, {@code NGO},
   * {@code IMG}) gets the key {@code organisations} finds in its {@code actorText} (see
   * {@link OrganisationNames}).
   */
  public static EvalSet read(Path file, Function<String, Optional<String>> organisations) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), organisations);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the JSON array of records. */
  public static EvalSet parse(String json) {
    return parse(json, text -> Optional.empty());
  }

  /** Parses the JSON array of records, with {@code organisations} as in {@link #read(Path, Function)}. */
  public static EvalSet parse(String json, Function<String, Optional<String>> organisations) {
    JsonValue root = JSON.parseAny(Json.stripBom(json));
    if (!root.isArray()) {
      throw new IllegalArgumentException("PLOVER records: expected a JSON array");
    }
    List<Document> docs = new ArrayList<>();
    List<GoldFact> gold = new ArrayList<>();
    List<SkippedGold> skipped = new ArrayList<>();
    for (JsonValue v : root.getAsArray()) {
      if (!v.isObject()) {
        continue;
      }
      JsonObject r = v.getAsObject();
      String id = Json.string(r, "id");
      String text = Json.string(r, "text");
      if (id == null || text == null || text.isBlank()) {
        continue;
      }
      docs.add(Document.plain(id, text, null));
      String event = Json.string(r, "event");
      Optional<String> type = Relations.plover(event);
      if (type.isEmpty()) {
        skipped.add(new SkippedGold(id, "event " + event, "not a PLOVER event type"));
        continue;
      }
      List<JsonObject> sources = Json.objects(r, "source");
      List<JsonObject> targets = Json.objects(r, "target");
      JsonObject info = r.get("textInfo") != null && r.get("textInfo").isObject() ? r.getObj("textInfo") : null;
      String markup = Json.string(info, "markup");
      boolean reciprocal = targets.isEmpty() && sources.size() > 1 && markup != null && markup.contains("SRC/TAR");
      if (reciprocal) {
        targets = sources;
      }
      if (!sources.isEmpty() && targets.isEmpty()) {
        // An event with no target ("the rebels surrendered"): each source's targetless fact, matched by a
        // system interaction of the same class and source with no target (EntityKeys.NO_TARGET).
        for (JsonObject src : sources) {
          Optional<String> sk = key(src, organisations);
          String annotation = type.get() + " " + actor(src) + " -> -";
          if (sk.isEmpty()) {
            skipped.add(new SkippedGold(id, annotation, "actor with no state or organisation key", type.get()));
          } else {
            gold.add(new GoldFact(id, sk.get(), type.get(), EntityKeys.NO_TARGET, null, text));
          }
        }
        continue;
      }
      if (sources.isEmpty() || targets.isEmpty()) {
        skipped.add(new SkippedGold(id, type.get() + " " + actors(sources) + " -> " + actors(targets),
            sources.isEmpty() ? "no source actor" : "no target actor", type.get()));
        continue;
      }
      for (JsonObject s : sources) {
        for (JsonObject t : targets) {
          if (reciprocal && s == t) {
            continue;
          }
          Optional<String> sk = key(s, organisations);
          Optional<String> tk = key(t, organisations);
          String annotation = type.get() + " " + actor(s) + " -> " + actor(t);
          if (sk.isEmpty() || tk.isEmpty()) {
            skipped.add(new SkippedGold(id, annotation, "actor with no state or organisation key", type.get()));
          } else {
            gold.add(new GoldFact(id, sk.get(), type.get(), tk.get(), null, text));
          }
        }
      }
    }
    return new EvalSet("plover", docs, gold, skipped, RelationScheme.eventData(), true);
  }

  private static Optional<String> key(JsonObject actor, Function<String, Optional<String>> organisations) {
    String text = Json.string(actor, "actorText");
    return ActorCodes.key(Json.string(actor, "code"), text).or(() -> organisations.apply(text));
  }

  private static String actor(JsonObject a) {
    return Json.string(a, "code") + "(" + Json.string(a, "actorText") + ")";
  }

  private static String actors(List<JsonObject> as) {
    return as.isEmpty() ? "-" : String.join("+", as.stream().map(PloverReader::actor).toList());
  }
}
