package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word a Semgrex rule cannot match without: the lemma or word constraint of a node every match
 * must bind. A sentence none of whose tokens satisfies a rule's anchor cannot match that rule, so the
 * rule is not tried there, and a sentence no rule is anchored in need not be parsed at all.
 *
 * <p>The anchor is read from the (lexicon-expanded) pattern text: the node named {@code trigger} if it
 * carries a {@code lemma:} or {@code word:} constraint, else the first such node. Only nodes every
 * match binds qualify: not one reached by a negated ({@code !>}) or optional ({@code ?>}) relation, or
 * inside a group such a relation opens, or inside an alternation ({@code [ … | … ]}). A rule with no
 * qualifying node has no anchor and is tried on every parsed sentence.
 */
final class RuleAnchor {
  // {attr:value;attr:value}=name, value either /regex/ or a bare word.
  private static final Pattern NODE = Pattern.compile("\\{([^{}]*)\\}(=\\w+)?");
  private static final Pattern ATTR = Pattern.compile("(!?)(lemma|word):(/(?:[^/\\\\]++|\\\\.)*+/|[^;/]+)");

  private final String attribute;
  private final Pattern value;

  private RuleAnchor(String attribute, Pattern value) {
    this.attribute = attribute;
    this.value = value;
  }

  /** The anchor of a Semgrex pattern, or null if it has none. */
  static RuleAnchor of(String semgrex) {
    List<int[]> required = requiredNodes(semgrex);
    RuleAnchor first = null;
    Matcher m = NODE.matcher(semgrex);
    while (m.find()) {
      int at = m.start();
      if (required.stream().noneMatch(r -> r[0] == at)) {
        continue;
      }
      RuleAnchor a = fromAttributes(m.group(1));
      if (a == null) {
        continue;
      }
      if ("=trigger".equals(m.group(2))) {
        return a;
      }
      if (first == null) {
        first = a;
      }
    }
    return first;
  }

  private static RuleAnchor fromAttributes(String spec) {
    Matcher a = ATTR.matcher(spec);
    while (a.find()) {
      if (!a.group(1).isEmpty()) {
        continue;
      }
      String v = a.group(3).strip();
      Pattern p = v.startsWith("/") && v.endsWith("/") && v.length() > 1
          ? Pattern.compile(v.substring(1, v.length() - 1))
          : Pattern.compile(Pattern.quote(v));
      return new RuleAnchor(a.group(2), p);
    }
    return null;
  }

  /**
   * Start offsets of node specs that every match binds. Scans the pattern keeping, per open
   * parenthesis, whether the group is required; a node or group is optional when the relation
   * before it starts with {@code !} or {@code ?}, and everything inside brackets is optional.
   */
  private static List<int[]> requiredNodes(String p) {
    List<int[]> out = new ArrayList<>();
    List<Boolean> groups = new ArrayList<>();
    boolean inRegex = false;
    int brackets = 0;
    boolean optionalRelation = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (inRegex) {
        if (c == '\\') {
          i++;
        } else if (c == '/') {
          inRegex = false;
        }
        continue;
      }
      switch (c) {
        case '/' -> inRegex = true;
        case '[' -> brackets++;
        case ']' -> brackets = Math.max(0, brackets - 1);
        case '!', '?' -> optionalRelation = true;
        case '(' -> {
          groups.add(!optionalRelation && brackets == 0 && !groups.contains(Boolean.FALSE));
          optionalRelation = false;
        }
        case ')' -> {
          if (!groups.isEmpty()) {
            groups.remove(groups.size() - 1);
          }
        }
        case '{' -> {
          int close = p.indexOf('}', i);
          if (close < 0) {
            return out;
          }
          boolean required = !optionalRelation && brackets == 0 && !groups.contains(Boolean.FALSE);
          if (required) {
            out.add(new int[] {i, close});
          }
          optionalRelation = false;
          i = close;
        }
        case '<', '>' -> {
          // A relation begins; a preceding '!' or '?' has already been seen and stays set.
        }
        default -> {
          if (!Character.isWhitespace(c) && c != '=' && !Character.isLetterOrDigit(c) && c != '_'
              && c != ':' && c != '|' && c != '.' && c != '*' && c != '+') {
            optionalRelation = false;
          }
        }
      }
    }
    return out;
  }

  /** Whether the token satisfies the anchor. */
  boolean test(CoreLabel token) {
    String v = attribute.equals("lemma") ? token.lemma() : token.word();
    return v != null && value.matcher(v).matches();
  }

  /** The key a token's anchoring depends on, for caching per vocabulary entry. */
  static String key(CoreLabel token) {
    return token.word() + "\u0000" + token.lemma();
  }

  @Override
  public String toString() {
    return attribute + ":" + value.pattern().toLowerCase(Locale.ROOT);
  }
}
