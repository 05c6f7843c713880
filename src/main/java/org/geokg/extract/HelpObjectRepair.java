package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Locale;
import org.geokg.link.LinkedDocument;

/**
 * Gives back the object of "help Y do X" ("France helped Mali rebuild its army", "pledged to help Taiwan
 * defend itself"): the parser reads the bare infinitive as a clause (ccomp) whose subject is Y, so the
 * helping verb has no object and neither the verb table's Aid (help: obj) nor a promise's Agree
 * (intent-to-act) sees whom the help is for. A name or noun between a verb of {@code help_verbs} with no
 * object of its own and a base-form verb it governs, that is that verb's subject, becomes the helping
 * verb's object as well (the clause keeps its subject). "help to rebuild" (no noun between) and a
 * graph already read right ("will help Moldova reform": obj of help) are left as they are, and so is a named
 * person (see {@link #subjectBetween}). Session 27.
 */
final class HelpObjectRepair {

  private HelpObjectRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of objects added. */
  static int apply(LinkedDocument d, Lexicons lex) {
    return GraphRepairs.eachGraph(d, g -> apply(g, lex));
  }

  /** Repairs one graph in place; returns the number of objects added. */
  static int apply(SemanticGraph g, Lexicons lex) {
    int repaired = 0;
    for (IndexedWord help : new ArrayList<>(g.vertexSet())) {
      if (help.tag() == null || !help.tag().startsWith("VB") || help.lemma() == null
          || !lex.contains("help_verbs", help.lemma().toLowerCase(Locale.ROOT)) || hasObject(g, help)) {
        continue;
      }
      for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(help))) {
        String rel = c.getRelation().toString();
        IndexedWord act = c.getDependent();
        if (!(rel.equals("ccomp") || rel.equals("xcomp")) || !"VB".equals(act.tag()) || act.index() <= help.index()) {
          continue;
        }
        IndexedWord helped = subjectBetween(g, act, help.index());
        if (helped != null) {
          g.addEdge(help, helped, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
          repaired++;
          break;
        }
      }
    }
    return repaired;
  }

  /**
   * The nominal subject of {@code act} that stands after {@code after} and before the act, or null. A
   * named person is left out: helping one ("a grant helped Alfred X build an app", "an associate who
   * helped al-Jamal procure vessels") is help to a private individual, not to a state or body, and the
   * event data codes no Aid for it (statedept dev: two such false positives before this guard).
   */
  private static IndexedWord subjectBetween(SemanticGraph g, IndexedWord act, int after) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(act)) {
      IndexedWord s = e.getDependent();
      if (e.getRelation().toString().equals("nsubj") && s.index() > after && s.index() < act.index()
          && s.tag() != null && (s.tag().startsWith("NN") || s.tag().equals("PRP")) && !"PERSON".equals(s.ner())) {
        return s;
      }
    }
    return null;
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
