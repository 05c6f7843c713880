package org.geokg.extract;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.link.GeokgAnnotations;

/**
 * The extraction rules: every {@code .rules} file named in {@code geokg/rules/index.txt}, then every
 * {@code .rules} file in the user's {@code DIR/rules/}. A rule is a block of {@code key: value} lines
 * (see {@code geokg/rules/README.md}); blocks are separated by blank lines.
 */
public final class RuleSet {
  private static final String FOLDER = "/geokg/rules/";

  private final ImmutableList<Rule> rules;
  private final Lexicons lexicons;
  // Index-aligned with rules: the Semgrex rule's anchor, or null (no anchor, or a token rule).
  private final List<RuleAnchor> anchors;
  private final BitSet unanchored = new BitSet();
  private final BitSet tokenRules = new BitSet();
  // Which rules a word anchors, per (word, lemma): the vocabulary is small next to the tokens.
  private final Cache<String, BitSet> anchoredBy = CacheBuilder.newBuilder().maximumSize(200_000).build();

  private RuleSet(List<Rule> rules, Lexicons lexicons) {
    this.rules = ImmutableList.copyOf(rules);
    this.lexicons = lexicons;
    List<RuleAnchor> a = new ArrayList<>();
    for (int i = 0; i < this.rules.size(); i++) {
      Rule r = this.rules.get(i);
      RuleAnchor anchor = r.semgrex() == null ? null : RuleAnchor.of(r.semgrex().pattern());
      a.add(anchor);
      if (r.semgrex() == null) {
        tokenRules.set(i);
      } else if (anchor == null) {
        unanchored.set(i);
      }
    }
    this.anchors = a;
  }

  private BitSet anchoredBy(CoreLabel token) {
    BitSet out = new BitSet(rules.size());
    for (int i = 0; i < anchors.size(); i++) {
      if (anchors.get(i) != null && anchors.get(i).test(token)) {
        out.set(i);
      }
    }
    return out;
  }

  /**
   * The rules (as indexes into {@link #rules()}) that can match a sentence with these tokens: the
   * Semgrex rules whose {@link RuleAnchor anchor} one of the tokens satisfies or that have none, and
   * every token rule.
   */
  public BitSet candidates(List<CoreLabel> tokens) {
    BitSet out = new BitSet(rules.size());
    out.or(unanchored);
    out.or(tokenRules);
    for (CoreLabel t : tokens) {
      String key = RuleAnchor.key(t);
      BitSet b = anchoredBy.getIfPresent(key);
      if (b == null) {
        b = anchoredBy(t);
        anchoredBy.put(key, b);
      }
      out.or(b);
    }
    return out;
  }

  /**
   * Whether some Semgrex rule that {@code counted} accepts is anchored on this word ({@link RuleAnchor}):
   * such rules know the word, so the semantic back-off leaves its clause to them even when none matched.
   */
  public boolean anchors(CoreLabel token, java.util.function.Predicate<Rule> counted) {
    String key = RuleAnchor.key(token);
    BitSet b = anchoredBy.getIfPresent(key);
    if (b == null) {
      b = anchoredBy(token);
      anchoredBy.put(key, b);
    }
    for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
      if (counted.test(rules.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any rule can match this sentence once it is parsed: a Semgrex rule is anchored in it (or
   * has no anchor), or a token rule's pattern is found in its tokens (token rules need the parse too,
   * for their actors and modality).
   */
  public boolean mayMatch(List<CoreLabel> tokens) {
    BitSet c = candidates(tokens);
    c.andNot(tokenRules);
    if (!c.isEmpty()) {
      return true;
    }
    for (int i = tokenRules.nextSetBit(0); i >= 0; i = tokenRules.nextSetBit(i + 1)) {
      if (rules.get(i).tokens().getMatcher(tokens).find()) {
        return true;
      }
    }
    return false;
  }

  public static RuleSet load(Path dataDir) {
    return load(dataDir, org.geokg.link.Gazetteer.load(dataDir));
  }

  /**
   * As {@link #load(Path)}, with the gazetteer whose energy resources give the lexicon
   * {@code resource_words}, so those words live in one table.
   */
  public static RuleSet load(Path dataDir, org.geokg.link.Gazetteer gazetteer) {
    return load(dataDir, Map.of("resource_words", gazetteer.resourceWords()));
  }

  /** As {@link #load(Path)}, with word lists made elsewhere (see {@link Lexicons#load(Path, Map)}). */
  public static RuleSet load(Path dataDir, Map<String, ? extends java.util.Collection<String>> extraLexicons) {
    Lexicons lex = Lexicons.load(dataDir, extraLexicons);
    Env env = TokenSequencePattern.getNewEnv();
    env.bind("actor", GeokgAnnotations.ActorAnnotation.class);
    env.bind("title", GeokgAnnotations.TitleAnnotation.class);
    env.bind("resource", GeokgAnnotations.ResourceAnnotation.class);
    List<Rule> rules = new ArrayList<>();
    try (InputStream idx = RuleSet.class.getResourceAsStream(FOLDER + "index.txt")) {
      for (String name : new String(idx.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!name.isBlank() && !name.startsWith("#")) {
          rules.addAll(parse(name.trim(), RuleSet.class.getResourceAsStream(FOLDER + name.trim()), lex, env));
        }
      }
      if (dataDir != null && Files.isDirectory(dataDir.resolve("rules"))) {
        try (Stream<Path> files = Files.list(dataDir.resolve("rules"))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
            rules.addAll(parse(f.toString(), Files.newInputStream(f), lex, env));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules: " + e.getMessage(), e);
    }
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException(r.source() + ": duplicate rule id " + r.id());
      }
    }
    return new RuleSet(rules, lex);
  }

  static List<Rule> parse(String name, InputStream in, Lexicons lex, Env env) throws IOException {
    if (in == null) {
      throw new IllegalStateException("rules file not found: " + name);
    }
    List<Rule> out = new ArrayList<>();
    Map<String, String> block = new LinkedHashMap<>();
    int start = 0;
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (true) {
        line = r.readLine();
        n++;
        if (line == null || line.isBlank()) {
          if (!block.isEmpty()) {
            out.add(rule(block, name + ":" + start, lex, env));
            block.clear();
          }
          if (line == null) {
            break;
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        if (block.isEmpty()) {
          start = n;
        }
        if (Character.isWhitespace(line.charAt(0)) && !block.isEmpty()) {
          // A continuation line extends the previous key's value.
          String last = new ArrayList<>(block.keySet()).get(block.size() - 1);
          block.put(last, block.get(last) + " " + line.trim());
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(name + ":" + n + ": expected 'key: value'");
        }
        block.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    return out;
  }

  private static Rule rule(Map<String, String> b, String where, Lexicons lex, Env env) {
    try {
      String id = require(b, "id", where);
      String table = b.get("relation-by");
      String modifiers = b.get("relation-by-modifier");
      Relation rel = b.containsKey("relation") ? Relation.of(b.get("relation")) : null;
      if (rel == null && table == null && modifiers == null) {
        throw new IllegalArgumentException("missing 'relation' (or 'relation-by', 'relation-by-modifier')");
      }
      if (table != null) {
        lex.rows(table, "");
      }
      if (modifiers != null) {
        lex.rows(modifiers, "");
      }
      double conf = Double.parseDouble(require(b, "confidence", where));
      SemgrexPattern sg = b.containsKey("semgrex") ? SemgrexPattern.compile(lex.expand(b.get("semgrex"))) : null;
      TokenSequencePattern tp = b.containsKey("tokens")
          ? TokenSequencePattern.compile(env, lex.expand(b.get("tokens"))) : null;
      if ((sg == null) == (tp == null)) {
        throw new IllegalArgumentException("give exactly one of semgrex: or tokens:");
      }
      Modality modality = b.containsKey("modality")
          ? Modality.valueOf(b.get("modality").toUpperCase(java.util.Locale.ROOT)) : null;
      return new Rule(id, rel, table, b.get("frame"), modifiers, conf, sg, tp, b.getOrDefault("subject", "node"),
          b.getOrDefault("object", "node"), b.get("mode"), "yes".equalsIgnoreCase(b.get("participants")),
          "yes".equalsIgnoreCase(b.get("reciprocal")) || "once".equalsIgnoreCase(b.get("reciprocal")), modality, where,
          "once".equalsIgnoreCase(b.get("reciprocal")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where + ": bad rule: " + e.getMessage(), e);
    }
  }

  private static String require(Map<String, String> b, String key, String where) {
    String v = b.get(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException(where + ": missing '" + key + "'");
    }
    return v;
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  public Lexicons lexicons() {
    return lexicons;
  }
}
