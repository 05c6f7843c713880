package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;

/**
 * The tag of the contraction "’ll" ("we’ll", "I’ll") spelt with the typographic apostrophe (U+2019), as the
 * State Department's releases spell every contraction. CoreNLP's tagger, trained on straight apostrophes,
 * tags "’ll" VBP, a verb, where it tags "'ll" MD; the parser then makes "’ll" the clause's head and the verb
 * after it an xcomp with no subject ("We’ll send aid to X": no sender, no act read). Run after tagging and
 * before parsing: "’ll" becomes MD with the lemma "will", as its twin is. ("n’t" and "’d" are tagged as
 * their twins are, RB and MD; lexicons list their spellings.)
 */
final class ContractionTags {
  private ContractionTags() {}

  static void apply(Annotation annotation) {
    List<CoreLabel> toks = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (toks == null) {
      return;
    }
    for (CoreLabel t : toks) {
      if ("’ll".equalsIgnoreCase(t.word()) && !"MD".equals(t.tag())) {
        t.setTag("MD");
        t.setLemma("will");
      }
    }
  }
}
