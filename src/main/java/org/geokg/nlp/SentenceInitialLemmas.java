package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;

/**
 * Lemmas of plural common nouns that open a sentence: the tagger takes a capitalised plural there for a
 * proper noun ("Sanctions were imposed …" as NNPS) and the lemmatiser then keeps the word as it is, so
 * no lexicon of lemmas ("sanction") finds it. A sentence's first token tagged NNPS that NER leaves
 * untyped gets the lemma of the same word as a common plural; its tag, and so the parse, are left alone.
 */
final class SentenceInitialLemmas {
  private SentenceInitialLemmas() {}

  static void apply(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (toks == null || toks.isEmpty()) {
        continue;
      }
      CoreLabel first = toks.get(0);
      if ("NNPS".equals(first.tag()) && (first.ner() == null || "O".equals(first.ner()))) {
        first.setLemma(Morphology.lemmaStatic(first.word().toLowerCase(Locale.ROOT), "NNS"));
      }
    }
  }
}
