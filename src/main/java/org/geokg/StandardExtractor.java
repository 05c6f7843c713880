package org.geokg;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.geokg.claim.Claim;
import org.geokg.doc.Document;
import org.geokg.extract.RelationExtractor;
import org.geokg.extract.RuleSet;
import org.geokg.extract.SemanticBackoff;
import org.geokg.link.Entity;
import org.geokg.link.EntityLinker;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.geokg.nlp.NlpPipeline;
import org.geokg.nlp.StageTimes;
import org.geokg.rdf.ClaimWriter;
import org.geokg.rdf.Iris;
import org.geokg.rdf.ReferenceGraph;

/** The whole path: CoreNLP, entity linking, rules, claims, RDF. See {@link Extractors#standard}. */
final class StandardExtractor implements ClaimExtractor {
  /** {@code on} turns the semantic back-off on (see {@link SemanticBackoff}); default off. */
  static final String BACKOFF_KEY = "geokg.backoff";
  /** The back-off's similarity threshold. */
  static final String THRESHOLD_KEY = "geokg.backoff.threshold";

  // CoreNLP's models take seconds to load: a build that only skips stored documents never needs them.
  private final Supplier<NlpPipeline> nlp;
  private final Gazetteer gazetteer;
  private final EntityLinker linker;
  private final RuleSet rules;
  // The semantic back-off loads its model while CoreNLP loads; the extractor waits for it then.
  private final Supplier<RelationExtractor> relations;

  private StandardExtractor(Supplier<NlpPipeline> nlp, Gazetteer gazetteer, RuleSet rules,
      CompletableFuture<SemanticBackoff> backoff) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.linker = new EntityLinker(gazetteer);
    this.relations = Suppliers.memoize(() -> new RelationExtractor(rules, gazetteer, backoff == null ? null : join(backoff)));
  }

  private static SemanticBackoff join(CompletableFuture<SemanticBackoff> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** This extractor, sharing its CoreNLP pipeline, with the semantic back-off on (or off: null). */
  StandardExtractor withBackoff(SemanticBackoff backoff) {
    return new StandardExtractor(nlp, gazetteer, rules, backoff == null ? null : CompletableFuture.completedFuture(backoff));
  }

  RuleSet rules() {
    return rules;
  }

  /**
   * The back-off the properties ask for ({@code geokg.backoff = on}, {@code geokg.backoff.threshold}),
   * loading on another thread, or null.
   */
  private static CompletableFuture<SemanticBackoff> backoff(Properties p, RuleSet rules) {
    String on = p.getProperty(BACKOFF_KEY, "off").strip().toLowerCase(Locale.ROOT);
    if (!on.equals("on") && !on.equals("off")) {
      throw new IllegalArgumentException(BACKOFF_KEY + " must be on or off, not " + on);
    }
    if (on.equals("off")) {
      return null;
    }
    String value = p.getProperty(THRESHOLD_KEY, String.valueOf(SemanticBackoff.DEFAULT_THRESHOLD)).strip();
    double threshold;
    try {
      threshold = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(THRESHOLD_KEY + " must be a number in (0, 1], not " + value);
    }
    return CompletableFuture.supplyAsync(() -> SemanticBackoff.load(rules, threshold), r -> {
      Thread t = new Thread(r, "geokg-backoff-loader");
      t.setDaemon(true);
      t.start();
    });
  }

  static StandardExtractor load(Path dataDir, Path nlpProperties) {
    Path nlpFile = nlpProperties;
    if (nlpFile == null && dataDir != null && dataDir.resolve("corenlp.properties").toFile().isFile()) {
      nlpFile = dataDir.resolve("corenlp.properties");
    }
    // Jena's first use initialises its subsystems (a second or more, cold): done while the
    // gazetteer, the rules and CoreNLP load, instead of inside the first document.
    Thread jena = new Thread(org.apache.jena.sys.JenaSystem::init, "geokg-jena-init");
    jena.setDaemon(true);
    jena.start();
    Gazetteer gz = Gazetteer.load(dataDir);
    RuleSet rules = RuleSet.load(dataDir, gz);
    Properties nlpConfig = NlpPipeline.properties(nlpFile);
    return new StandardExtractor(Suppliers.memoize(() -> NlpPipeline.create(nlpConfig)), gz, rules,
        backoff(nlpConfig, rules));
  }

  @Override
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** One document through CoreNLP, linking and the rules. */
  private record Run(Annotation annotation, LinkedDocument linked, List<Claim> claims) {}

  private Run run(Document document) {
    NlpPipeline pipeline = nlp.get();
    Annotation a = pipeline.annotate(document);
    StageTimes times = StageTimes.global();
    long t = System.nanoTime();
    LinkedDocument linked = linker.link(document, a);
    times.since("link", t);
    // The lean profile parses only the sentences linking shows can hold a claim; else a no-op.
    RelationExtractor rel = relations.get();
    pipeline.parse(linked, s -> rel.needsParse(linked, s));
    t = System.nanoTime();
    NlpPipeline.SentenceDater dater = pipeline.dater(linked);
    List<Claim> claims = relations.get().extract(linked, dater);
    // Dating runs inside extraction, as matches are found; it is its own stage.
    times.add("extract", System.nanoTime() - t - dater.nanos());
    return new Run(a, linked, claims);
  }

  @Override
  public Claims claims(Document document) {
    try {
      Run r = run(document);
      return new Claims(r.claims(), r.linked().personTitles());
    } catch (RuntimeException e) {
      throw new ExtractionException(document.name() + ": extraction failed: " + e, e);
    }
  }

  @Override
  public DocumentGraph extract(Document document) {
    try {
      Run r = run(document);
      Annotation a = r.annotation();
      LinkedDocument linked = r.linked();
      List<Claim> claims = r.claims();
      long t = System.nanoTime();
      Graph g = ClaimWriter.write(document, claims, linked.personTitles(), gazetteer.places()::get);
      StageTimes.global().since("rdf", t);
      Map<String, Integer> byRelation = new TreeMap<>();
      claims.forEach(c -> byRelation.merge(c.relation().localName(), 1, Integer::sum));
      Set<Entity> entities = new HashSet<>();
      for (Mention m : linked.mentions()) {
        entities.add(m.entity());
      }
      int tokens = a.get(CoreAnnotations.TokensAnnotation.class).size();
      return new DocumentGraph(document, Iris.document(document.id()), g,
          new DocumentGraph.Stats(linked.sentences().size(), tokens, entities.size(), byRelation),
          linkedSentences(linked));
    } catch (RuntimeException e) {
      throw new ExtractionException(document.name() + ": extraction failed: " + e, e);
    }
  }

  private static List<DocumentGraph.Sentence> linkedSentences(LinkedDocument linked) {
    List<Set<String>> entities = new java.util.ArrayList<>();
    linked.sentences().forEach(x -> entities.add(new HashSet<>()));
    for (Mention m : linked.mentions()) {
      if (m.sentence() >= 0 && m.sentence() < entities.size()) {
        entities.get(m.sentence()).add(Iris.entity(m.entity()));
      }
    }
    List<DocumentGraph.Sentence> out = new java.util.ArrayList<>();
    for (int i = 0; i < linked.sentences().size(); i++) {
      var s = linked.sentences().get(i);
      List<DocumentGraph.Token> tokens = new java.util.ArrayList<>();
      for (edu.stanford.nlp.ling.CoreLabel t : linked.tokens(i)) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        tokens.add(new DocumentGraph.Token(t.beginPosition(), t.endPosition(),
            lemma.toLowerCase(java.util.Locale.ROOT)));
      }
      out.add(new DocumentGraph.Sentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), entities.get(i), tokens));
    }
    return out;
  }

  @Override
  public Graph referenceGraph() {
    return ReferenceGraph.build(gazetteer);
  }
}
