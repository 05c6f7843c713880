package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.link.Entity;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic back-off: for a clause between two resolved actors whose verb or event noun no rule
 * knows (no rule but the CAMEO table's is {@link RuleSet#anchors anchored} on it), the trigger phrase
 * (the verb's lemma with its particle and its object noun, or its target preposition; after a light
 * verb, or for an event noun with an actor as possessor, the noun) is
 * mapped to the nearest phrase of the predicate dictionary ({@link PhraseIndex}) and takes that
 * phrase's class, when their cosine similarity reaches one global threshold.
 *
 * <p>Its claims are written with the rule id {@code backoff:TRIGGER~DICTIONARY PHRASE} and a
 * confidence below every rule's ({@link #CONFIDENCE}), so that a query can leave them out. Off
 * unless {@code geokg.backoff = on}; see {@code geokg/rules/README.md}. Thread-safe.
 */
public final class SemanticBackoff {
  // At debug level, every clause read with its nearest phrase and similarity, kept or not: the
  // figures the threshold is tuned with (docs/QUALITY.md).
  private static final Logger LOG = LoggerFactory.getLogger(SemanticBackoff.class);
  /** The confidence of a back-off claim: its precision read by hand on development texts. */
  public static final double CONFIDENCE = 0.3;
  /** The default similarity threshold, tuned on the development sets. */
  public static final double DEFAULT_THRESHOLD = 0.65;

  /** A clause the back-off reads: its trigger, phrase, nearest dictionary phrase, and actors. */
  record Found(IndexedWord trigger, String phrase, PhraseIndex.Match match, List<Entity> subjects,
      List<Entity> objects) {
    /** The rule its claims are written with. */
    Rule rule() {
      return new Rule("backoff:" + phrase + "~" + match.entry().phrase(), match.entry().relation(), null, null,
          null, CONFIDENCE, null, null, "node", "node", "auto", false, false, null, "semantic back-off");
    }
  }

  private final PhraseIndex index;
  private final RuleSet rules;
  private final Lexicons lex;
  private final double threshold;

  private SemanticBackoff(PhraseIndex index, RuleSet rules, double threshold) {
    this.index = index;
    this.rules = rules;
    this.lex = rules.lexicons();
    this.threshold = threshold;
  }

  /**
   * The back-off over the dictionary of {@code rules}' lexicons; loads the embedding model and the
   * phrase vectors (seconds: call it off the main thread at start-up).
   */
  public static SemanticBackoff load(RuleSet rules, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("back-off threshold must be in (0, 1], not " + threshold);
    }
    PhraseEncoder.warm();
    return new SemanticBackoff(PhraseIndex.load(rules.lexicons()), rules, threshold);
  }

  /** The similarity a phrase needs to its nearest dictionary phrase. */
  public double threshold() {
    return threshold;
  }

  /** Whether sentence {@code s} may hold a clause between two actors (so it must be parsed). */
  static boolean mayHold(LinkedDocument d, int s) {
    Set<Entity> actors = new HashSet<>();
    for (Mention m : d.mentions()) {
      if (m.sentence() == s && m.entity().kind().isActor()) {
        actors.add(m.entity());
      }
    }
    return actors.size() >= 2;
  }

  /**
   * The clauses of sentence {@code s} the back-off reads, above the threshold; {@code known} holds
   * the actor pairs ("subject|object" keys) that rules already linked in this sentence, which are left
   * alone.
   */
  List<Found> find(LinkedDocument d, int s, SemanticGraph g, ActorResolver actors, Set<String> known) {
    List<Found> out = new ArrayList<>();
    List<CoreLabel> toks = d.tokens(s);
    for (IndexedWord v : g.vertexListSorted()) {
      String tag = v.tag();
      if (tag == null || v.lemma() == null || knows(toks.get(v.index() - 1))) {
        continue;
      }
      Found f = tag.startsWith("VB") ? clause(d, s, g, v, toks, actors, known)
          : tag.equals("NN") || tag.equals("NNS") ? eventNoun(d, s, g, v, actors, known) : null;
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether a rule knows the word: one is anchored on it. The CAMEO table's rules do not count: they
   * know a verb only with the object nouns of its patterns ("abolish talks"), and with another noun
   * the verb is as unknown as any (its null codes are kept, see {@link #stopped}).
   */
  private boolean knows(CoreLabel token) {
    return rules.anchors(token, r -> !"cameo_verbs".equals(r.relationTable()));
  }

  /** Whether the CAMEO table says this verb with this object noun is no event (its null code). */
  private boolean stopped(String lemma, IndexedWord noun) {
    if (noun == null) {
      return false;
    }
    String n = noun.lemma().toLowerCase(Locale.ROOT);
    return lex.rows("cameo_verbs", lemma).stream()
        .anyMatch(r -> "none".equals(r.get("class")) && n.equals(r.get("noun")));
  }

  /**
   * An event noun no rule knows with an actor as its possessor ("Russia's atrocities against
   * Ukraine") and an actor after a target preposition.
   */
  private Found eventNoun(LinkedDocument d, int s, SemanticGraph g, IndexedWord n, ActorResolver actors,
      Set<String> known) {
    if (!actors.resolve(s, g, n).isEmpty()) {
      // "Russia's government", "France's president": the noun names an actor, not an event.
      return null;
    }
    List<Entity> agents = new ArrayList<>();
    List<Entity> targets = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
      String rel = e.getRelation().toString();
      if (rel.equals("nmod:poss")) {
        agents.addAll(actors.resolve(s, g, e.getDependent()));
      } else if (rel.startsWith("nmod:") && lex.contains("target_prepositions", rel.substring(5))) {
        targets.addAll(actors.resolve(s, g, e.getDependent()));
      }
    }
    return found(d, s, g, n, PhraseIndex.phrase(modifierOf(g, n), n.lemma()), agents, targets, known);
  }

  private Found clause(LinkedDocument d, int s, SemanticGraph g, IndexedWord v, List<CoreLabel> toks, ActorResolver actors,
      Set<String> known) {
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    // Copulas, auxiliaries and possession, and verbs of saying (attribution, read by the modality rules).
    if (lemma.equals("be") || lemma.equals("do") || lemma.equals("have") || lex.contains("speech_verbs", lemma)) {
      return null;
    }
    List<Entity> subjects = new ArrayList<>();
    List<Entity> objects = new ArrayList<>();
    String particle = null;
    IndexedWord noun = null;
    String prep = null;
    boolean passive = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      String rel = e.getRelation().toString();
      IndexedWord dep = e.getDependent();
      if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
        subjects.addAll(actors.resolve(s, g, dep));
      } else if (rel.equals("nsubj:pass")) {
        passive = true;
        objects.addAll(actors.resolve(s, g, dep));
      } else if (rel.equals("obl:agent")) {
        subjects.addAll(actors.resolve(s, g, dep));
      } else if (rel.equals("compound:prt")) {
        particle = dep.word();
      } else if (rel.equals("obj")) {
        List<Entity> direct = actors.resolve(s, g, dep);
        if (!direct.isEmpty()) {
          objects.addAll(direct);
        } else if (dep.tag() != null && dep.tag().startsWith("NN") && dep.lemma() != null) {
          noun = dep;
          objects.addAll(actors.resolveTarget(s, g, dep));
        }
      }
    }
    if (!passive) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
        String rel = e.getRelation().toString();
        if (rel.startsWith("obl:") && lex.contains("target_prepositions", rel.substring(4))) {
          List<Entity> target = actors.resolve(s, g, e.getDependent());
          if (!target.isEmpty() && objects.isEmpty()) {
            objects.addAll(target);
            prep = rel.substring(4);
          }
        }
      }
    }
    String phrase;
    if (lex.contains("light_verbs", lemma)) {
      // "staged a blockade of", "levied tariffs on": the event noun carries the meaning.
      if (noun == null || knows(toks.get(noun.index() - 1))) {
        return null;
      }
      phrase = PhraseIndex.phrase(modifierOf(g, noun), noun.lemma());
    } else if (stopped(lemma, noun)) {
      return null;
    } else {
      phrase = PhraseIndex.phrase(lemma, particle, noun == null ? null : noun.lemma(), noun == null ? prep : null);
    }
    return found(d, s, g, v, phrase, subjects, objects, known);
  }

  /** The clause's match, if its actors are two and not linked yet and its phrase is near enough. */
  private Found found(LinkedDocument d, int s, SemanticGraph g, IndexedWord trigger, String phrase,
      List<Entity> subjects, List<Entity> objects, Set<String> known) {
    subjects.removeIf(x -> !x.kind().isActor());
    objects.removeIf(x -> !x.kind().isActor());
    if (subjects.isEmpty() || objects.isEmpty()) {
      return null;
    }
    boolean allKnown = true;
    for (Entity a : subjects) {
      for (Entity b : objects) {
        if (!a.equals(b) && !known.contains(pair(a, b)) && !known.contains(pair(b, a))) {
          allKnown = false;
        }
      }
    }
    if (allKnown) {
      return null;
    }
    PhraseIndex.Match m = index.nearest(phrase);
    if (LOG.isDebugEnabled() && m != null) {
      LOG.debug(String.format(Locale.ROOT, "backoff\t%s\t%d\t%s\t%s\t%s\t%.4f\t%s\t%s\t%s", d.document().name(), s,
          phrase, m.entry().phrase(), m.entry().relation().localName(), m.similarity(),
          subjects.stream().map(Entity::key).toList(), objects.stream().map(Entity::key).toList(),
          d.tokens(s).stream().map(CoreLabel::word).collect(java.util.stream.Collectors.joining(" "))));
    }
    if (m == null || m.similarity() < threshold) {
      return null;
    }
    return new Found(trigger, phrase, m, subjects, objects);
  }

  /** A compound modifier of an event noun ("visa" of "visa ban"), or null. */
  private static String modifierOf(SemanticGraph g, IndexedWord noun) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
      if (e.getRelation().toString().equals("compound") && e.getDependent().tag() != null
          && e.getDependent().tag().startsWith("NN") && e.getDependent().lemma() != null) {
        return e.getDependent().lemma();
      }
    }
    return null;
  }

  /** The keys {@link #find} takes for the pairs a relation links. */
  static String pair(Entity a, Entity b) {
    return a.key() + "|" + b.key();
  }
}
