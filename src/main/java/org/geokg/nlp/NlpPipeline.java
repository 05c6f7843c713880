package org.geokg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.geokg.doc.Document;

/**
 * The one place that configures CoreNLP. Properties come from {@code geokg/corenlp.properties} on the
 * classpath, then an optional user file, then {@code geokg.nlp.*} system properties.
 *
 * <p>Thread-safe: CoreNLP's annotators may be shared by threads, so one instance serves a whole run.
 */
public final class NlpPipeline {
  private static final String DEFAULTS = "/geokg/corenlp.properties";
  private static final String SYSTEM_PREFIX = "geokg.nlp.";

  private final StanfordCoreNLP pipeline;
  private final Properties properties;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** The default configuration, with {@code overrides} (may be null) applied on top. */
  public static NlpPipeline create(Path overrides) {
    return new NlpPipeline(properties(overrides));
  }

  /** The properties the pipeline would be built from: defaults, the user file, system properties. */
  public static Properties properties(Path overrides) {
    Properties p = new Properties();
    try (InputStream in = NlpPipeline.class.getResourceAsStream(DEFAULTS)) {
      p.load(in);
      if (overrides != null) {
        try (Reader r = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NLP properties: " + e.getMessage(), e);
    }
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(SYSTEM_PREFIX)) {
        p.setProperty(key.substring(SYSTEM_PREFIX.length()), System.getProperty(key));
      }
    }
    return p;
  }

  /**
   * Annotates a document's {@link Document#content() content}. The document date, when known, is
   * set as CoreNLP's document date so SUTime resolves "last week" and "in late December".
   */
  public Annotation annotate(Document document) {
    Annotation annotation = new Annotation(document.content());
    document.dateIfKnown().ifPresent(d ->
        annotation.set(CoreAnnotations.DocDateAnnotation.class, d.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    pipeline.annotate(annotation);
    return annotation;
  }

  public Properties properties() {
    return (Properties) properties.clone();
  }
}
