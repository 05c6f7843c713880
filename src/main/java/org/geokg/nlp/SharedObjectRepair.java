package org.geokg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives a verb conjoined before a shared object that object too. In "France condemned and sanctioned Iran",
 * "the U.S. criticized and then punished Cuba" the object is written once, after the last verb, and
 * CoreNLP hangs it on the first verb only (enhanced++ shares the subject between conjoined verbs, not an
 * object), so only the first act was read. The shape: a verb with an object and a conjoined verb of the
 * same form (both past, both participles: "the flexibility X has shown and encouraged talks" is a misparse
 * of two clauses)
 * between the two that has no object, clausal complement or oblique of its own, and no subject other
 * than the first verb's ("X condemned and Y sanctioned Iran" has two clauses, left alone). A passive or
 * copular conjunct takes no object.
 */
public final class SharedObjectRepair {

  private SharedObjectRepair() {}

  /** Repairs the enhanced++ graph of each sentence of the annotation. */
  public static void apply(Annotation annotation) {
    EnhancedGraphs.forEach(annotation, SharedObjectRepair::apply);
  }

  /** Repairs one graph in place; returns the number of objects shared. */
  public static int apply(SemanticGraph g) {
    int shared = 0;
    for (IndexedWord first : new ArrayList<>(g.vertexListSorted())) {
      // Gerunds left out: "coordination on developing and executing measures against X" names acts talked
      // about, and a shared object there gave "executing measures" its killing sense (bulk releases).
      if (first.tag() == null || !first.tag().startsWith("VB") || first.tag().equals("VBG")) {
        continue;
      }
      List<IndexedWord> objects = new ArrayList<>();
      List<IndexedWord> subjects = new ArrayList<>();
      List<IndexedWord> conjuncts = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
        String rel = e.getRelation().toString();
        if (rel.equals("obj")) {
          objects.add(e.getDependent());
        } else if (rel.equals("nsubj")) {
          subjects.add(e.getDependent());
        } else if (rel.startsWith("conj")) {
          conjuncts.add(e.getDependent());
        }
      }
      // A bare verb of a relative clause has its object in the noun it hangs on ("the flexibility X has
      // shown and encouraged talks"): nothing to share backward.
      boolean relative = g.incomingEdgeList(first).stream().anyMatch(e -> e.getRelation().toString().startsWith("acl"));
      if (objects.isEmpty() && !conjuncts.isEmpty() && !relative && takesSharedObject(g, first, subjects)) {
        shared += shareBackward(g, first, conjuncts);
        continue;
      }
      if (objects.size() != 1 || conjuncts.isEmpty() || objectGapRelative(g, first, subjects)) {
        continue;
      }
      IndexedWord object = objects.get(0);
      for (IndexedWord verb : conjuncts) {
        if (verb.tag() == null || !verb.tag().startsWith("VB") || verb.index() <= first.index()
            || verb.index() >= object.index() || !sameForm(g, first, verb)
            || !takesSharedObject(g, verb, subjects)) {
          continue;
        }
        g.addEdge(verb, object, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, Double.NEGATIVE_INFINITY, false);
        shared++;
      }
    }
    return shared;
  }

  /**
   * "The U.S. criticized and then punished Cuba" hung the other way: the object on the last verb, the first
   * one bare. Only when the words between the two verbs are the conjunction and adverbs ("and then"),
   * so that the first verb stands with nothing of its own before the object.
   */
  private static int shareBackward(SemanticGraph g, IndexedWord first, List<IndexedWord> conjuncts) {
    for (IndexedWord verb : conjuncts) {
      if (verb.tag() == null || !sameForm(g, first, verb) || verb.index() <= first.index()) {
        continue;
      }
      List<IndexedWord> objects = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
        if (e.getRelation().toString().equals("obj") && e.getDependent().index() > verb.index()) {
          objects.add(e.getDependent());
        }
      }
      if (objects.size() != 1 || !onlyConjunctionBetween(g, first, verb)) {
        continue;
      }
      g.addEdge(first, objects.get(0), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT,
          Double.NEGATIVE_INFINITY, false);
      return 1;
    }
    return 0;
  }

  /**
   * Whether the two verbs have one form: the same tag, or past tense and participle when the first has no
   * auxiliary (the tagger reads "condemned and sanctioned" either way); "has shown and encouraged" is not.
   */
  private static boolean sameForm(SemanticGraph g, IndexedWord first, IndexedWord verb) {
    if (verb.tag().equals(first.tag())) {
      return true;
    }
    Set<String> past = Set.of("VBD", "VBN");
    boolean aux = g.outgoingEdgeList(first).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux"));
    return !aux && past.contains(first.tag()) && past.contains(verb.tag());
  }

  /** Whether every word strictly between the two verbs is a conjunction or an adverb. */
  private static boolean onlyConjunctionBetween(SemanticGraph g, IndexedWord first, IndexedWord verb) {
    Set<Integer> between = new HashSet<>();
    for (IndexedWord w : g.vertexSet()) {
      if (w.index() > first.index() && w.index() < verb.index()) {
        if (w.tag() == null || !(w.tag().equals("CC") || w.tag().startsWith("RB"))) {
          return false;
        }
        between.add(w.index());
      }
    }
    return !between.isEmpty() && between.size() == verb.index() - first.index() - 1;
  }

  /**
   * Whether the verb heads a relative clause whose gap is not its subject ("the patience X has shown",
   * "the sanctions that Y imposed"): the noun it hangs on is its object, so an object the parse gives it
   * besides is a misparse of two clauses ("praised the patience X has shown and urged talks between X and
   * Y" hung "talks" on "shown"), and sharing it would make X the one who urged.
   */
  private static boolean objectGapRelative(SemanticGraph g, IndexedWord verb, List<IndexedWord> subjects) {
    for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
      // The parser also hangs an unmarked relative clause on its noun by a bare dep.
      String rel = e.getRelation().toString();
      boolean onNoun = e.getGovernor().tag() != null && e.getGovernor().tag().startsWith("NN");
      if ((rel.equals("acl:relcl") || rel.equals("dep") && onNoun) && !subjects.contains(e.getGovernor())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the conjoined verb lacks a complement of its own and shares the first verb's subject. */
  private static boolean takesSharedObject(SemanticGraph g, IndexedWord verb, List<IndexedWord> subjects) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.equals("obj") || rel.equals("iobj") || rel.equals("ccomp") || rel.equals("xcomp")
          || rel.startsWith("obl") || rel.startsWith("nsubj:pass") || rel.equals("cop")
          || rel.startsWith("aux:pass") || rel.equals("compound:prt")) {
        return false;
      }
      if (rel.equals("nsubj") && !subjects.contains(e.getDependent())) {
        return false;
      }
    }
    return true;
  }
}
