package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.geokg.link.LinkedDocument;

/**
 * Undoes a misparse of a second coordinated verb of appeal: in "We denounce the use of X for Y and urge
 * countries to work together to …" the tagger reads "urge" as a noun conjoined to "Y", the parser then
 * hangs "countries" on the first verb as its object and "to work together" on it as an adverbial clause
 * whose subject is the first verb's, so the appealing authors would work together with each other. A
 * word of {@code appeal_words} tagged a noun, conjoined ("and urge"), that stands right before the first
 * verb's object with an infinitive of that verb after the object, cannot be a noun there ("the urge
 * countries to …" is no English): it is the verb, conjoined to the first one and sharing its subject; the
 * object is the one urged and the infinitive what it is urged to do, controlled by it, so the act is asked
 * for (ModalityDetector, ClauseSubjects), not the appealer's own. Runs on the linked document, after
 * parsing; a graph already read right is left as it is.
 */
final class AppealNounRepair {

  // Words that may stand between the appeal word and its object's head: the object's own modifiers.
  private static final Set<String> PRENOMINAL = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$",
      "NN", "NNS", "NNP", "NNPS");

  private AppealNounRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of appeal words made verbs. */
  static int apply(LinkedDocument d, Lexicons lex) {
    return GraphRepairs.eachGraph(d, g -> apply(g, lex));
  }

  /** Repairs one graph in place; returns the number of appeal words made verbs. */
  static int apply(SemanticGraph g, Lexicons lex) {
    int repaired = 0;
    for (IndexedWord w : new ArrayList<>(g.vertexListSorted())) {
      if (w.tag() == null || !w.tag().startsWith("NN") || w.tag().startsWith("NNP") || w.lemma() == null
          || !lex.contains("appeal_words", w.lemma().toLowerCase(Locale.ROOT)) || !conjoined(g, w)) {
        continue;
      }
      SemanticGraphEdge obj = objectAfter(g, w);
      if (obj == null) {
        continue;
      }
      IndexedWord verb = obj.getGovernor();
      IndexedWord urged = obj.getDependent();
      SemanticGraphEdge clause = infinitiveAfter(g, verb, urged);
      if (clause == null) {
        continue;
      }
      IndexedWord act = clause.getDependent();
      for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(w))) {
        g.removeEdge(in);
      }
      w.setTag(w.tag().equals("NNS") ? "VBZ" : "VBP");
      g.addEdge(verb, w, UniversalEnglishGrammaticalRelations.getConj("and"), Double.NEGATIVE_INFINITY, false);
      for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
        if (e.getRelation().toString().equals("nsubj")) {
          g.addEdge(w, e.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
              Double.NEGATIVE_INFINITY, true);
        }
      }
      g.removeEdge(obj);
      g.addEdge(w, urged, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
      g.removeEdge(clause);
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(act))) {
        if (e.getRelation().toString().startsWith("nsubj")) {
          g.removeEdge(e);
        }
      }
      g.addEdge(w, act, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(act, urged, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
          Double.NEGATIVE_INFINITY, true);
      repaired++;
    }
    return repaired;
  }

  // "… and urge": a noun conjunct with its own coordinator.
  private static boolean conjoined(SemanticGraph g, IndexedWord w) {
    boolean cc = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals("cc") && e.getDependent().index() == w.index() - 1) {
        cc = true;
      }
    }
    if (!cc) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        return true;
      }
    }
    return false;
  }

  // The object of a verb before w whose phrase starts right after w: only its modifiers between them.
  private static SemanticGraphEdge objectAfter(SemanticGraph g, IndexedWord w) {
    for (int i = w.index() + 1; ; i++) {
      IndexedWord t = g.getNodeByIndexSafe(i);
      if (t == null || t.tag() == null || !PRENOMINAL.contains(t.tag())) {
        return null;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(t)) {
        IndexedWord v = e.getGovernor();
        if (e.getRelation().toString().equals("obj") && v.tag() != null && v.tag().startsWith("VB")
            && v.index() < w.index()) {
          return e;
        }
      }
    }
  }

  // An infinitive ("to V") hung on the verb after its misplaced object, with no subject of its own.
  private static SemanticGraphEdge infinitiveAfter(SemanticGraph g, IndexedWord verb, IndexedWord urged) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      IndexedWord act = e.getDependent();
      if (!(rel.startsWith("advcl") || rel.equals("xcomp")) || act.index() <= urged.index()
          || !"VB".equals(act.tag())) {
        continue;
      }
      boolean to = false;
      boolean own = false;
      for (SemanticGraphEdge d : g.outgoingEdgeList(act)) {
        String r = d.getRelation().toString();
        if (r.equals("mark") && "TO".equals(d.getDependent().tag())) {
          to = true;
        } else if (r.equals("nsubj") || r.startsWith("aux")) {
          own = true;
        }
      }
      if (to && !own) {
        return e;
      }
    }
    return null;
  }
}
