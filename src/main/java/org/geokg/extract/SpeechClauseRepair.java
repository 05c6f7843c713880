package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Locale;
import org.geokg.link.LinkedDocument;

/**
 * Undoes a misparse of a reported clause in a time clause, common in wire copy: in "The decision came
 * after Kenya announced it would free over 100 refugees by the end of the month" the parser sometimes makes
 * "free" the complement of "came" and hangs "after Kenya announced" on "free" as its adverbial clause, so
 * the speech verb has no complement and the freeing is nobody's stated intention (no Agree, CAMEO 03x) but
 * the main clause's. A verb of {@code speech_verbs} that opens a subordinate clause (its own mark and
 * subject), stands before the verb it is hung on, is followed by that verb's subject with no comma between,
 * and has no complement, object or oblique of its own cannot be an adverbial of the clause it introduces: it
 * is the clause's governor ("after Kenya announced [it would free …]"), and the time clause hangs on the
 * earlier word the reported clause was hung on (as a complement, or the parser's unlabelled dependent).
 * "As Kenya announced, it will free …" (a comma), "announced that …", "announced its plan" (an object) and
 * a time clause that opens the sentence (nothing before it to hang on) are left as parsed. Runs on the linked document, after parsing; a graph already read right is left as it is.
 */
final class SpeechClauseRepair {

  private SpeechClauseRepair() {}

  /** Repairs the enhanced++ graph of every sentence; returns the number of speech verbs rehung. */
  static int apply(LinkedDocument d, Lexicons lex) {
    return GraphRepairs.eachGraph(d, g -> apply(g, lex));
  }

  /** Repairs one graph in place; returns the number of speech verbs rehung. */
  static int apply(SemanticGraph g, Lexicons lex) {
    int repaired = 0;
    for (IndexedWord told : new ArrayList<>(g.vertexListSorted())) {
      if (told.tag() == null || !told.tag().startsWith("VB")) {
        continue;
      }
      SemanticGraphEdge head = Clauses.governingEdge(g, told);
      String how = head == null ? "" : head.getRelation().toString();
      if (!how.equals("ccomp") && !how.equals("dep")) {
        continue; // the misparse makes the reported clause a complement (or an unlabelled dependent) of what comes before
      }
      for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(told))) {
        IndexedWord speech = e.getDependent();
        if (!e.getRelation().toString().startsWith("advcl") || !misplaced(g, lex, head.getGovernor(), speech, told)) {
          continue;
        }
        rehang(g, head, e);
        repaired++;
        break;
      }
    }
    return repaired;
  }

  // The speech verb of a time clause between the main verb and the clause it reports, with nothing of its own to report.
  private static boolean misplaced(SemanticGraph g, Lexicons lex, IndexedWord main, IndexedWord speech, IndexedWord told) {
    if (speech.tag() == null || !speech.tag().startsWith("VB") || speech.lemma() == null
        || !lex.contains("speech_verbs", speech.lemma().toLowerCase(Locale.ROOT))
        || !(main.index() < speech.index() && speech.index() < told.index())) {
      return false;
    }
    int mark = -1;
    boolean subject = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(speech)) {
      String rel = e.getRelation().toString();
      int at = e.getDependent().index();
      if (rel.equals("mark") && at < speech.index()) {
        mark = at;
      } else if (rel.startsWith("nsubj") && !rel.contains("xsubj") && at < speech.index()) {
        subject = true;
      } else if (rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.equals("obj") || rel.startsWith("obl")
          || rel.startsWith("parataxis")) {
        return false; // "announced its plan", "said on Monday": the speech verb has its own words
      }
    }
    if (mark < 0 || !subject || mark < main.index()) {
      return false;
    }
    // The reported clause's own subject comes right after the speech verb ("announced it would free"): no comma,
    // "that" or object of the speech verb's between ("As Kenya announced, it will …" is parsed right).
    for (SemanticGraphEdge e : g.outgoingEdgeList(told)) {
      String rel = e.getRelation().toString();
      if (rel.startsWith("nsubj") && !rel.contains("xsubj") && e.getDependent().index() == speech.index() + 1) {
        return true;
      }
    }
    return false;
  }

  // The two edges exchanged: the main verb governs the time clause, and its speech verb the reported clause.
  private static void rehang(SemanticGraph g, SemanticGraphEdge head, SemanticGraphEdge adverbial) {
    IndexedWord main = head.getGovernor();
    IndexedWord told = head.getDependent();
    IndexedWord speech = adverbial.getDependent();
    g.removeEdge(head);
    g.removeEdge(adverbial);
    g.addEdge(main, speech, adverbial.getRelation(), Double.NEGATIVE_INFINITY, false);
    g.addEdge(speech, told, UniversalEnglishGrammaticalRelations.CLAUSAL_COMPLEMENT, Double.NEGATIVE_INFINITY, false);
  }
}
