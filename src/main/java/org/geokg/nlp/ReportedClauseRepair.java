package org.geokg.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes one recurring misparse of CoreNLP's dependency parser in news copy: "Russia warned it would cut
 * gas supplies to Ukraine", "Israel announced it would free the prisoners" come out with the reporting
 * verb as the clausal subject (csubj) of the reported verb and the reported clause's subject pronoun as
 * the reporting verb's object. The shape is read from tags alone, no words: a verb with a modal auxiliary
 * and no subject of its own, whose csubj is a verb whose object is a pronoun standing right before that
 * modal. A pronoun followed by a modal cannot be an object, so the clause is the reporting verb's
 * complement (ccomp) and the pronoun its subject, as the parser reads "announced it will send aid".
 * Without this, the reported act has no subject (no claim) and no reporting verb above it (no modality).
 */
public final class ReportedClauseRepair {

  private ReportedClauseRepair() {}

  /** Repairs the enhanced++ graph of each sentence of the annotation. */
  public static void apply(Annotation annotation) {
    EnhancedGraphs.forEach(annotation, ReportedClauseRepair::apply);
  }

  /** Repairs one graph in place; returns the number of clauses re-attached. */
  public static int apply(SemanticGraph g) {
    List<SemanticGraphEdge> found = new ArrayList<>();
    for (SemanticGraphEdge e : g.edgeListSorted()) {
      if (e.getRelation().toString().equals("csubj") && e.getGovernor().tag().startsWith("VB")
          && e.getDependent().tag().startsWith("VB")) {
        found.add(e);
      }
    }
    int repaired = 0;
    for (SemanticGraphEdge csubj : found) {
      IndexedWord reported = csubj.getGovernor();
      IndexedWord reporting = csubj.getDependent();
      IndexedWord modal = null;
      boolean ownSubject = false;
      for (SemanticGraphEdge e : g.outgoingEdgeList(reported)) {
        String rel = e.getRelation().toString();
        if (rel.equals("aux") && "MD".equals(e.getDependent().tag())) {
          modal = e.getDependent();
        }
        if (rel.startsWith("nsubj")) {
          ownSubject = true;
        }
      }
      if (modal == null || ownSubject || reporting.index() >= modal.index()) {
        continue;
      }
      SemanticGraphEdge pronounEdge = null;
      for (SemanticGraphEdge e : g.outgoingEdgeList(reporting)) {
        IndexedWord p = e.getDependent();
        if (e.getRelation().toString().equals("obj") && "PRP".equals(p.tag()) && p.index() == modal.index() - 1) {
          pronounEdge = e;
        }
      }
      if (pronounEdge == null) {
        continue;
      }
      IndexedWord pronoun = pronounEdge.getDependent();
      g.removeEdge(csubj);
      g.removeEdge(pronounEdge);
      // The reporting verb takes the reported one's place in a larger sentence too, so a walk up from
      // the reported act meets the reporting verb and whatever governs the whole.
      for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(reported))) {
        g.removeEdge(in);
        g.addEdge(in.getGovernor(), reporting, in.getRelation(), in.getWeight(), in.isExtra());
      }
      g.addEdge(reporting, reported, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
      g.addEdge(reported, pronoun, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, Double.NEGATIVE_INFINITY, false);
      // The reporting verb heads the sentence now, where the reported one did.
      List<IndexedWord> roots = new ArrayList<>(g.getRoots());
      if (roots.remove(reported)) {
        roots.add(reporting);
        g.setRoots(roots);
      }
      repaired++;
    }
    return repaired;
  }
}
