package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import org.geokg.link.LinkedDocument;

/**
 * Undoes a misparse of a joint subject in readouts: in "Deputy Secretary Sherman and her counterparts
 * firmly condemned Russia's attack on Ukraine" the parser makes the name the sentence's root and
 * "condemned" a participle modifying "counterparts" (acl), so the sentence has no clause, no subject and
 * no act of anyone's. A sentence whose root is a noun has no main verb; when a noun joined to that root by
 * "and" carries, right after it (adverbs only between), a past-tense or participle verb with an object of
 * its own and no subject, the verb is the sentence's main verb and the coordinated nouns its subjects, as
 * the parser reads "The Secretary and the Foreign Minister condemned …". A participle after a noun that
 * heads a clause of its own ("The attack condemned by X killed …": the root is a verb), one without an
 * object ("the ministers gathered"), and a noun with no conjunct are left as parsed (session 31).
 */
final class JointSubjectRepair {

  private JointSubjectRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of verbs made main verbs. */
  static int apply(LinkedDocument d) {
    return GraphRepairs.eachGraph(d, JointSubjectRepair::apply);
  }

  /** Repairs one graph in place; returns 1 if a verb was made the main verb, else 0. */
  static int apply(SemanticGraph g) {
    if (g.getRoots().size() != 1) {
      return 0;
    }
    IndexedWord root = g.getFirstRoot();
    if (root.tag() == null || !root.tag().startsWith("NN")) {
      return 0;
    }
    List<IndexedWord> joined = CoordinatedNouns.after(g, root);
    for (IndexedWord noun : joined) {
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(noun))) {
        IndexedWord verb = e.getDependent();
        if (e.getRelation().toString().equals("acl") && misread(g, noun, verb)) {
          rehang(g, e, root, joined);
          return 1;
        }
      }
    }
    return 0;
  }

  // A verb right after the last conjunct, with its own object and no subject: a finite verb read as a participle.
  private static boolean misread(SemanticGraph g, IndexedWord noun, IndexedWord verb) {
    if (verb.tag() == null || !(verb.tag().equals("VBD") || verb.tag().equals("VBN"))
        || verb.index() <= noun.index()) {
      return false;
    }
    boolean object = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.startsWith("nsubj")) {
        return false;
      }
      if (rel.equals("obj") || rel.equals("ccomp")) {
        object = true;
      }
    }
    for (int i = noun.index() + 1; i < verb.index(); i++) {
      IndexedWord between = g.getNodeByIndexSafe(i);
      if (between == null || between.tag() == null || !between.tag().startsWith("RB")) {
        return false; // "her counterparts, who condemned": only adverbs may stand between
      }
    }
    return object;
  }

  // The verb becomes the root; the root noun and its conjuncts its subjects, and those of the verbs joined to it.
  private static void rehang(SemanticGraph g, SemanticGraphEdge acl, IndexedWord root, List<IndexedWord> joined) {
    IndexedWord verb = acl.getDependent();
    g.removeEdge(acl);
    g.setRoot(verb);
    List<IndexedWord> subjects = new ArrayList<>();
    subjects.add(root);
    subjects.addAll(joined);
    List<IndexedWord> verbs = new ArrayList<>();
    verbs.add(verb);
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      IndexedWord v = e.getDependent();
      if (rel.startsWith("conj") && v.tag() != null && v.tag().startsWith("VB")
          && g.outgoingEdgeList(v).stream().noneMatch(o -> o.getRelation().toString().startsWith("nsubj"))) {
        verbs.add(v);
      }
    }
    for (IndexedWord v : verbs) {
      for (IndexedWord s : subjects) {
        g.addEdge(v, s, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, v != verb);
      }
    }
  }
}
