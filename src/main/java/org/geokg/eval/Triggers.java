package org.geokg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.extract.Lexicons;

/**
 * The words the extraction rules can read each relation from, for telling a miss whose word no rule
 * knows ("relation not in the lexicon") from one whose word a rule knows but whose sentence it did not
 * match ("construction not read"). Read from the rule files and lexicons as they are (bundled, and the
 * {@code --data} folder's): a rule's trigger node ({@code =trigger}, else its first lemma or word
 * constraint) gives its words, and its relation, its {@code relation-by} table (the class of each
 * word) or its {@code relation-by-modifier} table (the relation of each modifier word) types them.
 */
public final class Triggers {
  private static final String FOLDER = "/geokg/rules/";
  private static final Pattern TRIGGER_NODE = Pattern.compile("\\{([^{}]*)\\}=trigger|\\(\\?\\$trigger\\s*\\[\\{([^{}]*)\\}");
  private static final Pattern CONSTRAINT = Pattern.compile("(?:lemma|word):(@[a-z_]+|/[^/]*/|[A-Za-z-]+)");

  private final Map<String, Set<String>> words;

  private Triggers(Map<String, Set<String>> words) {
    this.words = words;
  }

  /** Reads the bundled rules and lexicons, and those of {@code dataDir} when given. */
  public static Triggers load(Path dataDir) {
    Lexicons lex = Lexicons.load(dataDir, Map.of("resource_words", List.of()));
    List<Map<String, String>> blocks = new ArrayList<>();
    for (String name : lines(Triggers.class.getResourceAsStream(FOLDER + "index.txt"))) {
      if (!name.isBlank() && !name.startsWith("#")) {
        blocks.addAll(blocks(lines(Triggers.class.getResourceAsStream(FOLDER + name.trim()))));
      }
    }
    if (dataDir != null && Files.isDirectory(dataDir.resolve("rules"))) {
      try (Stream<Path> files = Files.list(dataDir.resolve("rules"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
          blocks.addAll(blocks(lines(Files.newInputStream(f))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rules: " + e.getMessage(), e);
      }
    }
    Map<String, Set<String>> words = new HashMap<>();
    for (Map<String, String> b : blocks) {
      String pattern = b.getOrDefault("semgrex", b.getOrDefault("tokens", ""));
      Set<String> trigger = triggerWords(pattern, lex);
      if (b.containsKey("relation-by")) {
        for (String w : trigger) {
          for (Map<String, String> row : lex.rows(b.get("relation-by"), w)) {
            add(words, row.get("class"), w);
          }
        }
      }
      if (b.containsKey("relation-by-modifier")) {
        String table = b.get("relation-by-modifier");
        for (String w : lex.get(table)) {
          for (Map<String, String> row : lex.rows(table, w)) {
            add(words, row.get("relation"), w);
          }
        }
      }
      if (b.containsKey("relation")) {
        trigger.forEach(w -> add(words, b.get("relation"), w));
      }
    }
    return new Triggers(words);
  }

  /** Triggers from a ready table, for tests: relation → words. */
  static Triggers of(Map<String, Set<String>> words) {
    return new Triggers(words);
  }

  /** The words (lower-case lemmas or word forms) a rule can read {@code relation} from; empty if none. */
  public Set<String> words(String relation) {
    return words.getOrDefault(relation, Set.of());
  }

  /** Whether any of {@code lemmas} is a word some rule reads {@code relation} from. */
  public boolean knows(String relation, java.util.Collection<String> lemmas) {
    Set<String> w = words(relation);
    return lemmas.stream().anyMatch(l -> w.contains(l.toLowerCase(Locale.ROOT)));
  }

  private static void add(Map<String, Set<String>> words, String relation, String word) {
    if (relation == null || relation.isBlank()) {
      return;
    }
    words.computeIfAbsent(Relations.canonical(relation), k -> new LinkedHashSet<>())
        .add(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> triggerWords(String pattern, Lexicons lex) {
    Matcher node = TRIGGER_NODE.matcher(pattern);
    String spec = node.find() ? (node.group(1) != null ? node.group(1) : node.group(2)) : pattern;
    Set<String> out = new LinkedHashSet<>();
    Matcher c = CONSTRAINT.matcher(spec);
    if (!c.find()) {
      return out;
    }
    String v = c.group(1);
    if (v.startsWith("@")) {
      out.addAll(lex.get(v.substring(1)));
    } else if (v.startsWith("/")) {
      String body = v.substring(1, v.length() - 1).replaceAll("^\\^?(\\(\\?i:)?|\\)?\\$?$", "");
      for (String w : body.split("\\|")) {
        if (w.matches("[A-Za-z-]+")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } else {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Rule blocks as key → value, continuation lines joined, comments left out. */
  private static List<Map<String, String>> blocks(List<String> lines) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> block = new LinkedHashMap<>();
    String last = null;
    for (String line : lines) {
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          out.add(block);
          block = new LinkedHashMap<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && last != null) {
        block.put(last, block.get(last) + " " + line.trim());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        last = line.substring(0, colon).trim();
        block.put(last, line.substring(colon + 1).trim());
      }
    }
    if (!block.isEmpty()) {
      out.add(block);
    }
    return out;
  }

  private static List<String> lines(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("rules not found");
    }
    try (in) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
