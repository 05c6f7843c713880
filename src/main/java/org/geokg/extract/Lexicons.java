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

  private final ImmutableMap<String, ImmutableSet<String>> lists;

  private Lexicons(Map<String, ImmutableSet<String>> lists) {
    this.lists = ImmutableMap.copyOf(lists);
  }

  /** Loads the bundled lexicons named in {@code index.txt} and any in {@code dataDir/rules/lexicons}. */
  public static Lexicons load(Path dataDir) {
    Map<String, Set<String>> m = new TreeMap<>();
    for (String name : lines(Lexicons.class.getResourceAsStream(FOLDER + "index.txt"), "index.txt")) {
      m.computeIfAbsent(name, k -> new LinkedHashSet<>())
          .addAll(lines(Lexicons.class.getResourceAsStream(FOLDER + name + ".txt"), name));
    }
    if (dataDir != null && Files.isDirectory(dataDir.resolve("rules/lexicons"))) {
      try (Stream<Path> files = Files.list(dataDir.resolve("rules/lexicons"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
          m.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(lines(Files.newInputStream(f), name));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
    return new Lexicons(b.build());
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
