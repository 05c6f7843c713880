package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.function.Consumer;

/** The enhanced++ dependency graphs of an annotation's sentences, for the parse repairs that edit them. */
final class EnhancedGraphs {

  private EnhancedGraphs() {}

  /** Hands each sentence's non-empty enhanced++ graph to {@code repair}; an unparsed sentence is skipped. */
  static void forEach(Annotation annotation, Consumer<SemanticGraph> repair) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap s : sentences) {
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g != null && !g.isEmpty()) {
        repair.accept(g);
      }
    }
  }
}
