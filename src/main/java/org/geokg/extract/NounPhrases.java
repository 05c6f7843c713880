package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * What the words of a noun phrase say about whom it refers to, read off its tokens and dependents: a
 * definite determiner opening it ("these nations", "the Deputy Secretary"), actors named before it or
 * modifying it, the persons a definite title points back to, the body or region a modifier names: the
 * cues {@link ActorResolver} decides with. Reads one phrase; never follows the tree beyond its dependents.
 */
final class NounPhrases {
  private static final Set<String> DEFINITE = Set.of("these", "those", "both", "the");
  private final LinkedDocument doc;
  private final Lexicons lex;
  private final Gazetteer gazetteer;
  private final Antecedents antecedents;

  NounPhrases(LinkedDocument doc, Lexicons lex, Gazetteer gazetteer, Antecedents antecedents) {
    this.doc = doc;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.antecedents = antecedents;
  }

  /**
   * The persons named before whose title has every word of the definite phrase ending at token t
   * ("the Deputy Secretary" after "Deputy Secretary of State Wendy Sherman"), when its head is a title
   * word ({@code descriptive_nouns}); empty otherwise.
   */
  List<Entity> titledPersons(int s, int t) {
    List<CoreLabel> toks = doc.tokens(s);
    List<String> words = new ArrayList<>();
    for (int i = t; i >= 0 && !DEFINITE.contains(toks.get(i).word().toLowerCase(Locale.ROOT)); i--) {
      String tag = toks.get(i).tag();
      if (tag.equals("CC") || tag.equals(",")) {
        break;
      }
      if (tag.startsWith("NN") || tag.startsWith("JJ")) {
        words.add(commonLemma(toks.get(i).word(), toks.get(i).lemma(), tag));
      }
    }
    if (words.isEmpty() || !lex.contains("descriptive_nouns", words.get(0))) {
      return List.of();
    }
    CoreLabel head = toks.get(t);
    boolean plural = head.tag().endsWith("S")
        || (head.tag().startsWith("NNP") && !words.get(0).equals(head.word().toLowerCase(Locale.ROOT)));
    return antecedents.personsTitled(s, t, words, plural);
  }

  /**
   * A proper noun's lemma as a common noun's: CoreNLP tags a capitalised title plural as a singular
   * proper noun and leaves it as it is ("the Vice Foreign Ministers"), which then meets neither the
   * singular titles nor the lexicons.
   */
  static String commonLemma(String word, String lemma, String tag) {
    return tag.startsWith("NNP")
        ? Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), "NNS")
        : lemma.toLowerCase(Locale.ROOT);
  }

  /**
   * The organisation or region a modifier names ("NATO", "EU"), or, for a word no name is linked at, the
   * region that word with a noun of {@code region_state_nouns} names ("Gulf": the Gulf states); else null.
   */
  Entity bodyOrRegion(int s, IndexedWord w) {
    Mention m = doc.mentionAt(s, w.index() - 1);
    if (m != null) {
      EntityKind k = m.entity().kind();
      return k == EntityKind.ORGANIZATION || k == EntityKind.REGION ? m.entity() : null;
    }
    if (w.tag() == null || !w.tag().startsWith("NNP")) {
      return null;
    }
    return gazetteer.regionOfStates(w.word(), lex.get("region_state_nouns")).orElse(null);
  }

  /**
   * Whether the noun phrase ending at token t starts with "these", "those", "both" or "the". Read off
   * the tokens, because the parser often hangs the determiner on a modifier ("these power producing
   * nations").
   */
  boolean openedByDefiniteDeterminer(int s, int t) {
    List<CoreLabel> toks = doc.tokens(s);
    for (int i = t - 1; i >= 0 && t - i <= 5; i--) {
      String tag = toks.get(i).tag();
      String w = toks.get(i).word().toLowerCase(Locale.ROOT);
      if (DEFINITE.contains(w)) {
        return true;
      }
      if (!(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBG") || tag.equals("VBN")
          || tag.equals("HYPH") || tag.equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether sentence {@code s} names a state, organisation or person before token {@code t}. */
  boolean actorBefore(int s, int t) {
    for (int i = 0; i < t; i++) {
      Mention m = doc.mentionAt(s, i);
      if (m != null && m.entity().kind().isActor()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a named actor modifies node {@code w} ("the Indian delegation", "the delegation of India"). */
  boolean hasActorModifier(int s, SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      Mention m = doc.mentionAt(s, e.getDependent().index() - 1);
      if (m != null && m.entity().kind().isActor()) {
        return true;
      }
    }
    return false;
  }
}
