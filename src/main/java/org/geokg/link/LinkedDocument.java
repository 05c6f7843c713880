package org.geokg.link;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.doc.Document;
import org.geokg.link.Gazetteer.Title;

/**
 * A document after CoreNLP and entity linking: its sentences, tokens, and the entities and titles
 * found in them. Built by {@link EntityLinker}; read by relation extraction.
 */
public final class LinkedDocument {
  private final Document document;
  private final Annotation annotation;
  private final List<CoreMap> sentences;
  private final List<Mention[]> byToken = new ArrayList<>();
  private final List<Title[]> titles = new ArrayList<>();
  private final List<Place[]> places = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final Map<Entity, String> personTitles = new LinkedHashMap<>();
  private final Map<Entity, Entity> bodyStates = new LinkedHashMap<>();

  LinkedDocument(Document document, Annotation annotation) {
    this.document = document;
    this.annotation = annotation;
    this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sentences) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      byToken.add(new Mention[n]);
      titles.add(new Title[n]);
      places.add(new Place[n]);
    }
  }

  public Document document() {
    return document;
  }

  public Annotation annotation() {
    return annotation;
  }

  public List<CoreMap> sentences() {
    return sentences;
  }

  public List<CoreLabel> tokens(int sentence) {
    return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
  }

  /**
   * The enhanced++ dependency graph of a sentence, the one every rule reads; null when the sentence was
   * not parsed.
   */
  public SemanticGraph graph(int sentence) {
    return sentences.get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  /** The mention covering token {@code token} (0-based) of a sentence, or null. */
  public Mention mentionAt(int sentence, int token) {
    Mention[] a = byToken.get(sentence);
    return token >= 0 && token < a.length ? a[token] : null;
  }

  /** The title a token is part of, or null. */
  public Title titleAt(int sentence, int token) {
    Title[] a = titles.get(sentence);
    return token >= 0 && token < a.length ? a[token] : null;
  }

  /**
   * The place a token names, or null: a city linked as a place, or a capital linked as its state
   * ("Moscow said"), which is also where things happen ("talks in Moscow").
   */
  public Place placeAt(int sentence, int token) {
    Place[] a = places.get(sentence);
    return token >= 0 && token < a.length ? a[token] : null;
  }

  void setPlace(int sentence, int begin, int end, Place p) {
    Place[] a = places.get(sentence);
    for (int i = begin; i < end; i++) {
      a[i] = p;
    }
  }

  /** Every mention, in text order. */
  public List<Mention> mentions() {
    return Collections.unmodifiableList(mentions);
  }

  /** The title a person of this document is given, if any. */
  /**
   * The bodies no table lists that the text names with their state ("Malawi's Ministry of Health"), each
   * with that state.
   */
  public Map<Entity, Entity> bodyStates() {
    return Collections.unmodifiableMap(bodyStates);
  }

  void addBody(Mention m, Entity state) {
    add(m);
    bodyStates.putIfAbsent(m.entity(), state);
  }

  public Map<Entity, String> personTitles() {
    return Collections.unmodifiableMap(personTitles);
  }

  void add(Mention m) {
    Mention[] a = byToken.get(m.sentence());
    List<CoreLabel> toks = tokens(m.sentence());
    for (int i = m.begin(); i < m.end(); i++) {
      if (a[i] != null) {
        mentions.remove(a[i]);
      }
      a[i] = m;
      toks.get(i).set(GeokgAnnotations.EntityAnnotation.class, m.entity());
      toks.get(i).set(GeokgAnnotations.ActorAnnotation.class, m.entity().kind().name());
    }
    mentions.add(m);
  }

  void addTitle(int sentence, int begin, int end, Title t) {
    Title[] a = titles.get(sentence);
    List<CoreLabel> toks = tokens(sentence);
    for (int i = begin; i < end; i++) {
      a[i] = t;
      toks.get(i).set(GeokgAnnotations.TitleAnnotation.class, t.kind().isEmpty() ? "title" : t.kind());
    }
  }

  public void setPersonTitle(Entity person, String title) {
    personTitles.putIfAbsent(person, title);
  }

  void sortMentions() {
    mentions.sort((x, y) -> x.sentence() != y.sentence()
        ? Integer.compare(x.sentence(), y.sentence()) : Integer.compare(x.begin(), y.begin()));
  }
}
