package org.geokg.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Word lists that rules refer to by name ({@code @consult_verbs}): {@code geokg/rules/lexicons/NAME.txt},
 * one lower-case lemma or word per line, {@code #} comments. A file of the same name in the user's
 * data folder ({@code DIR/rules/lexicons/}) adds to the bundled list.
 */
public final class Lexicons {
  private static final String FOLDER = "/geokg/rules/lexicons/";
  private static final Pattern MACRO = Pattern.compile("@([a-z_]+)");
  private static final Pattern PHRASE_MACRO = Pattern.compile("@@([a-z_]+)");

  private final ImmutableMap<String, ImmutableSet<String>> lists;
  private final ImmutableMap<String, com.google.common.collect.ImmutableListMultimap<String, Map<String, String>>> tables;

  private Lexicons(Map<String, ImmutableSet<String>> lists,
      Map<String, com.google.common.collect.ImmutableListMultimap<String, Map<String, String>>> tables) {
    this.lists = ImmutableMap.copyOf(lists);
    this.tables = ImmutableMap.copyOf(tables);
  }

  /**
   * Loads the bundled lexicons named in {@code index.txt} and any in {@code dataDir/rules/lexicons}.
   * A {@code NAME.txt} is a word list; a {@code NAME.tsv} is a table whose first column is the key
   * (and, for {@code @NAME} in patterns, the word list).
   */
  public static Lexicons load(Path dataDir) {
    return load(dataDir, Map.of());
  }

  /**
   * As {@link #load(Path)}, plus word lists made elsewhere ({@code resource_words}, from the
   * gazetteer's energy resources, so that the words live in one table).
   */
  public static Lexicons load(Path dataDir, Map<String, ? extends java.util.Collection<String>> extra) {
    Map<String, Set<String>> m = new TreeMap<>();
    extra.forEach((k, v) -> m.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    Map<String, com.google.common.collect.ListMultimap<String, Map<String, String>>> t = new TreeMap<>();
    for (String name : lines(Lexicons.class.getResourceAsStream(FOLDER + "index.txt"), "index.txt")) {
      if (name.endsWith(".tsv")) {
        String base = name.substring(0, name.length() - 4);
        readTable(Lexicons.class.getResourceAsStream(FOLDER + name), name, base, m, t);
      } else {
        m.computeIfAbsent(name, k -> new LinkedHashSet<>())
            .addAll(lowerCase(lines(Lexicons.class.getResourceAsStream(FOLDER + name + ".txt"), name)));
      }
    }
    if (dataDir != null && Files.isDirectory(dataDir.resolve("rules/lexicons"))) {
      try (Stream<Path> files = Files.list(dataDir.resolve("rules/lexicons"))) {
        for (Path f : files.sorted().toList()) {
          String file = f.getFileName().toString();
          if (file.endsWith(".txt")) {
            m.computeIfAbsent(file.substring(0, file.length() - 4), k -> new LinkedHashSet<>())
                .addAll(lowerCase(lines(Files.newInputStream(f), file)));
          } else if (file.endsWith(".tsv")) {
            readTable(Files.newInputStream(f), file, file.substring(0, file.length() - 4), m, t);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
    Map<String, com.google.common.collect.ImmutableListMultimap<String, Map<String, String>>> tb = new TreeMap<>();
    t.forEach((k, v) -> tb.put(k, com.google.common.collect.ImmutableListMultimap.copyOf(v)));
    return new Lexicons(b.build(), tb);
  }

  private static void readTable(InputStream in, String file, String name, Map<String, Set<String>> lists,
      Map<String, com.google.common.collect.ListMultimap<String, Map<String, String>>> tables) {
    List<String> rows = new java.util.ArrayList<>(lines(in, file));
    if (rows.isEmpty()) {
      return;
    }
    String[] header = rows.get(0).split("\t", -1);
    var table = tables.computeIfAbsent(name,
        k -> com.google.common.collect.MultimapBuilder.linkedHashKeys().arrayListValues().build());
    Set<String> keys = lists.computeIfAbsent(name, k -> new LinkedHashSet<>());
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      Map<String, String> r = new java.util.HashMap<>();
      for (int i = 0; i < header.length; i++) {
        r.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
      }
      String pp = r.getOrDefault("pp", "");
      if (!pp.isEmpty() && !pp.matches("\\S+ \\S+")) {
        // Checked here, once, so a row a user added fails the start with its file named, not every
        // document's extraction.
        throw new IllegalArgumentException(file + ": row '" + row.replace('\t', ' ')
            + "': column pp must be a preposition and a noun (\"in solidarity\"), not '" + pp + "'");
      }
      String key = cells[0].trim().toLowerCase(java.util.Locale.ROOT);
      table.put(key, r);
      keys.add(key);
    }
  }

  /** Whether a table of that name is loaded. */
  public boolean hasTable(String name) {
    return tables.containsKey(name);
  }

  /** The rows of table {@code name} whose key (first column) is {@code key}, compared lower-case. */
  public List<Map<String, String>> rows(String name, String key) {
    var t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no lexicon table " + name);
    }
    return key == null ? List.of() : t.get(key.toLowerCase(java.util.Locale.ROOT));
  }

  /** Word lists are kept lower-case: contains() compares lower-case; patterns match ignoring case. */
  private static List<String> lowerCase(Set<String> words) {
    return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static Set<String> lines(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("lexicon not found: " + name);
    }
    Set<String> out = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String w = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether {@code word} (compared lower-case) is in the list {@code name}. */
  public boolean contains(String name, String word) {
    ImmutableSet<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no lexicon " + name);
    }
    return word != null && s.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  public ImmutableSet<String> get(String name) {
    ImmutableSet<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no lexicon " + name);
    }
    return s;
  }

  /** Replaces each {@code @name} in a pattern by a regex {@code /^(?:w1|w2)$/} of the list's words. */
  public String expand(String pattern) {
    // @@name: a TokensRegex alternation of the list's multi-word phrases.
    Matcher pm = PHRASE_MACRO.matcher(pattern);
    StringBuilder ps = new StringBuilder();
    while (pm.find()) {
      List<String> alts = new java.util.ArrayList<>();
      for (String phrase : get(pm.group(1))) {
        StringBuilder seq = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
          seq.append("[{word:/^(?i:").append(w.replaceAll("([.\\\\/^$|?*+()\\[\\]{}])", "\\\\$1")).append(")$/}] ");
        }
        alts.add(seq.toString().trim());
      }
      pm.appendReplacement(ps, Matcher.quoteReplacement("(" + String.join(" | ", alts) + ")"));
    }
    pm.appendTail(ps);
    pattern = ps.toString();
    Matcher m = MACRO.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      ImmutableSet<String> words = get(m.group(1));
      String alt = String.join("|", words.stream().map(w -> w.replaceAll("([.\\\\/^$|?*+()\\[\\]{}])", "\\\\$1")).toList());
      m.appendReplacement(sb, Matcher.quoteReplacement("/^(?i:" + alt + ")$/"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
