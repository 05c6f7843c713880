package org.geokg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Finds the actors a dependency node stands for: the entity named there; for a pronoun, its
 * antecedent (CoreNLP coreference when it has one, else the nearest fitting mention before it); for a
 * descriptive noun ("France's president", "the foreign secretary of India", "these nations"), the
 * actors that modify it. Coordination is already spread by the enhanced++ dependencies.
 */
final class ActorResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their", "itself", "themselves");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");
  private static final Set<String> RELATIVE = Set.of("whose", "which", "who", "whom", "that");

  private final LinkedDocument doc;
  private final Lexicons lex;
  private final Map<Long, Entity> corefAntecedents = new HashMap<>();
  private Map<Entity, Entity> represented = Map.of();
  private Entity lead;
  // Sentences where "the administration" went unresolved for want of a leading actor.
  private final java.util.BitSet wantedLead = new java.util.BitSet();

  ActorResolver(LinkedDocument doc, Lexicons lex) {
    this.doc = doc;
    this.lex = lex;
    Map<Integer, CorefChain> chains = doc.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains != null) {
      for (CorefChain c : chains.values()) {
        Entity e = null;
        for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
          Mention lm = doc.mentionAt(m.sentNum - 1, m.headIndex - 1);
          if (lm != null && lm.entity().kind().isActor()) {
            e = lm.entity();
            break;
          }
        }
        if (e != null) {
          for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
            corefAntecedents.put(key(m.sentNum - 1, m.headIndex - 1), e);
          }
        }
      }
    }
  }

  /** Whom each person represents, so "the Russian chief" can find Putin. */
  void setRepresented(Map<Entity, Entity> represented) {
    this.represented = represented;
  }

  /** The actor a person represents, or null. */
  Entity represented(Entity person) {
    return represented.get(person);
  }

  /** The document's leading actor: what "the administration" or "the government" alone means. */
  void setLead(Entity lead) {
    this.lead = lead;
  }

  /** Whether resolving an actor in sentence {@code s} asked for the leading actor while it was unknown. */
  boolean wantedLead(int s) {
    return wantedLead.get(s);
  }

  /**
   * The actors of the nearest subject above a trigger, for rules whose subject is the clause's
   * ("… committed to work together to deter Russian aggression": who deters is who committed).
   */
  List<Entity> clauseSubjects(int s, SemanticGraph g, IndexedWord trigger) {
    IndexedWord w = trigger;
    for (int depth = 0; w != null && depth < 6; depth++) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        boolean numeralBefore = rel.equals("dep") && e.getDependent().index() < w.index()
            && "CD".equals(e.getDependent().tag());
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("nsubj:pass:xsubj")
            || (rel.equals("nmod:poss") && depth == 0) || numeralBefore) {
          List<Entity> found = resolve(s, g, e.getDependent());
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      w = up == null ? null : up.getGovernor();
    }
    return List.of();
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  /** The actors node {@code w} of sentence {@code s} stands for; empty if none. */
  List<Entity> resolve(int s, SemanticGraph g, IndexedWord w) {
    Set<Entity> out = new LinkedHashSet<>();
    resolve(s, g, w, out, 0);
    return new ArrayList<>(out);
  }

  /**
   * The actors an object node stands for, as {@link #resolve}; when it stands for none, those it is
   * aimed at ("further action against Russia", "sanctions on Iran": lexicon target_prepositions).
   */
  List<Entity> resolveTarget(int s, SemanticGraph g, IndexedWord w) {
    List<Entity> direct = resolve(s, g, w);
    // "condemned the attacks against the Iraqi people": whom another's aggression hit is its
    // victim, not the target of the act that names it.
    if (!direct.isEmpty() || w.tag() == null || !w.tag().startsWith("NN")
        || lex.contains("aggression_nouns", w.lemma())) {
      return direct;
    }
    Set<Entity> out = new LinkedHashSet<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.startsWith("nmod:") && lex.contains("target_prepositions", rel.substring("nmod:".length()))) {
        resolve(s, g, e.getDependent(), out, 1);
      }
    }
    return new ArrayList<>(out);
  }

  private void resolve(int s, SemanticGraph g, IndexedWord w, Set<Entity> out, int depth) {
    int t = w.index() - 1;
    Mention m = doc.mentionAt(s, t);
    if (m != null) {
      if (m.entity().kind() == EntityKind.INFRASTRUCTURE) {
        out.add(m.entity());
        return;
      }
      if (m.entity().kind().isActor()) {
        out.add(m.entity());
        if (depth == 0) {
          // Plain "dep" or "appos" edges are not spread over coordination by enhanced++.
          for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("conj")) {
              Mention cm = doc.mentionAt(s, e.getDependent().index() - 1);
              if (cm != null && cm.entity().kind().isActor()) {
                out.add(cm.entity());
              }
            }
          }
        }
      }
      return;
    }
    String word = w.word().toLowerCase(Locale.ROOT);
    String tag = w.tag() == null ? "" : w.tag();
    if (tag.startsWith("PRP") || tag.equals("WP$") || tag.equals("WP") || tag.equals("WDT")) {
      if (PLURAL_PRONOUNS.contains(word)) {
        // "India and Russia said they were expanding their ties": all the coordinated subjects.
        List<Entity> subjects = clauseSubjectList(s, t);
        if (subjects.size() > 1) {
          out.addAll(subjects);
          return;
        }
        List<Entity> list = previousStates(s, t);
        if (list.size() > 1 && subjects.isEmpty() && !corefAntecedents.containsKey(key(s, t))) {
          out.addAll(list);
          return;
        }
      }
      Entity e = pronoun(s, t, word);
      if (e != null) {
        out.add(e);
      }
      return;
    }
    if (depth > 2 || !(tag.startsWith("NN") || tag.equals("CD"))) {
      return;
    }
    String ner = doc.tokens(s).get(t).ner();
    if ("DATE".equals(ner) || "DURATION".equals(ner) || "TIME".equals(ner)) {
      // A misparse makes a time word the head of its neighbour's name ("Sherman last week spoke").
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("compound")) {
          resolve(s, g, e.getDependent(), out, depth + 1);
        }
      }
      return;
    }
    int count = numberBefore(s, t);
    if (count > 1 && (lex.contains("collective_nouns", w.lemma()) || tag.equals("CD"))) {
      // "the 2 nations", "both countries": the last that many actors named.
      out.addAll(previousActors(s, t, count));
      return;
    }
    if (lex.contains("relation_nouns", w.lemma())) {
      // "eyed Russia's rising ties to China": the ties stand for whose they are.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("nmod:poss")) {
          resolve(s, g, e.getDependent(), out, depth + 1);
        }
      }
      return;
    }
    if (lex.contains("quantity_nouns", w.lemma())) {
      // "hundreds of UN troops", "a group of Afghan rebels": the quantity stands for what it counts.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("nmod:of")) {
          resolve(s, g, e.getDependent(), out, depth + 1);
        }
      }
      return;
    }
    // "bin Laden's al-Qaeda network", "Iraq's Al-Qaeda frontman": a named organisation or group
    // modifying the noun is its referent; the possessor is only whose it is.
    boolean namedModifier = false;
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      Mention dm = doc.mentionAt(s, e.getDependent().index() - 1);
      if ((rel.equals("compound") || rel.equals("amod")) && dm != null
          && (dm.entity().kind() == EntityKind.ORGANIZATION || dm.entity().kind() == EntityKind.GROUP)) {
        namedModifier = true;
      }
    }
    boolean aggression = lex.contains("aggression_nouns", w.lemma());
    boolean descriptive = aggression || lex.contains("descriptive_nouns", w.lemma()) || doc.titleAt(s, t) != null;
    if (!descriptive) {
      if (depth == 0) {
        // "praised Haiti's efforts", "condemned Russia's decision": an act or thing of an actor
        // stands for the actor when it is what an event is directed at.
        // Also "an Indian proposal", "a US offer", "calls by Belarus's rulers": whose the thing is.
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
          String rel = e.getRelation().toString();
          // "endorsed an agreement with the EU": the other party of the thing.
          boolean agentive = (rel.equals("nmod:poss") && !namedModifier) || rel.equals("nmod:by") || rel.equals("nmod:from")
              || rel.equals("nmod:with") || rel.equals("nmod:between")
              || ((rel.equals("amod") || rel.equals("compound")) && doc.mentionAt(s, e.getDependent().index() - 1) != null);
          if (agentive) {
            resolve(s, g, e.getDependent(), out, depth + 1);
          }
        }
      }
      return;
    }
    // "America's allies", "his counterpart": the possessor is the other party, not the referent.
    boolean relational = lex.contains("relational_nouns", w.lemma());
    int before = out.size();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (relational && (rel.equals("nmod:poss") || rel.equals("compound"))) {
        continue;
      }
      if (namedModifier && rel.equals("nmod:poss")) {
        continue;
      }
      if (aggression && !(rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")
          || rel.equals("nmod:by") || rel.equals("nmod:from"))) {
        continue;
      }
      if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of")
          || rel.equals("nmod:from") || rel.equals("nmod:like") || rel.equals("nmod:such_as")
          || rel.equals("nmod:including")) {
        resolve(s, g, e.getDependent(), out, depth + 1);
      }
    }
    if (out.size() > before) {
      return;
    }
    boolean anaphoric = openedByDefiniteDeterminer(s, t);
    if (anaphoric && lead == null && lex.contains("government_nouns", w.lemma())) {
      wantedLead.set(s);
    }
    if (anaphoric && lead != null && lex.contains("government_nouns", w.lemma())) {
      out.add(lead);
    } else if (anaphoric && lex.contains("collective_nouns", w.lemma())) {
      out.addAll(previousStates(s, t));
    } else if (anaphoric && doc.titleAt(s, t) != null) {
      Entity p = previousPersonTitled(s, t, w.lemma());
      if (p != null) {
        out.add(p);
      }
    }
  }

  /**
   * Whether the noun phrase ending at token t starts with "these", "those", "both" or "the". Read off
   * the tokens, because the parser often hangs the determiner on a modifier ("these power producing
   * nations").
   */
  private boolean openedByDefiniteDeterminer(int s, int t) {
    List<CoreLabel> toks = doc.tokens(s);
    for (int i = t - 1; i >= 0 && t - i <= 5; i--) {
      String tag = toks.get(i).tag();
      String w = toks.get(i).word().toLowerCase(Locale.ROOT);
      if (DEFINITE.contains(w)) {
        return true;
      }
      if (!(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBG") || tag.equals("VBN")
          || tag.equals("HYPH") || tag.equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> DEFINITE = Set.of("these", "those", "both", "the");

  private Entity pronoun(int s, int t, String word) {
    if (word.equals("its") || word.equals("their")) {
      // The clause's own subject is a surer antecedent for a possessive than a coreference chain.
      Entity subj = clauseSubject(s, t);
      if (subj != null) {
        return subj;
      }
    }
    Entity c = corefAntecedents.get(key(s, t));
    if (c != null) {
      return c;
    }
    if (PERSON_PRONOUNS.contains(word)) {
      return previous(s, t, EntityKind.PERSON);
    }
    if (GROUP_PRONOUNS.contains(word)) {
      Entity subj = clauseSubject(s, t);
      if (subj != null) {
        return subj;
      }
      if (word.equals("it") || word.equals("its")) {
        // "… the European Union should begin its own dialogue": the nearest subject before the
        // pronoun, else the sentence's topic.
        Entity subject = nearestSubjectBefore(s, t);
        if (subject != null) {
          return subject;
        }
        Entity first = firstInSentence(s, t);
        if (first != null) {
          return first;
        }
      }
      return previous(s, t, null);
    }
    if (RELATIVE.contains(word)) {
      return previous(s, t, null);
    }
    return null;
  }

  /**
   * "South Korea has tried … maintaining its alliance": a possessive pronoun refers to the subject
   * of the clauses above it, when that subject is a state or organisation.
   */
  private Entity clauseSubject(int s, int t) {
    List<Entity> all = clauseSubjectList(s, t);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every state or organisation that is a subject of the nearest clause above token t that has one. */
  private List<Entity> clauseSubjectList(int s, int t) {
    SemanticGraph g = doc.sentences().get(s)
        .get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    for (int depth = 0; w != null && depth < 6; depth++) {
      List<Entity> found = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("nsubj:pass"))
            && e.getDependent().index() - 1 < t) {
          Mention m = doc.mentionAt(s, e.getDependent().index() - 1);
          if (m != null && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON
              && !found.contains(m.entity())) {
            found.add(m.entity());
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, w);
      w = up == null ? null : up.getGovernor();
    }
    return List.of();
  }

  /** The state or organisation nearest before token t that stands as the subject of some clause. */
  private Entity nearestSubjectBefore(int s, int t) {
    SemanticGraph g = doc.sentences().get(s)
        .get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return null;
    }
    for (int ti = t - 1; ti >= 0; ti--) {
      Mention m = doc.mentionAt(s, ti);
      IndexedWord w = g.getNodeByIndexSafe(ti + 1);
      if (m == null || w == null || !m.entity().kind().isActor() || m.entity().kind() == EntityKind.PERSON) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        String rel = e.getRelation().toString();
        IndexedWord gov = e.getGovernor();
        // Subject-like: a subject; the owner of a subject ("Japan's relationship … it has");
        // the object of a verb of saying, which the parser often makes of a reported clause's
        // subject ("Macron said the EU should begin its own dialogue").
        boolean subjectLike = rel.startsWith("nsubj")
            || (rel.equals("nmod:poss") && g.incomingEdgeList(gov).stream()
                .anyMatch(x -> x.getRelation().toString().startsWith("nsubj")))
            || (rel.equals("obj") && lex.contains("speech_verbs", gov.lemma()));
        if (subjectLike) {
          return m.entity();
        }
      }
    }
    return null;
  }

  /** The first state or organisation of the sentence before token t: usually its topic. */
  private Entity firstInSentence(int s, int t) {
    for (int ti = 0; ti < t; ti++) {
      Mention m = doc.mentionAt(s, ti);
      if (m != null && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON) {
        return m.entity();
      }
    }
    return null;
  }

  /** "the 2", "both", "the three nations": the number of actors a phrase points back at, or 0. */
  private int numberBefore(int s, int t) {
    List<CoreLabel> toks = doc.tokens(s);
    for (int i = t; i >= 0 && t - i <= 2; i--) {
      String w = toks.get(i).word().toLowerCase(Locale.ROOT);
      switch (w) {
        case "2", "two", "both":
          return 2;
        case "3", "three":
          return 3;
        case "4", "four":
          return 4;
        default:
          break;
      }
    }
    return 0;
  }

  /** The last {@code n} distinct actors named before token t, in this sentence and the two before. */
  private List<Entity> previousActors(int s, int t, int n) {
    List<Entity> found = new ArrayList<>();
    for (int si = s; si >= Math.max(0, s - 2) && found.size() < n; si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0 && found.size() < n; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m == null || !m.entity().kind().isActor()) {
          continue;
        }
        Entity e = m.entity();
        Entity side = e.kind() == EntityKind.PERSON && represented.containsKey(e) ? represented.get(e) : e;
        boolean sameSide = found.stream().anyMatch(f -> f.equals(e)
            || (f.kind() == EntityKind.PERSON ? represented.getOrDefault(f, f) : f).equals(side));
        if (!sameSide) {
          found.add(0, e);
        }
      }
    }
    return found.size() == n ? found : List.of();
  }

  /** The nearest mention before token t (this sentence, then up to two before) of the kind, or any non-person actor. */
  private Entity previous(int s, int t, EntityKind kind) {
    for (int si = s; si >= Math.max(0, s - 2); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m == null || !m.entity().kind().isActor()) {
          continue;
        }
        if (kind == null ? m.entity().kind() != EntityKind.PERSON : m.entity().kind() == kind) {
          return m.entity();
        }
      }
    }
    return null;
  }

  /**
   * "these nations": the last list of states named before it ("Kuwait, Saudi Arabia and the UAE"),
   * in this sentence or the one before.
   */
  private List<Entity> previousStates(int s, int t) {
    for (int si = s; si >= Math.max(0, s - 1); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      int ti = (si == s ? t : toks.size()) - 1;
      while (ti >= 0 && (doc.mentionAt(si, ti) == null || doc.mentionAt(si, ti).entity().kind() != EntityKind.STATE)) {
        ti--;
      }
      if (ti < 0) {
        continue;
      }
      List<Entity> found = new ArrayList<>();
      while (ti >= 0) {
        Mention m = doc.mentionAt(si, ti);
        if (m != null && m.entity().kind() == EntityKind.STATE) {
          if (!found.contains(m.entity())) {
            found.add(0, m.entity());
          }
          ti = m.begin() - 1;
        } else if (LIST_GLUE.contains(toks.get(ti).word().toLowerCase(Locale.ROOT))) {
          ti--;
        } else {
          break;
        }
      }
      return found;
    }
    return List.of();
  }

  private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "as", "well");

  /** "the president": the last person before it given that title in this document. */
  private Entity previousPersonTitled(int s, int t, String titleWord) {
    for (int si = s; si >= 0; si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m != null && m.entity().kind() == EntityKind.PERSON) {
          String title = doc.personTitles().get(m.entity());
          if (title != null && title.toLowerCase(Locale.ROOT).contains(titleWord.toLowerCase(Locale.ROOT))) {
            return m.entity();
          }
        }
      }
    }
    return null;
  }
}
