package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityLinker;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;

/**
 * An {@link ActorResolver} on a short text written for a test, read by the shared extractor's CoreNLP
 * models (built once; a second pipeline object reuses CoreNLP's cached annotators), its gazetteer and
 * lexicons, with whom persons represent as the extractor finds it. For tests of one part of actor
 * resolution on its own.
 */
final class ResolverFixture {
  private static org.geokg.nlp.NlpPipeline pipeline;

  final LinkedDocument doc;
  final Lexicons lex;
  final Gazetteer gazetteer;
  final ActorResolver actors;

  private ResolverFixture(LinkedDocument doc, Lexicons lex, Gazetteer gazetteer) {
    this.doc = doc;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.actors = new ActorResolver(doc, lex, gazetteer, new QuoteSpeakers(doc, lex));
    actors.setRepresented(new RepresentsExtractor(gazetteer, lex).extract(doc, actors, new ClaimCollector(doc)));
  }

  /** {@code text} annotated, linked and parsed (every candidate sentence). */
  static ResolverFixture of(String text) {
    return of(text, LocalDate.of(2023, 5, 2), null);
  }

  /** {@code text} of date {@code date} published at {@code source} (a URL, or null). */
  static synchronized ResolverFixture of(String text, LocalDate date, String source) {
    Gazetteer gz = SharedExtractor.gazetteer();
    Lexicons lex = SharedExtractor.rules().lexicons();
    if (pipeline == null) {
      pipeline = org.geokg.nlp.NlpPipeline.create((Path) null);
    }
    Document d = new Document("resolver-test", text, text, date, null, source);
    Annotation a = pipeline.annotate(d);
    LinkedDocument linked = new EntityLinker(gz).link(d, a);
    pipeline.parse(linked);
    return new ResolverFixture(linked, lex, gz);
  }

  SemanticGraph graph(int s) {
    return doc.graph(s);
  }

  /** The {@code nth} (from 0) node of sentence {@code s} whose word is {@code word}, ignoring case. */
  IndexedWord node(int s, String word, int nth) {
    List<IndexedWord> found = graph(s).vertexListSorted().stream()
        .filter(w -> w.word().equalsIgnoreCase(word)).toList();
    if (found.size() <= nth) {
      throw new AssertionError("no " + word + " #" + nth + " in sentence " + s + ": " + graph(s));
    }
    return found.get(nth);
  }

  /** The first node of sentence {@code s} whose word is {@code word}. */
  IndexedWord node(int s, String word) {
    return node(s, word, 0);
  }

  /** The entities' keys ("USA", "NATO"), in order. */
  static List<String> keys(List<Entity> entities) {
    return entities.stream().map(Entity::key).toList();
  }
}
