package org.geokg.link;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of multi-token phrases over token sequences. Phrases are tokenised with
 * CoreNLP's own tokenizer so that "Indo-Pacific" or "U.S." split exactly as the text does.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
  private final Node<T> root = new Node<>();

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>();
    final List<T> values = new ArrayList<>(1);
  }

  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\p{L}+( \\p{L}+)*");
  /** Words the tokenizer splits although they are letters only ("cannot" → "can" "not"). */
  private static final java.util.Set<String> SPLIT_WORDS = java.util.Set.of("cannot", "gonna", "gotta", "lemme",
      "wanna", "gimme");

  /** A phrase found at tokens {@code [begin, end)}. */
  record Match<T>(int begin, int end, List<T> values) {}

  void add(String phrase, T value) {
    List<String> toks = tokenize(phrase);
    if (toks.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (String t : toks) {
      n = n.next.computeIfAbsent(t, k -> new Node<>());
    }
    if (!n.values.contains(value)) {
      n.values.add(value);
    }
  }

  /** The longest phrase starting at {@code start}, or null. */
  Match<T> longestAt(List<String> words, int start) {
    Node<T> n = root;
    Match<T> best = null;
    for (int i = start; i < words.size(); i++) {
      n = n.next.get(words.get(i));
      if (n == null) {
        break;
      }
      if (!n.values.isEmpty()) {
        best = new Match<>(start, i + 1, ImmutableList.copyOf(n.values));
      }
    }
    return best;
  }

  static List<String> tokenize(String phrase) {
    // Most names are plain words: split them on blanks, which is what the tokenizer would do, without
    // its cost (tens of thousands of names are indexed at start-up).
    if (PLAIN.matcher(phrase).matches()) {
      List<String> words = List.of(phrase.split(" "));
      if (words.stream().noneMatch(w -> SPLIT_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
        return words;
      }
    }
    PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(phrase), new CoreLabelTokenFactory(), "");
    List<String> out = new ArrayList<>();
    while (tok.hasNext()) {
      out.add(normalize(tok.next().word()));
    }
    return out;
  }

  /** Folds typographic quotes so "Japan’s" and "Japan's" look alike. */
  static String normalize(String word) {
    return word.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }
}
