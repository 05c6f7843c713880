package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an interaction took place, read from a rule's {@code mode} or its trigger's words. */
final class InteractionModes {
  private final Lexicons lex;

  InteractionModes(Lexicons lex) {
    this.lex = lex;
  }

  /** The mode a rule declares, or for {@code auto} the one its trigger or the trigger's modifiers name. */
  String of(Rule r, SemanticGraph g, IndexedWord trigger) {
    if (r.mode() == null) {
      return null;
    }
    if (!r.mode().equals("auto")) {
      return r.mode();
    }
    List<String> words = new ArrayList<>();
    words.add(lemma(trigger));
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      words.add(lemma(e.getDependent()));
      for (SemanticGraphEdge e2 : g.outgoingEdgeList(e.getDependent())) {
        if (e2.getRelation().toString().startsWith("amod") || e2.getRelation().toString().startsWith("compound")) {
          words.add(lemma(e2.getDependent()));
        }
      }
    }
    for (String w : words) {
      if (lex.contains("mode_video", w.toLowerCase(Locale.ROOT))) {
        return "VideoCall";
      }
    }
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (lex.contains("mode_phone", lw)) {
        return "PhoneCall";
      }
      if (lex.contains("mode_visit", lw)) {
        return "Visit";
      }
      if (lex.contains("mode_multilateral", lw)) {
        return "Multilateral";
      }
    }
    return "Meeting";
  }

  private static String lemma(IndexedWord w) {
    return w.lemma() == null ? w.word() : w.lemma();
  }
}
