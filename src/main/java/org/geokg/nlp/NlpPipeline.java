package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.geokg.doc.Document;
import org.geokg.link.LinkedDocument;

/**
 * The one place that configures CoreNLP. Properties come from {@code geokg/corenlp.properties} on the
 * classpath, then an optional user file, then {@code geokg.nlp.*} system properties. A
 * {@code profile = NAME} key in any of them (e.g. {@code -Dgeokg.nlp.profile=full}) starts from
 * {@code geokg/corenlp-NAME.properties} instead of the default file.
 *
 * <p>Two keys are geokg's own, not CoreNLP's:
 * <ul>
 *   <li>{@code geokg.parse = all | candidates}: with {@code candidates}, {@link #annotate} stops before
 *       {@code depparse}, and {@link #parse(LinkedDocument)} parses only the sentences that can hold a
 *       claim ({@link CandidateSentences}); the others get an empty dependency graph. Annotators after
 *       {@code depparse} (coreference) run after that, on the whole document: they find no mentions
 *       in the unparsed sentences.
 *   <li>{@code geokg.parse.pronounWindow = N} (default 2): see {@link CandidateSentences}.
 *   <li>{@code geokg.dates = all | selected}: with {@code selected} (needs {@code geokg.parse =
 *       candidates}), SUTime and the numeric classifiers do not run in {@code ner} but in a second NER
 *       stage over only the sentences where a rule matched that hold a time cue (see {@link #dater}
 *       and {@link DateStage}), configured
 *       by the {@code geokg.dates.ner.*} keys.
 * </ul>
 *
 * <p>The annotators run one by one, so the time of each is recorded in {@link StageTimes#global()}
 * under its name. Thread-safe: CoreNLP's annotators may be shared by threads, so one instance serves
 * a whole run.
 */
public final class NlpPipeline {
  private static final String DEFAULTS = "/geokg/corenlp.properties";
  private static final String SYSTEM_PREFIX = "geokg.nlp.";
  /** Selects {@code geokg/corenlp-NAME.properties} as the base. */
  public static final String PROFILE_KEY = "profile";
  public static final String PARSE_KEY = "geokg.parse";
  public static final String WINDOW_KEY = "geokg.parse.pronounWindow";
  public static final String DATES_KEY = "geokg.dates";

  private record Stage(String name, Annotator annotator) {}

  private final Properties properties;
  // Holds the annotators' owner; its annotators are run one by one below.
  @SuppressWarnings("unused")
  private final StanfordCoreNLP pipeline;
  private final List<Stage> stages = new ArrayList<>();
  private final Stage deferredParse;
  // With geokg.parse=candidates: the annotators after depparse (coreference), run after it on the
  // whole document, whose unparsed sentences have empty graphs (so no mentions there).
  private final List<Stage> afterParse = new ArrayList<>();
  private final int pronounWindow;
  // With geokg.dates=selected: SUTime and the numeric classifiers (and the NER models named for
  // them), run only on the parsed sentences that hold a time cue; null otherwise.
  private final DateStage dates;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    Properties core = coreNlpProperties(properties);
    String parse = properties.getProperty(PARSE_KEY, "all").strip().toLowerCase(Locale.ROOT);
    if (!parse.equals("all") && !parse.equals("candidates")) {
      throw new IllegalArgumentException(PARSE_KEY + " must be all or candidates, not " + parse);
    }
    this.pronounWindow = Integer.parseInt(properties.getProperty(WINDOW_KEY, "2").strip());
    String datesMode = properties.getProperty(DATES_KEY, "all").strip().toLowerCase(Locale.ROOT);
    if (!datesMode.equals("all") && !datesMode.equals("selected")) {
      throw new IllegalArgumentException(DATES_KEY + " must be all or selected, not " + datesMode);
    }
    if (datesMode.equals("selected") && !parse.equals("candidates")) {
      throw new IllegalArgumentException(DATES_KEY + "=selected needs " + PARSE_KEY + "=candidates");
    }
    // The date stage's models load on another core while StanfordCoreNLP loads its annotators:
    // the cold start is mostly model loading, one model after another.
    CompletableFuture<DateStage> datesStage = datesMode.equals("selected")
        ? CompletableFuture.supplyAsync(() -> DateStage.create(properties), NlpPipeline::loaderThread) : null;
    String[] requested = core.getProperty("annotators", "").split("\\s*,\\s*");
    String all = StanfordCoreNLP.ensurePrerequisiteAnnotators(requested, core);
    core.setProperty("annotators", all);
    this.pipeline = new StanfordCoreNLP(core);
    Stage parser = null;
    List<Annotator> run = annotatorsRun(pipeline);
    for (String name : all.split("\\s*,\\s*")) {
      Annotator annotator = name.isEmpty() ? null : pipeline.pool.get(name);
      if (annotator == null || (run != null && run.stream().noneMatch(a -> a == annotator))
          || (run == null && name.equals("ssplit") && all.contains("tokenize"))) {
        // Not run by StanfordCoreNLP itself (ssplit is part of tokenize since CoreNLP 4.5).
        continue;
      }
      Stage s = new Stage(name, annotator);
      if (parse.equals("candidates") && name.equals("depparse")) {
        parser = s;
      } else if (parser != null) {
        afterParse.add(s);
      } else {
        stages.add(s);
      }
    }
    this.deferredParse = parser;
    try {
      this.dates = datesStage == null ? null : datesStage.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** The annotators StanfordCoreNLP itself would run, in order, or null if they cannot be read. */
  @SuppressWarnings("unchecked")
  private static List<Annotator> annotatorsRun(StanfordCoreNLP pipeline) {
    try {
      java.lang.reflect.Field f = edu.stanford.nlp.pipeline.AnnotationPipeline.class.getDeclaredField("annotators");
      f.setAccessible(true);
      return new ArrayList<>((List<Annotator>) f.get(pipeline));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static void loaderThread(Runnable r) {
    Thread t = new Thread(r, "geokg-model-loader");
    t.setDaemon(true);
    t.start();
  }

  /** The default configuration, with {@code overrides} (may be null) applied on top. */
  public static NlpPipeline create(Path overrides) {
    return new NlpPipeline(properties(overrides));
  }

  /** A pipeline from exactly these properties (the {@code geokg.*} keys included). */
  public static NlpPipeline create(Properties properties) {
    return new NlpPipeline((Properties) properties.clone());
  }

  /** The properties of a bundled profile ({@code geokg/corenlp-NAME.properties}), nothing applied on top. */
  public static Properties profile(String name) {
    Properties p = new Properties();
    load(p, "/geokg/corenlp-" + name + ".properties");
    return p;
  }

  /** The properties the pipeline would be built from: defaults, the user file, system properties. */
  public static Properties properties(Path overrides) {
    Properties layered = new Properties();
    readUserFile(layered, overrides);
    applySystemProperties(layered);
    Properties p = new Properties();
    String profile = layered.getProperty(PROFILE_KEY);
    if (profile == null || profile.isBlank() || profile.strip().equals("default")) {
      load(p, DEFAULTS);
    } else {
      load(p, "/geokg/corenlp-" + profile.strip() + ".properties");
    }
    readUserFile(p, overrides);
    applySystemProperties(p);
    p.remove(PROFILE_KEY);
    return p;
  }

  private static void load(Properties p, String resource) {
    try (InputStream in = NlpPipeline.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no NLP profile " + resource + " (profiles: default, lean, fast, full, stock, backoff)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NLP properties: " + e.getMessage(), e);
    }
  }

  private static void readUserFile(Properties p, Path overrides) {
    if (overrides == null) {
      return;
    }
    try (Reader r = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NLP properties: " + e.getMessage(), e);
    }
  }

  private static void applySystemProperties(Properties p) {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(SYSTEM_PREFIX)) {
        p.setProperty(key.substring(SYSTEM_PREFIX.length()), System.getProperty(key));
      }
    }
  }

  /** The properties without geokg's own keys. */
  static Properties coreNlpProperties(Properties p) {
    Properties core = new Properties();
    for (String key : p.stringPropertyNames()) {
      if (!key.startsWith("geokg.") && !key.equals(PROFILE_KEY)) {
        core.setProperty(key, p.getProperty(key));
      }
    }
    return core;
  }

  /**
   * Annotates a document's {@link Document#content() content}. The document date, when known, is
   * set as CoreNLP's document date so SUTime resolves "last week" and "in late December". With
   * {@code geokg.parse=candidates} the sentences are not parsed yet: call {@link #parse} after linking.
   */
  public Annotation annotate(Document document) {
    Annotation annotation = new Annotation(document.content());
    document.dateIfKnown().ifPresent(d ->
        annotation.set(CoreAnnotations.DocDateAnnotation.class, d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    StageTimes times = StageTimes.global();
    for (Stage s : stages) {
      long t = System.nanoTime();
      s.annotator().annotate(annotation);
      times.since(s.name(), t);
      if (s.name().equals("pos") || s.name().equals("lemma")) {
        // Before the parser reads the tags, and after the lemmatiser, which would set the lemma again.
        ContractionTags.apply(annotation);
      }
    }
    SentenceInitialLemmas.apply(annotation);
    ReportedClauseRepair.apply(annotation);
    WithInfinitiveRepair.apply(annotation);
    SharedObjectRepair.apply(annotation);
    return annotation;
  }

  /** Whether {@link #parse} has work to do: only some sentences are parsed, after linking. */
  public boolean parsesCandidatesOnly() {
    return deferredParse != null;
  }

  /**
   * With {@code geokg.parse=candidates}: dependency-parses the {@link CandidateSentences} of a linked
   * document, and gives the other sentences empty graphs. Does nothing when every sentence was parsed
   * by {@link #annotate}.
   */
  public void parse(LinkedDocument document) {
    parse(document, s -> true);
  }

  /**
   * As {@link #parse(LinkedDocument)}, but of the candidate sentences only those {@code needed}
   * accepts (the extraction's rules can match them), and the candidates naming actors in the
   * {@code pronounWindow} sentences before a needed one that holds a pronoun (its antecedents are
   * read from their parses).
   */
  public void parse(LinkedDocument document, IntPredicate needed) {
    List<CoreMap> sentences = document.sentences();
    StageTimes times = StageTimes.global();
    if (deferredParse == null) {
      times.count("sentences.parsed", sentences.size());
      return;
    }
    long t = System.nanoTime();
    BitSet keep = CandidateSentences.select(document, pronounWindow, needed);
    List<CoreMap> chosen = new ArrayList<>(keep.cardinality());
    long tokens = 0;
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      if (keep.get(s)) {
        chosen.add(sentence);
        tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      } else {
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, new SemanticGraph());
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, new SemanticGraph());
      }
    }
    times.since("select", t);
    times.count("sentences.parsed", chosen.size());
    times.count("tokens.parsed", tokens);
    if (!chosen.isEmpty()) {
      Annotation subset = new Annotation(document.annotation());
      subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      t = System.nanoTime();
      deferredParse.annotator().annotate(subset);
      times.since(deferredParse.name(), t);
      ReportedClauseRepair.apply(subset);
      WithInfinitiveRepair.apply(subset);
      SharedObjectRepair.apply(subset);
    }
    for (Stage s : afterParse) {
      t = System.nanoTime();
      s.annotator().annotate(document.annotation());
      times.since(s.name(), t);
    }
  }

  /**
   * What dates the sentences of a document, once each, when asked: with {@code geokg.dates =
   * selected} the extraction asks for each sentence where a rule matched, before it reads the
   * sentence's actors and dates; otherwise a no-op (the {@code ner} stage dated every sentence).
   */
  public SentenceDater dater(LinkedDocument document) {
    return new SentenceDater(document);
  }

  /**
   * Dates the sentences of one document on demand, each at most once; records its time as the
   * stage {@code dates} and keeps it, so a caller timing a larger step can leave it out.
   */
  public final class SentenceDater implements IntConsumer {
    private final LinkedDocument document;
    private final BitSet done = new BitSet();
    private long nanos;

    private SentenceDater(LinkedDocument document) {
      this.document = document;
    }

    @Override
    public void accept(int s) {
      if (dates == null || done.get(s)) {
        return;
      }
      done.set(s);
      long t = System.nanoTime();
      if (dates.annotate(document.annotation(), document.sentences().get(s))) {
        StageTimes.global().count("sentences.dated", 1);
        StageTimes.global().count("tokens.dated", document.tokens(s).size());
      }
      long elapsed = System.nanoTime() - t;
      nanos += elapsed;
      StageTimes.global().add("dates", elapsed);
    }

    /** The time spent dating so far, in nanoseconds. */
    public long nanos() {
      return nanos;
    }
  }

  public Properties properties() {
    return (Properties) properties.clone();
  }
}
