package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.geokg.doc.Document;

/**
 * Reads re3d ({@code documents.json}, {@code entities.json}, {@code relations.json} in each source
 * folder, one JSON object a line): documents with their text, and gold facts for the relations whose two
 * ends are states, organisations or their officials.
 *
 * <p>An end is given a key by the name resolver the caller passes (a gazetteer: names, aliases,
 * demonyms, capitals → ISO3 or organisation id), tried on the whole mention, then on its word n-grams,
 * longest first, so that "U.S. forces" is the United States and "Syrian Democratic Forces" is Syria, as
 * event data would code them. A person or organisation the resolver does not know takes the key of
 * what the same document says it belongs to or is in charge of. Whom a person belongs to or is in charge
 * of keeps the person ({@code person:<surname>}) as subject. Ends that get no key are reported as
 * skipped. re3d documents carry no date.
 */
public final class Re3dReader {
  private static final java.util.regex.Pattern PRONOUN_PERSON =
      java.util.regex.Pattern.compile("person:(he|she|they|him|her|them|his|hers|their|it|its|who|whom)");
  private static final Set<String> ACTOR_TYPES = Set.of("Organisation", "Person", "Location", "Nationality");
  private static final Set<String> LINK_TYPES = Set.of("BelongsTo", "InChargeOf");
  private static final int MAX_NGRAM = 4;

  private record Mention(String doc, int begin, int end, String type, String value) {}

  private record Link(String type, Span source, Span target) {}

  private record Span(String doc, int begin, int end) {}

  private Re3dReader() {}

  /**
   * Reads every source folder under {@code dir} (or {@code dir} itself when it holds the three files).
   *
   * @param resolver plain name → state or organisation key
   */
  public static EvalSet read(Path dir, Function<String, Optional<String>> resolver) {
    List<Path> folders = new ArrayList<>();
    if (Files.isRegularFile(dir.resolve("documents.json"))) {
      folders.add(dir);
    } else {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().forEach(folders::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    if (folders.isEmpty()) {
      throw new IllegalArgumentException("no re3d documents.json in " + dir + " or its folders");
    }
    List<String> documents = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    for (Path f : folders) {
      documents.addAll(lines(f.resolve("documents.json")));
      entities.addAll(lines(f.resolve("entities.json")));
      relations.addAll(lines(f.resolve("relations.json")));
    }
    return parse(documents, entities, relations, resolver);
  }

  /** Parses the lines of the three files (of one or more folders). */
  public static EvalSet parse(List<String> documentLines, List<String> entityLines, List<String> relationLines,
      Function<String, Optional<String>> resolver) {
    List<Document> docs = new ArrayList<>();
    for (JsonObject o : objects(documentLines)) {
      String id = Json.string(o, "_id");
      String text = Json.string(o, "text");
      if (id != null && text != null) {
        docs.add(new Document(id, text, text, null, Json.string(o, "title"), Json.string(o, "sourceUrl")));
      }
    }
    Map<Span, Mention> mentions = new HashMap<>();
    for (JsonObject o : objects(entityLines)) {
      Mention m = new Mention(Json.string(o, "documentId"), Json.integer(o, "begin", -1), Json.integer(o, "end", -1),
          Json.string(o, "type"), Json.string(o, "value"));
      mentions.putIfAbsent(new Span(m.doc(), m.begin(), m.end()), m);
    }
    List<JsonObject> rels = objects(relationLines);
    Map<Span, List<Span>> links = new HashMap<>();
    for (JsonObject o : rels) {
      String type = Json.string(o, "type");
      Span s = span(o, "source");
      Span t = span(o, "target");
      if (LINK_TYPES.contains(type)) {
        links.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
      } else if ("IsSynonymOf".equals(type)) {
        links.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
        links.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
      }
    }

    Resolution res = new Resolution(mentions, links, resolver);
    Map<List<String>, GoldFact> gold = new LinkedHashMap<>();
    List<SkippedGold> skipped = new ArrayList<>();
    for (JsonObject o : rels) {
      String type = Json.string(o, "type");
      Optional<String> group = Re3dRelations.group(type);
      if (group.isEmpty()) {
        continue;
      }
      String doc = Json.string(o, "documentId");
      Span s = span(o, "source");
      Span t = span(o, "target");
      String annotation = Json.string(o, "source") + " " + type + " " + Json.string(o, "target");
      Optional<String> sk = Re3dRelations.keepsSubject(group.get()) ? res.ownKey(s) : res.actorKey(s);
      Optional<String> tk = res.actorKey(t);
      if (sk.isEmpty() || tk.isEmpty()) {
        skipped.add(new SkippedGold(doc, annotation, (sk.isEmpty() ? "source" : "target")
            + " is not a known state, organisation or official", group.get()));
        continue;
      }
      String cue = Json.string(o, "value");
      if (sk.get().equals(tk.get()) || PRONOUN_PERSON.matcher(sk.get()).matches()
          || PRONOUN_PERSON.matcher(tk.get()).matches()) {
        // "Syrian forces" BelongsTo "Syria" both resolve to SYR; "he" is no one: nothing to score.
        skipped.add(new SkippedGold(doc, annotation, sk.get().equals(tk.get())
            ? "both ends resolve to " + sk.get() : "a pronoun, not a named actor"));
        continue;
      }
      gold.putIfAbsent(List.of(doc, sk.get(), group.get(), tk.get()),
          new GoldFact(doc, sk.get(), group.get(), tk.get(), null, annotation + (cue == null ? "" : " [" + cue + "]")));
    }
    return new EvalSet("re3d", docs, List.copyOf(gold.values()), skipped, Re3dRelations.scheme(), true);
  }

  /** Mention → key, with the document's links for mentions the resolver does not know. */
  private record Resolution(Map<Span, Mention> mentions, Map<Span, List<Span>> links,
      Function<String, Optional<String>> resolver) {

    /** The state or organisation an end stands for. */
    Optional<String> actorKey(Span span) {
      return actorKey(span, 0);
    }

    private Optional<String> actorKey(Span span, int depth) {
      Mention m = mentions.get(span);
      if (m == null || m.value() == null || !ACTOR_TYPES.contains(m.type())) {
        return Optional.empty();
      }
      Optional<String> direct = resolveText(m.value(), resolver);
      if (direct.isPresent() || depth >= 2) {
        return direct;
      }
      for (Span next : links.getOrDefault(span, List.of())) {
        Optional<String> k = actorKey(next, depth + 1);
        if (k.isPresent()) {
          return k;
        }
      }
      return Optional.empty();
    }

    /** The end itself: a named person as {@code person:<surname>}, anything else as an actor. */
    Optional<String> ownKey(Span span) {
      Mention m = mentions.get(span);
      if (m != null && "Person".equals(m.type()) && m.value() != null) {
        String[] tokens = m.value().trim().split("\\s+");
        String last = tokens[tokens.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        // A bare title ("the minister") names no one: only a capitalised last word is a surname.
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && tokens.length > 0
            && resolver.apply(last).isEmpty()
            ? Optional.of(EntityKeys.person(last)) : Optional.empty();
      }
      return actorKey(span);
    }
  }

  /** The key of a name by the resolver: whole text, then without article/possessive, then n-grams. */
  static Optional<String> resolveText(String text, Function<String, Optional<String>> resolver) {
    String t = text.trim();
    Optional<String> k = resolver.apply(t);
    if (k.isPresent()) {
      return k;
    }
    String bare = t.replaceFirst("(?i)^the\\s+", "").replaceFirst("['’]s?$", "").trim();
    if (!bare.equals(t) && !bare.isEmpty()) {
      k = resolver.apply(bare);
      if (k.isPresent()) {
        return k;
      }
    }
    String[] tokens = bare.split("\\s+");
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replaceAll("^[^\\p{L}\\p{N}]+|[,;:!?\"“”()]+$", "").replaceFirst("['’]s$", "");
    }
    for (int n = Math.min(MAX_NGRAM, tokens.length); n >= 1; n--) {
      for (int i = 0; i + n <= tokens.length; i++) {
        String gram = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n)).trim();
        if (gram.isEmpty() || (n == tokens.length && gram.equals(bare))) {
          continue;
        }
        k = resolver.apply(gram);
        if (k.isPresent()) {
          return k;
        }
      }
    }
    return Optional.empty();
  }

  private static Span span(JsonObject o, String end) {
    return new Span(Json.string(o, "documentId"), Json.integer(o, end + "Begin", -1), Json.integer(o, end + "End", -1));
  }

  private static List<JsonObject> objects(List<String> lines) {
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = Json.stripBom(lines.get(i)).trim();
      if (l.isEmpty()) {
        continue;
      }
      try {
        out.add(JSON.parse(l));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("re3d line " + (i + 1) + ": not a JSON object: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
