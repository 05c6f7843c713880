package org.geokg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes a second recurring misparse of CoreNLP's dependency parser in readouts: "we will work with
 * Congress to impose costs on Russia", "we will work with our partners to hold X accountable" come out
 * as a clause "with Congress to impose …" (mark "with", Congress its subject), so the partner, not the
 * one who works, would impose the costs. A noun after comitative "with" is the governing verb's
 * co-agent, and the infinitive is controlled by that verb's subject. Only "with": after "for" the noun is
 * the infinitive's own subject ("for Congress to act"), and after "on" it is the object of a phrasal verb
 * that controls the infinitive itself ("calls on the government to release X": the government would
 * release). The shape is read from tags: an infinitive (marked "to") with a second marker "with" standing before its subject,
 * with no auxiliary of its own ("if it were to invade" is a clause), hung as an adverbial clause named
 * by its "to" (advcl:to) on a verb that has a subject. The noun becomes the governing verb's oblique
 * and the governing verb's subject the infinitive's (nsubj:xsubj, as for "continue to work"), also on the
 * infinitives conjoined to it ("to support X and impose Y").
 */
public final class WithInfinitiveRepair {

  private WithInfinitiveRepair() {}

  /** Repairs the enhanced++ graph of each sentence of the annotation. */
  public static void apply(Annotation annotation) {
    EnhancedGraphs.forEach(annotation, WithInfinitiveRepair::apply);
  }

  /** Repairs one graph in place; returns the number of infinitives re-attached. */
  public static int apply(SemanticGraph g) {
    int repaired = 0;
    for (IndexedWord inf : new ArrayList<>(g.vertexListSorted())) {
      if (inf.tag() == null || !inf.tag().equals("VB")) {
        continue;
      }
      IndexedWord prep = null;
      boolean to = false;
      SemanticGraphEdge subjEdge = null;
      for (SemanticGraphEdge e : g.outgoingEdgeList(inf)) {
        String rel = e.getRelation().toString();
        IndexedWord d = e.getDependent();
        if (rel.equals("mark") && "TO".equals(d.tag())) {
          to = true;
        } else if (rel.equals("mark") && "IN".equals(d.tag()) && "with".equalsIgnoreCase(d.word())) {
          prep = d;
        } else if (rel.equals("nsubj")) {
          subjEdge = e;
        } else if (rel.startsWith("aux") || rel.equals("cop")) {
          // "if it were to invade": a clause of its own, with its own tense.
          subjEdge = null;
          break;
        }
      }
      if (!to || prep == null || subjEdge == null || subjEdge.getDependent().index() < prep.index()) {
        continue;
      }
      SemanticGraphEdge advcl = null;
      for (SemanticGraphEdge e : g.incomingEdgeList(inf)) {
        // The parser names the clause by its "to" (advcl:to) when it took the preposition for a second
        // marker; a subordinator heads its own clause ("advcl:if").
        if (e.getRelation().toString().equals("advcl:to") && e.getGovernor().tag() != null
            && e.getGovernor().tag().startsWith("VB")) {
          advcl = e;
        }
      }
      if (advcl == null) {
        continue;
      }
      IndexedWord head = advcl.getGovernor();
      IndexedWord worker = null;
      for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
        String rel = e.getRelation().toString();
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
          worker = e.getDependent();
          break;
        }
      }
      if (worker == null) {
        continue;
      }
      IndexedWord partner = subjEdge.getDependent();
      List<IndexedWord> verbs = new ArrayList<>();
      verbs.add(inf);
      for (SemanticGraphEdge e : g.outgoingEdgeList(inf)) {
        if (e.getRelation().toString().startsWith("conj") && g.containsEdge(e.getDependent(), partner)) {
          verbs.add(e.getDependent());
        }
      }
      for (IndexedWord v : verbs) {
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(v))) {
          if (e.getDependent().equals(partner) && e.getRelation().toString().startsWith("nsubj")) {
            g.removeEdge(e);
          }
        }
        g.addEdge(v, worker, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT,
            Double.NEGATIVE_INFINITY, true);
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(inf))) {
        if (e.getDependent().equals(prep)) {
          g.removeEdge(e);
        }
      }
      g.addEdge(partner, prep, UniversalEnglishGrammaticalRelations.CASE_MARKER, Double.NEGATIVE_INFINITY, false);
      GrammaticalRelation obl = UniversalEnglishGrammaticalRelations.getObl(prep.word().toLowerCase());
      g.addEdge(head, partner, obl, Double.NEGATIVE_INFINITY, false);
      repaired++;
    }
    return repaired;
  }
}
