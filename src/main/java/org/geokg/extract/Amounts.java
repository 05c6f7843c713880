package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.claim.Coding;

/**
 * Reads an amount of money off the phrase a rule names {@code amount} ("$50 million", "50 million
 * dollars", "EUR 2.5 billion"): its number, scale words ({@code amount_scales}) and currency
 * ({@code currencies}). An amount with no currency or no number is not read.
 */
final class Amounts {
  private final Lexicons lex;

  Amounts(Lexicons lex) {
    this.lex = lex;
  }

  /**
   * The amount a rule names, else one hung on the trigger ("an additional $20 million in assistance"
   * parsed with the amount as a dependent of the event noun); {@link Coding#NONE} if none.
   */
  Coding of(SemanticGraph g, IndexedWord named, IndexedWord trigger) {
    if (named != null) {
      return read(g, named);
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      IndexedWord w = e.getDependent();
      if (e.getRelation().toString().matches("dep|nummod|nmod:of|compound") && isCurrency(w)) {
        return read(g, w);
      }
    }
    return Coding.NONE;
  }

  private boolean isCurrency(IndexedWord w) {
    return !lex.rows("currencies", w.word()).isEmpty()
        || (w.lemma() != null && !lex.rows("currencies", w.lemma()).isEmpty());
  }

  /** The amount at {@code head}, as a coding without a CAMEO code; {@link Coding#NONE} if none. */
  Coding read(SemanticGraph g, IndexedWord head) {
    if (head == null) {
      return Coding.NONE;
    }
    List<IndexedWord> words = new ArrayList<>();
    words.add(head);
    for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
      String rel = e.getRelation().toString();
      if (rel.equals("nummod") || rel.equals("compound") || rel.equals("amod") || rel.equals("dep")) {
        words.add(e.getDependent());
        for (SemanticGraphEdge e2 : g.outgoingEdgeList(e.getDependent())) {
          if (e2.getRelation().toString().matches("compound|nummod|dep")) {
            words.add(e2.getDependent());
          }
        }
      }
    }
    words.sort(Comparator.comparingInt(IndexedWord::index));
    BigDecimal number = null;
    BigDecimal scale = BigDecimal.ONE;
    String currency = null;
    for (IndexedWord w : words) {
      String word = w.word().toLowerCase(Locale.ROOT);
      String lemma = w.lemma() == null ? word : w.lemma().toLowerCase(Locale.ROOT);
      List<Map<String, String>> cur = lex.rows("currencies", word);
      if (cur.isEmpty()) {
        cur = lex.rows("currencies", lemma);
      }
      if (cur.isEmpty() && word.endsWith("s")) {
        cur = lex.rows("currencies", word.substring(0, word.length() - 1));
      }
      List<Map<String, String>> sc = lex.rows("amount_scales", lemma);
      if (!cur.isEmpty() && currency == null) {
        currency = cur.get(0).get("code");
      } else if (!sc.isEmpty()) {
        scale = scale.multiply(new BigDecimal(sc.get(0).get("factor")));
      } else if (number == null && word.matches("[0-9][0-9,]*(\\.[0-9]+)?")) {
        number = new BigDecimal(word.replace(",", ""));
      }
    }
    if (number == null || currency == null) {
      return Coding.NONE;
    }
    return new Coding(null, number.multiply(scale).stripTrailingZeros(), currency);
  }
}
