package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second NER stage of {@code geokg.dates = selected}: CoreNLP's {@code ner} with SUTime and the
 * numeric classifiers (and the models the {@code geokg.dates.ner.model} key names, the MUC model whose
 * DATE label dates "mid-January"), run only on the sentences that need dates, since SUTime costs
 * more per token than the dependency parser. The first stage ({@code ner} with only the 3-class
 * model) has already tagged every token.
 *
 * <p>Tags are merged the way CoreNLP's {@code ner.combinationMode = NORMAL} merges models: a token
 * the first stage tagged keeps its tag, and this stage's PERSON/LOCATION/ORGANIZATION/MISC tags, the
 * first stage's types, are dropped; its dates, times, numbers and their normalised values fill the rest.
 * On the bench documents that gives the tags of one combined {@code ner} on all but 9 of 11,354 tokens.
 *
 * <p>A sentence is dated only if it holds a word of {@code geokg/nlp/time-cues.txt} or a digit.
 * Run on one sentence at a time ({@link NlpPipeline#dater}), as the extraction finds matches.
 */
final class DateStage {
  private static final String PREFIX = "geokg.dates.";
  private static final String CUES = "/geokg/nlp/time-cues.txt";
  private static final Set<String> FIRST_STAGE_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(?:mid|early|late)-", Pattern.CASE_INSENSITIVE);

  private final NERCombinerAnnotator ner;
  private final Set<String> cues;

  private DateStage(NERCombinerAnnotator ner, Set<String> cues) {
    this.ner = ner;
    this.cues = cues;
  }

  /** The stage for these pipeline properties: {@code ner.*} overridden by {@code geokg.dates.ner.*}. */
  static DateStage create(Properties pipeline) {
    Properties p = new Properties();
    for (String key : pipeline.stringPropertyNames()) {
      if (key.startsWith("ner.") || key.equals("maxAdditionalKnownLCWords")) {
        p.setProperty(key, pipeline.getProperty(key));
      }
    }
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    for (String key : pipeline.stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        p.setProperty(key.substring(PREFIX.length()), pipeline.getProperty(key));
      }
    }
    try {
      return new DateStage(new NERCombinerAnnotator(p), readCues());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the date stage's NER: " + e.getMessage(), e);
    }
  }

  static Set<String> readCues() {
    try (InputStream in = DateStage.class.getResourceAsStream(CUES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CUES);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
          .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Dates one sentence of {@code document} if it holds a time cue.
   *
   * @return whether it held one
   */
  boolean annotate(Annotation document, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (!hasCue(tokens)) {
      return false;
    }
    String[] first = new String[tokens.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = tokens.get(i).ner();
    }
    ner.doOneSentence(document, sentence);
    for (int i = 0; i < first.length; i++) {
      CoreLabel t = tokens.get(i);
      if (first[i] != null && !first[i].equals("O")) {
        t.setNER(first[i]);
        t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      } else if (FIRST_STAGE_TYPES.contains(t.ner())) {
        t.setNER("O");
        t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      }
    }
    return true;
  }

  boolean hasCue(List<CoreLabel> tokens) {
    return hasCue(tokens, cues);
  }

  /** Whether a token holds a digit or is one of {@code cues} (lower case), "mid-"/"early-"/"late-" taken off. */
  static boolean hasCue(List<CoreLabel> tokens, Set<String> cues) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w.chars().anyMatch(Character::isDigit)) {
        return true;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (cues.contains(lower) || cues.contains(DATE_PREFIX.matcher(lower).replaceFirst(""))) {
        return true;
      }
    }
    return false;
  }
}
