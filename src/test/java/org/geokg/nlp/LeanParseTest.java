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
 * The default (fast) pipeline on the seed article. Loads the shared extractor first, so the models
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
  void onlyNeededCandidatesAndTheAntecedentsOfTheirPronounsAreParsed() {
    Document seed = SharedExtractor.seed();
    LinkedDocument none = new EntityLinker(Gazetteer.load(null)).link(seed, pipeline.annotate(seed));
    pipeline.parse(none, s -> false);
    for (int s = 0; s < none.sentences().size(); s++) {
      assertThat(graph(none, s).isEmpty()).as("sentence %d", s).isTrue();
    }
    BitSet candidates = CandidateSentences.select(linked, 2);
    int withPronoun = -1;
    for (int s = candidates.nextSetBit(2); s >= 0 && withPronoun < 0; s = candidates.nextSetBit(s + 1)) {
      if (CandidateSentences.hasAnaphor(linked.tokens(s)) && candidates.get(s - 1)) {
        withPronoun = s;
      }
    }
    assertThat(withPronoun).as("a candidate with a pronoun after another candidate").isPositive();
    int needed = withPronoun;
    BitSet chosen = CandidateSentences.select(linked, 2, s -> s == needed);
    assertThat(chosen.get(needed)).isTrue();
    boolean antecedentNamesActor = linked.mentions().stream()
        .anyMatch(m -> m.sentence() == needed - 1 && m.entity().kind().isActor());
    assertThat(chosen.get(needed - 1)).isEqualTo(antecedentNamesActor);
    assertThat(chosen.stream().allMatch(s -> s == needed || (s < needed && s >= needed - 2))).isTrue();
  }

  private static SemanticGraph graph(LinkedDocument d, int s) {
    return d.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  @Test
  void sutimeNormalisesDatesAgainstTheDocumentDateOnceASentenceIsDated() {
    // "in late December" in an article of 2022-01-27: the first NER stage leaves it undated; the
    // date stage, run when the extraction asks for that sentence, dates it.
    Document seed = SharedExtractor.seed();
    LinkedDocument fresh = new EntityLinker(Gazetteer.load(null)).link(seed, pipeline.annotate(seed));
    pipeline.parse(fresh);
    int sentence = -1;
    for (int s = 0; s < fresh.sentences().size() && sentence < 0; s++) {
      for (CoreLabel t : fresh.tokens(s)) {
        if (t.word().equals("December")) {
          sentence = s;
        }
      }
    }
    assertThat(sentence).isNotNegative();
    assertThat(normalised(fresh, sentence, "December")).isNull();
    java.util.function.IntConsumer dater = pipeline.dater(fresh);
    dater.accept(sentence);
    assertThat(normalised(fresh, sentence, "December")).isEqualTo("2021-12");
    dater.accept(sentence);
    assertThat(normalised(fresh, sentence, "December")).isEqualTo("2021-12");
  }

  @Test
  void theDateStageKeepsTheFirstStagesNames() {
    java.util.function.IntConsumer dater = pipeline.dater(linked);
    for (int s = 0; s < linked.sentences().size(); s++) {
      List<String> before = linked.tokens(s).stream().map(CoreLabel::ner).toList();
      dater.accept(s);
      List<String> after = linked.tokens(s).stream().map(CoreLabel::ner).toList();
      for (int i = 0; i < before.size(); i++) {
        if (!"O".equals(before.get(i))) {
          assertThat(after.get(i)).as("sentence %d token %d", s, i).isEqualTo(before.get(i));
        }
      }
    }
  }

  private static String normalised(LinkedDocument d, int sentence, String word) {
    for (CoreLabel t : d.tokens(sentence)) {
      if (t.word().equals(word) && "DATE".equals(t.ner())) {
        return t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      }
    }
    return null;
  }
}
