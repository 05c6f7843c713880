package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.geokg.link.EntityLinker;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default (lean) pipeline on the seed article. Loads the shared extractor first, so the models
 * come from CoreNLP's annotator cache when the same configuration is built here.
 */
class LeanParseTest {
  private static NlpPipeline pipeline;
  private static LinkedDocument linked;

  @BeforeAll
  static void annotate() {
    Document seed = SharedExtractor.seed();
    SharedExtractor.get().extract(seed);
    pipeline = NlpPipeline.create((Path) null);
    Annotation a = pipeline.annotate(seed);
    assertThat(pipeline.parsesCandidatesOnly()).isTrue();
    assertThat(a.get(CoreAnnotations.SentencesAnnotation.class).get(0)
        .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)).isNull();
    linked = new EntityLinker(Gazetteer.load(null)).link(seed, a);
    pipeline.parse(linked);
  }

  @Test
  void candidatesAreParsedAndTheOthersGetEmptyGraphs() {
    BitSet candidates = CandidateSentences.select(linked, 2);
    List<CoreMap> sentences = linked.sentences();
    assertThat(candidates.cardinality()).isGreaterThan(sentences.size() / 2);
    for (int s = 0; s < sentences.size(); s++) {
      SemanticGraph g = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      int tokens = linked.tokens(s).size();
      if (candidates.get(s) && tokens <= 150) {
        assertThat(g).as("sentence %d", s).isNotNull();
        assertThat(g.isEmpty()).as("sentence %d", s).isFalse();
      } else if (!candidates.get(s)) {
        assertThat(g).as("sentence %d", s).isNotNull();
        assertThat(g.isEmpty()).as("sentence %d", s).isTrue();
      }
    }
  }

  @Test
  void sutimeStillNormalisesDatesAgainstTheDocumentDate() {
    // "in late December" in an article of 2022-01-27.
    boolean lateDecember = false;
    for (int s = 0; s < linked.sentences().size(); s++) {
      for (CoreLabel t : linked.tokens(s)) {
        if ("DATE".equals(t.ner()) && t.word().equals("December")
            && "2021-12".equals(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
          lateDecember = true;
        }
      }
    }
    assertThat(lateDecember).isTrue();
  }
}
