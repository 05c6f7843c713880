package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Which sentences can hold a claim, and so need a dependency parse. Every claim has at least two
 * participants, and each is either a linked actor mention (state, organisation, person, group,
 * region) in the sentence or an anaphor resolved to one named before it ("he", "they", "its").
 * Anaphors look back at most two sentences (see {@code extract.ActorResolver}), so a sentence is a
 * candidate when it names an actor, or when it holds a personal pronoun or a counted definite phrase
 * ("the two leaders", "both sides") and one of the {@code pronounWindow} sentences before it names an
 * actor.
 */
public final class CandidateSentences {
  private static final Set<String> ANAPHORS = Set.of("he", "him", "his", "she", "her", "hers", "himself",
      "herself", "it", "its", "itself", "they", "them", "their", "themselves", "we", "us", "our");

  private CandidateSentences() {}

  /**
   * The pure rule.
   *
   * @param namesActor per sentence: whether it holds an actor mention
   * @param hasAnaphor per sentence: whether it holds a personal pronoun
   * @param pronounWindow how many sentences back an anaphor may find its antecedent (0: anaphors alone
   *     never make a sentence a candidate)
   */
  public static BitSet select(boolean[] namesActor, boolean[] hasAnaphor, int pronounWindow) {
    if (namesActor.length != hasAnaphor.length) {
      throw new IllegalArgumentException("arrays of different lengths");
    }
    BitSet out = new BitSet(namesActor.length);
    int lastActor = -1;
    for (int s = 0; s < namesActor.length; s++) {
      if (namesActor[s]) {
        out.set(s);
        lastActor = s;
      } else if (hasAnaphor[s] && lastActor >= 0 && s - lastActor <= pronounWindow) {
        out.set(s);
      }
    }
    return out;
  }

  /** The candidate sentences of a linked document. */
  public static BitSet select(LinkedDocument d, int pronounWindow) {
    int n = d.sentences().size();
    boolean[] actors = new boolean[n];
    boolean[] anaphors = new boolean[n];
    for (Mention m : d.mentions()) {
      if (m.entity().kind().isActor()) {
        actors[m.sentence()] = true;
      }
    }
    for (int s = 0; s < n; s++) {
      anaphors[s] = !actors[s] && hasAnaphor(d.tokens(s));
    }
    return select(actors, anaphors, pronounWindow);
  }

  /**
   * The candidate sentences that {@code needed} accepts, plus, for each of them holding a pronoun,
   * the candidates that name an actor among the {@code pronounWindow} sentences before it.
   */
  public static BitSet select(LinkedDocument d, int pronounWindow, IntPredicate needed) {
    BitSet candidates = select(d, pronounWindow);
    BitSet out = new BitSet(candidates.length());
    boolean[] actors = new boolean[d.sentences().size()];
    for (Mention m : d.mentions()) {
      if (m.entity().kind().isActor()) {
        actors[m.sentence()] = true;
      }
    }
    for (int s = candidates.nextSetBit(0); s >= 0; s = candidates.nextSetBit(s + 1)) {
      if (!needed.test(s)) {
        continue;
      }
      out.set(s);
      if (hasAnaphor(d.tokens(s))) {
        for (int b = Math.max(0, s - pronounWindow); b < s; b++) {
          if (actors[b]) {
            out.set(b);
          }
        }
      }
    }
    return out;
  }

  static boolean hasAnaphor(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag();
      if (tag != null && tag.startsWith("PRP") && ANAPHORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (COUNTS.contains(t.word().toLowerCase(Locale.ROOT)) && countedPlural(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  /** Words that count the parties a phrase points back at: "the two leaders", "both sides", "the three". */
  private static final Set<String> COUNTS = Set.of("both", "two", "three", "four", "2", "3", "4");

  /**
   * "The two leaders", "both sides", "the three countries", "the two" alone: a counted definite phrase
   * stands for parties named before, as a pronoun does (a count of things, "two weeks", is not opened
   * by a determiner, and "both" before a plural noun is).
   */
  private static boolean countedPlural(List<CoreLabel> tokens, int i) {
    boolean both = tokens.get(i).word().equalsIgnoreCase("both");
    boolean definite = both || (i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the"));
    if (!definite) {
      return false;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
      String tag = tokens.get(j).tag();
      if (tag == null) {
        return false;
      }
      if (tag.equals("NNS") || tag.equals("NNPS")) {
        return true;
      }
      if (!(tag.startsWith("JJ") || tag.startsWith("NN"))) {
        // "The two discussed …": the count alone as the subject.
        return !both && tag.startsWith("VB") && j == i + 1;
      }
    }
    return false;
  }
}
