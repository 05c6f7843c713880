package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Locale;
import org.geokg.link.LinkedDocument;

/**
 * Undoes a misparse of wire-news word order, a bare date between a verb and its object ("the army lifted
 * Friday a day-old blockade on X"): the parser may read the date as the verb's temporal modifier and hang
 * the object on the date (dep), so the verb has no object and no rule reads what it was done to. A noun
 * after the date, hung so on a date word (lexicon {@code date_words}) that is the temporal modifier of a
 * verb with no object of its own, is that verb's object. Runs on the linked document, after parsing; a
 * graph already read right ("signed Monday an agreement": obj of the verb) is left as it is. Session 26.
 */
final class DatedObjectRepair {

  private DatedObjectRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of objects rehung. */
  static int apply(LinkedDocument d, Lexicons lex) {
    return GraphRepairs.eachGraph(d, g -> apply(g, lex));
  }

  /** Repairs one graph in place; returns the number of objects rehung. */
  static int apply(SemanticGraph g, Lexicons lex) {
    int repaired = 0;
    for (SemanticGraphEdge tmod : new ArrayList<>(g.edgeListSorted())) {
      IndexedWord verb = tmod.getGovernor();
      IndexedWord date = tmod.getDependent();
      if (!tmod.getRelation().toString().equals("obl:tmod") || verb.tag() == null || !verb.tag().startsWith("VB")
          || date.word() == null || !lex.contains("date_words", date.word().toLowerCase(Locale.ROOT))
          || date.index() != verb.index() + 1 || hasObject(g, verb)) {
        continue;
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(date))) {
        IndexedWord noun = e.getDependent();
        if (e.getRelation().toString().equals("dep") && noun.index() > date.index() && noun.tag() != null
            && noun.tag().startsWith("NN")) {
          g.removeEdge(e);
          g.addEdge(verb, noun, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
          repaired++;
          break;
        }
      }
    }
    return repaired;
  }

  private static boolean hasObject(SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("obj")) {
        return true;
      }
    }
    return false;
  }
}
