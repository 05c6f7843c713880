package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles and their layering; no model is loaded. */
class NlpPipelinePropertiesTest {
  @TempDir Path dir;

  @Test
  void everyBundledProfileReads() {
    for (String name : new String[] {"lean", "fast", "full", "stock"}) {
      assertThat(NlpPipeline.profile(name).getProperty("annotators")).contains("depparse");
    }
  }

  @Test
  void stockIsCoreNlpDefaultsOnly() {
    Properties stock = NlpPipeline.profile("stock");
    assertThat(stock.stringPropertyNames()).containsExactly("annotators");
    assertThat(stock.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse");
  }

  @Test
  void fastParsesCandidatesAndIsTheDefault() throws Exception {
    Properties fast = NlpPipeline.profile("fast");
    assertThat(fast.getProperty(NlpPipeline.PARSE_KEY)).isEqualTo("candidates");
    // DATE values come from SUTime, which runs inside the numeric classifiers: not in the first NER
    // stage but in the date stage, on the sentences where a rule matched.
    assertThat(fast.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
    assertThat(fast.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(fast.getProperty(NlpPipeline.DATES_KEY)).isEqualTo("selected");
    assertThat(fast.getProperty("geokg.dates.ner.model")).contains("muc.7class");
    Properties defaults = new Properties();
    try (var in = NlpPipeline.class.getResourceAsStream("/geokg/corenlp.properties")) {
      defaults.load(in);
    }
    assertThat(defaults).isEqualTo(fast);
  }

  @Test
  void selectedDatesNeedCandidateParsing() {
    Properties p = NlpPipeline.profile("fast");
    p.setProperty(NlpPipeline.PARSE_KEY, "all");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NlpPipeline.create(p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geokg.dates=selected");
  }

  @Test
  void fastIsLeanWithoutCoreference() {
    Properties fast = NlpPipeline.profile("fast");
    assertThat(fast.getProperty("annotators")).doesNotContain("coref");
    assertThat(fast.getProperty(NlpPipeline.PARSE_KEY)).isEqualTo("candidates");
  }

  @Test
  void aProfileInTheUserFileReplacesTheDefaultsAndTheFileStillApplies() throws Exception {
    Path f = dir.resolve("corenlp.properties");
    Files.writeString(f, "profile = full\nparse.maxlen = 99\n");
    Properties p = NlpPipeline.properties(f);
    assertThat(p.getProperty("annotators")).endsWith("coref");
    assertThat(p.getProperty("parse.maxlen")).isEqualTo("99");
    assertThat(p.containsKey(NlpPipeline.PROFILE_KEY)).isFalse();
  }

  @Test
  void unknownProfileFailsWithItsName() throws Exception {
    Path f = dir.resolve("corenlp.properties");
    Files.writeString(f, "profile = turbo\n");
    assertThatThrownBy(() -> NlpPipeline.properties(f)).hasMessageContaining("corenlp-turbo.properties");
  }

  @Test
  void geokgKeysAreNotGivenToCoreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty(NlpPipeline.PARSE_KEY, "candidates");
    p.setProperty(NlpPipeline.PROFILE_KEY, "lean");
    assertThat(NlpPipeline.coreNlpProperties(p).stringPropertyNames()).containsExactly("annotators");
  }
}
