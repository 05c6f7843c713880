package org.geokg.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Finds what a pronoun or a phrase pointing back ("these nations", "the two", "the president") stands
 * for: CoreNLP's coreference when it has an antecedent, else the subject of the clauses above it, else
 * the nearest fitting mention before it, in its sentence or the few before. The half of
 * {@link ActorResolver} that looks backwards through the document.
 */
final class Antecedents {
  // Read off one table of the pronouns (Pronoun), so a word's reading is decided once.
  static final Set<String> PERSON_PRONOUNS = Pronoun.words(p -> p.referent() == Pronoun.Referent.PERSON);
  static final Set<String> GROUP_PRONOUNS = Pronoun.words(p -> p.referent() == Pronoun.Referent.GROUP);
  static final Set<String> PLURAL_PRONOUNS = Pronoun.words(Pronoun::plural);
  /** The possessive determiners: "his", "her", "its", "their". */
  static final Set<String> POSSESSIVES = Pronoun.words(Pronoun::possessive);
  static final Set<String> RELATIVE = Set.of("whose", "which", "who", "whom", "that");

  private final LinkedDocument doc;
  private final Lexicons lex;
  private final Map<Long, Entity> corefAntecedents = new HashMap<>();
  private Map<Entity, Entity> represented = Map.of();
  private Predicate<Entity> pastHolder = p -> false;
  private OfficeHolders holders = OfficeHolders.NONE;

  Antecedents(LinkedDocument doc, Lexicons lex) {
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

  /** Which persons held an office of the tables only before the document's date (the resolver's reading). */
  void setPastHolder(Predicate<Entity> pastHolder) {
    this.pastHolder = pastHolder;
  }

  void setRepresented(Map<Entity, Entity> represented) {
    this.represented = represented;
  }

  /** Who holds the publisher's offices on the document's date (the resolver's reading of the tables). */
  void setOfficeHolders(OfficeHolders holders) {
    this.holders = holders;
  }

  /** Whether CoreNLP's coreference gives token t of sentence s an antecedent. */
  boolean hasCoreference(int s, int t) {
    return corefAntecedents.containsKey(key(s, t));
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  Entity pronoun(int s, int t, String word) {
    if (word.equals("its") || word.equals("their")) {
      Entity joined = conjoinedOwner(s, t);
      if (joined != null) {
        return joined;
      }
      // The clause's own subject is a surer antecedent for a possessive than a coreference chain.
      Entity subj = clauseSubject(s, t);
      if (subj != null) {
        return subj;
      }
    }
    if (FRONTED_PERSON_PRONOUNS.contains(word)) {
      // "During his stop in Riga, the Secretary met with …": a pronoun in an adjunct put before its
      // clause's subject points forward to that subject, not back to the last person named.
      Entity ahead = frontedSubject(s, t);
      if (ahead != null && !PersonGender.other(ahead, PersonGender.ofPronoun(word))) {
        return ahead;
      }
    }
    if (word.equals("it")) {
      Entity local = nearestForLocalIt(s, t);
      if (local != null) {
        return local;
      }
    }
    Entity c = corefAntecedents.get(key(s, t));
    if (c != null && c.kind() == EntityKind.PERSON && SUBJECT_PERSON_PRONOUNS.contains(word) && isSubject(s, t)
        && !lastNamedAsSubject(s, t, c)) {
      // "The Secretary … to hold Putin accountable for his war. He commended …": a subject "he" continues
      // the subject before it; a person last named as a possessor, object or apposition is no surer
      // antecedent because the coreference chain took him.
      Entity continued = continuedSubject(s, t, word, 0);
      if (continued != null && continued != UNTOLD && !continued.equals(c)
          && !PersonGender.other(continued, PersonGender.ofPronoun(word))) {
        return continued;
      }
    }
    if (c != null) {
      return c;
    }
    if (PERSON_PRONOUNS.contains(word)) {
      PersonGender gender = PersonGender.ofPronoun(word);
      if (SUBJECT_PERSON_PRONOUNS.contains(word) && isSubject(s, t)) {
        // "The Secretary will travel to Riga to meet with President X and Foreign Minister Y. He will …":
        // a subject "he" continues the subject before it, not the last person named as an object.
        Entity continued = continuedSubject(s, t, word, 0);
        if (continued == UNTOLD) {
          // "… the President traveled to Europe. He met with …": the subject it continues is a title
          // the text gives no one; not the last person named, who is not that subject.
          return null;
        }
        if (continued != null && !PersonGender.other(continued, gender)) {
          return continued;
        }
        if (continued != null) {
          // "Secretary Blinken spoke with Foreign Minister Ana Ruiz. She thanked him …": the subject
          // before is of the other gender, so not whom "she" continues; the nearest person of hers
          // named before, else no one (a person whose name tells no gender is not taken on a guess).
          return previousOfGender(s, t, gender);
        }
      }
      return previous(s, t, EntityKind.PERSON, false, gender);
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
      return previous(s, t, null, PLURAL_PRONOUNS.contains(word));
    }
    if (RELATIVE.contains(word)) {
      if (thingBefore(s, t)) {
        // "obligations under treaties of which it is a party, and which protect us all": a "which" or
        // "that" right after a common noun (past commas, "and" and prepositions) is that thing's, not the
        // nearest actor's named before it.
        return null;
      }
      return previous(s, t, null);
    }
    return null;
  }

  /**
   * "support for Ukraine as it defends itself", "give Fiji everything it needs", "help it defend
   * itself": an "it" that is the subject of an "as" clause, of a relative clause or of an "if" clause after
   * its main clause ({@link #trailingIf}), or the object of a
   * verb, takes the nearest state or organisation named before it in its sentence. Coreference and the
   * clause subject above both tend to give the sentence's subject (the backer, not the one backed), and an
   * object "it" is never the subject of its own verb, which would be "itself". Null when "it" stands
   * otherwise, or no actor before it fits.
   */
  private Entity nearestForLocalIt(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    if (w == null) {
      return null;
    }
    boolean local = false;
    List<Entity> excluded = new ArrayList<>();
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      String rel = e.getRelation().toString();
      IndexedWord verb = e.getGovernor();
      if (rel.equals("obj") || rel.equals("iobj")) {
        local = true;
        for (SemanticGraphEdge sub : g.outgoingEdgeList(verb)) {
          if (sub.getRelation().toString().startsWith("nsubj")) {
            Mention m = subjectMention(s, g, sub.getDependent());
            if (m != null) {
              excluded.add(m.entity());
            }
          }
        }
      } else if (rel.startsWith("nsubj") && (asClause(g, verb) || relativeClause(g, verb))) {
        local = true;
      } else if (rel.startsWith("nsubj") && trailingIf(g, verb)) {
        local = true;
        // "… stop the Communist Party if it attacks Taiwan": the condition's subject does not act on itself,
        // so a party named before as the object of the same act is not its "it".
        for (SemanticGraphEdge obj : g.outgoingEdgeList(verb)) {
          String orel = obj.getRelation().toString();
          if (orel.equals("obj") || orel.startsWith("obl") || orel.equals("iobj")) {
            Mention m = subjectMention(s, g, obj.getDependent());
            if (m != null) {
              excluded.add(m.entity());
            }
          }
        }
      }
    }
    if (!local) {
      return null;
    }
    for (int ti = t - 1; ti >= 0; ti--) {
      Mention m = doc.mentionAt(s, ti);
      if (m == null || !m.entity().kind().isActor()) {
        continue;
      }
      if (m.entity().kind() == EntityKind.PERSON || excluded.contains(m.entity())) {
        ti = m.begin();
        continue;
      }
      return m.entity();
    }
    return null;
  }

  /** Whether {@code verb} heads an adverbial clause opened by "as". */
  private static boolean asClause(SemanticGraph g, IndexedWord verb) {
    return g.incomingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("advcl"))
        && g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("as"));
  }

  /**
   * Whether {@code verb} heads an "if" clause after the clause it conditions ("will impose costs on Russia if
   * it invades Y", "Russia would face consequences if it attacks Y"): its "it" is the party just named, whom
   * the condition is about, not the main clause's subject (session 30). A condition put first ("If it …,
   * we will …") names no one before it and is left to the other readings.
   */
  private static boolean trailingIf(SemanticGraph g, IndexedWord verb) {
    return g.incomingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("advcl:if")
        && e.getGovernor().index() < verb.index());
  }

  /** Whether {@code verb} heads a relative clause ("the support it needs"). */
  private static boolean relativeClause(SemanticGraph g, IndexedWord verb) {
    return g.incomingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("acl:relcl"));
  }

  /**
   * "support Ukraine and its sovereignty", "the United States and its Allies": a possessive on a noun
   * conjoined to a state, organisation or group refers to that conjunct, before any subject of the
   * clause ("discussed continued coordination to support Ukraine and its sovereignty" is Ukraine's).
   */
  private Entity conjoinedOwner(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    if (w == null) {
      return null;
    }
    for (SemanticGraphEdge poss : g.incomingEdgeList(w)) {
      if (!poss.getRelation().toString().equals("nmod:poss")) {
        continue;
      }
      for (SemanticGraphEdge conj : g.incomingEdgeList(poss.getGovernor())) {
        IndexedWord first = conj.getGovernor();
        if (conj.getRelation().toString().startsWith("conj") && first.index() - 1 < t) {
          Mention m = doc.mentionAt(s, first.index() - 1);
          if (m != null && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON) {
            return m.entity();
          }
        }
      }
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
  List<Entity> clauseSubjectList(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    for (int depth = 0; w != null && depth < 6; depth++) {
      List<Entity> found = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("nsubj:pass"))
            && e.getDependent().index() - 1 < t) {
          // "support for Ukraine as it defends itself": the reflexive or "its" follows the clause's own
          // "it", not the subject of the clause above it.
          Entity local = e.getDependent().word().equalsIgnoreCase("it")
              ? nearestForLocalIt(s, e.getDependent().index() - 1) : null;
          if (local != null) {
            if (!found.contains(local)) {
              found.add(local);
            }
            continue;
          }
          Mention m = subjectMention(s, g, e.getDependent());
          if (m != null && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON
              && !found.contains(m.entity())) {
            found.add(m.entity());
          }
        }
      }
      if (found.isEmpty()) {
        Mention m = danglingClauseSubject(s, g, w);
        if (m != null && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON) {
          found.add(m.entity());
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

  /**
   * "to ensure the Government of Russia pays a price for its aggression": the parser often makes the
   * subject of a complement clause without "that" the object of the verb before ("ensure … Government")
   * and hangs the clause's verb loosely (dep) with no subject; the object phrase that ends right before
   * such a verb is its subject. The mention it names (through {@link #subjectMention}), or null.
   */
  private Mention danglingClauseSubject(int s, SemanticGraph g, IndexedWord verb) {
    if (verb.tag() == null || !verb.tag().startsWith("VB")
        || g.incomingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("dep"))
        || g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
      return null;
    }
    IndexedWord x = g.getNodeByIndexSafe(verb.index() - 1);
    for (int depth = 0; x != null && depth < 3; depth++) {
      IndexedWord here = x;
      if (g.incomingEdgeList(here).stream().anyMatch(e -> e.getRelation().toString().equals("obj")
          && e.getGovernor().index() < here.index())) {
        return here.tag() != null && here.tag().startsWith("NN") ? subjectMention(s, g, here) : null;
      }
      SemanticGraphEdge up = g.incomingEdgeList(x).stream()
          .filter(e -> { String r = e.getRelation().toString();
            return r.startsWith("nmod") || r.equals("compound") || r.equals("amod"); })
          .findFirst().orElse(null);
      x = up == null || up.getGovernor().index() > x.index() ? null : up.getGovernor();
    }
    return null;
  }

  /**
   * The mention a subject word names: its own, else that of a demonym, name or possessor modifying it
   * ("Palestinian prisoners rioted …, setting fire to their mattresses": the prisoners' "their";
   * "Ukraine's position to defend its independence": Ukraine's "its").
   */
  private Mention subjectMention(int s, SemanticGraph g, IndexedWord subject) {
    Mention m = doc.mentionAt(s, subject.index() - 1);
    if (m != null || lex.contains("relational_nouns", subject.lemma())) {
      // "America's allies, like Germany, are weighing their ties": the allies are not America.
      return m;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(subject)) {
      String rel = e.getRelation().toString();
      // "ensure the Government of Russia pays for its aggression": a government noun's state after "of".
      boolean ofGovernment = rel.equals("nmod:of") && lex.contains("government_nouns", subject.lemma());
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || ofGovernment) {
        Mention d = doc.mentionAt(s, e.getDependent().index() - 1);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The state or organisation nearest before token t that stands as the subject of some clause. */
  private Entity nearestSubjectBefore(int s, int t) {
    SemanticGraph g = doc.graph(s);
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
  int numberBefore(int s, int t) {
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
  List<Entity> previousActors(int s, int t, int n) {
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

  /**
   * The parties of the sentences just before {@code s}: the sides {@code sides} gives for the nearest
   * of the {@link #PARTY_SENTENCES} sentences before it that has at least two ("Blinken spoke with Le
   * Drian … They discussed …"); only within its paragraph unless {@code acrossParagraphs}. Past those, up
   * to {@link #MEETING_SENTENCES} back, the sides of a meeting, call or visit the sentences between carry
   * on from ("A met B. The Secretary thanked … The Secretary noted … Both leaders agreed …"), when no
   * sentence between reports two or more other sides. {@code count}, when not 0, is how many the phrase
   * says there are ("the two leaders"); then, when no such sentence is found, the sides named one by one
   * before ({@link #sidesNamed}). A {@code pronoun} ("they") takes up no parties across a plural subject
   * that stands for people of no state ("The protesters were detained. They …"), nor across another
   * speaker's transcript turn; past the near sentences, only a meeting of two.
   */
  List<Entity> participants(int s, int count, boolean acrossParagraphs, boolean pronoun, MainClauseSides sides,
      UnaryOperator<Entity> sideOf) {
    for (int si = s - 1; si >= Math.max(0, s - MEETING_SENTENCES) && (acrossParagraphs || !paragraphBreakAfter(si)); si--) {
      if (sides.opensTurn(si + 1)) {
        // "QUESTION: … MR PRICE: They …": whom the other speaker's turn named is not the parties here.
        break;
      }
      if (pronoun && sides.groupSubject(si)) {
        return List.of();
      }
      List<Entity> found = sides.of(si);
      if (found.size() >= 2) {
        boolean near = si >= s - PARTY_SENTENCES;
        if (!near && !(sides.meeting(si) && (count > 1 || found.size() == 2))) {
          break;
        }
        return count == 0 || found.size() == count ? found : List.of();
      }
    }
    return count > 1 ? sidesNamed(s, count, acrossParagraphs, sideOf) : List.of();
  }

  /**
   * "X led the Indian delegation. Y, Z and W led the U.S. delegation. The two sides agreed …": when no
   * sentence before names the parties together, the sides (a person as whom they represent) named in
   * the sentences just before, gathered back from {@code s} until there are exactly {@code count}; none
   * when a sentence brings more. The count is what keeps this from guessing. {@code sideOf} gives the
   * side an actor is of (a person's or a government body's state), or null for none.
   */
  private List<Entity> sidesNamed(int s, int count, boolean acrossParagraphs, UnaryOperator<Entity> sideOf) {
    List<Entity> found = new ArrayList<>();
    for (int si = s - 1; si >= Math.max(0, s - COUNTED_PARTY_SENTENCES) && (acrossParagraphs || !paragraphBreakAfter(si)); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = toks.size() - 1; ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m == null || m.end() - 1 != ti || !m.entity().kind().isActor()) {
          continue;
        }
        Entity side = sideOf.apply(m.entity());
        if (side != null && side.kind().isActor() && !found.contains(side)) {
          found.add(0, side);
        }
      }
      if (found.size() > count) {
        return List.of();
      }
    }
    return found.size() == count ? found : List.of();
  }

  static final int PARTY_SENTENCES = 3;
  /**
   * How far back a meeting's parties are still taken up: a readout's sentences on what one side said
   * ("The Secretary thanked …", "The Secretary noted …") come between its meeting sentence and "Both
   * leaders agreed …" (statedept dev: five between).
   */
  static final int MEETING_SENTENCES = 8;
  /** How far back a counted phrase ("the two sides") gathers the sides named one by one. */
  static final int COUNTED_PARTY_SENTENCES = 6;
  /** The dependents of a meeting verb that name its other parties besides the subject: object, with-party. */
  static final Set<String> PARTY_RELATIONS = Set.of("obj", "iobj", "obl:with", "nmod:with", "obl:agent", "nmod:agent");

  /** Whether a blank line separates sentence {@code si} from the next. */
  boolean paragraphBreakAfter(int si) {
    if (si + 1 >= doc.sentences().size()) {
      return false;
    }
    Integer end = doc.sentences().get(si).get(edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation.class);
    Integer next = doc.sentences().get(si + 1)
        .get(edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    if (end == null || next == null) {
      return false;
    }
    String gap = doc.document().content().substring(Math.min(end, next), next);
    return gap.indexOf('\n') != gap.lastIndexOf('\n');
  }

  /**
   * The nearest mention before token t (this sentence, then up to two before, in its paragraph) of the
   * kind, or any non-person actor.
   */
  private Entity previous(int s, int t, EntityKind kind) {
    return previous(s, t, kind, false);
  }

  /**
   * As {@link #previous(int, int, EntityKind)}; for a {@code plural} pronoun not a name that only modifies
   * a singular common noun ("who endure this Russian invasion. We stand with them": not Russia).
   */
  private Entity previous(int s, int t, EntityKind kind, boolean plural) {
    return previous(s, t, kind, plural, null);
  }

  /**
   * As {@link #previous(int, int, EntityKind, boolean)}, passing over persons known to be of the gender
   * other than {@code gender} ("her" after "President X met Minister Ana Ruiz … her": not X).
   */
  private Entity previous(int s, int t, EntityKind kind, boolean plural, PersonGender gender) {
    // Not past the start of the paragraph: a new paragraph does not continue the last one's actors.
    for (int si = s; si >= Math.max(0, s - 2) && (si == s || !paragraphBreakAfter(si)); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m == null && plural && si < s && pluralThing(si, ti)) {
          // "Prime Minister X has made important efforts to … We applaud them.": the plural pronoun takes
          // up the things the clause before names, not an actor named further back.
          return null;
        }
        if (m == null || !m.entity().kind().isActor()) {
          continue;
        }
        if (plural && (modifiesSingularNoun(si, m) || singularRegion(si, m))) {
          ti = m.begin();
          continue;
        }
        if (PersonGender.other(m.entity(), gender)) {
          ti = m.begin();
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
   * Whether relative "which"/"that" at token t of sentence s follows a common noun that no actor mention
   * covers, with only punctuation, a conjunction or a preposition between.
   */
  private boolean thingBefore(int s, int t) {
    String word = doc.tokens(s).get(t).word().toLowerCase(Locale.ROOT);
    if (!word.equals("which") && !word.equals("that")) {
      return false;
    }
    List<CoreLabel> toks = doc.tokens(s);
    for (int ti = t - 1; ti >= 0; ti--) {
      String tag = toks.get(ti).tag();
      if (tag == null) {
        return false;
      }
      if (tag.equals(",") || tag.equals("CC") || tag.equals("IN") || tag.equals("TO")) {
        continue;
      }
      return tag.startsWith("NN") && !tag.startsWith("NNP") && doc.mentionAt(s, ti) == null;
    }
    return false;
  }

  /**
   * Whether token {@code ti} of sentence {@code si} is a plural common noun that is a clause's subject or
   * object and stands for things, not actors: no word for parties, collectives or states, and no actor
   * among its modifiers ("important efforts", "the treaties"; not "Ukrainian soldiers", "the two sides",
   * "officials from Chile").
   */
  private boolean pluralThing(int si, int ti) {
    SemanticGraph g = doc.graph(si);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(ti + 1);
    if (w == null || !"NNS".equals(w.tag())) {
      return false;
    }
    String lemma = w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    if (lex.contains("party_nouns", lemma) || lex.contains("collective_nouns", lemma)
        || lex.contains("party_state_nouns", lemma) || lex.contains("force_nouns", lemma)
        || lex.contains("government_nouns", lemma)) {
      return false;
    }
    boolean argument = g.incomingEdgeList(w).stream().map(e -> e.getRelation().toString())
        .anyMatch(r -> r.startsWith("nsubj") || r.equals("obj"));
    if (!argument) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (doc.mentionAt(si, e.getDependent().index() - 1) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether mention {@code m} of sentence {@code si} is an adjective or a name before a singular common
   * noun that it modifies ("the Russian invasion", "the Russian government"), which a plural pronoun
   * cannot take up.
   */
  private boolean modifiesSingularNoun(int si, Mention m) {
    List<CoreLabel> toks = doc.tokens(si);
    if (m.end() >= toks.size()) {
      return false;
    }
    String next = toks.get(m.end()).tag();
    String own = toks.get(m.end() - 1).tag();
    return "NN".equals(next) && own != null && (own.startsWith("JJ") || own.startsWith("NNP"));
  }

  /**
   * Whether mention {@code m} of sentence {@code si} is a region named as a place, not as its states ("a
   * free and open Indo-Pacific", "the Gulf"; not "the Baltic states" or "Gulf partners", whose last word
   * is plural), which a plural pronoun cannot take up.
   */
  private boolean singularRegion(int si, Mention m) {
    if (m.entity().kind() != EntityKind.REGION) {
      return false;
    }
    String own = doc.tokens(si).get(m.end() - 1).tag();
    return own == null || !own.endsWith("S");
  }

  /** The person pronouns that, in an adjunct put before the clause's subject, point forward to it. */
  private static final Set<String> FRONTED_PERSON_PRONOUNS = Set.of("his", "her", "he", "she");

  /**
   * The person the subject of the clause stands for when token t (a possessive, or the subject of an
   * adverbial clause) sits in a dependent of that clause put before its subject ("During his stop in
   * Riga, the Secretary met …", "After he arrived in Riga, Secretary Clark met …"); null otherwise. The
   * subject is a named person or a definite title phrase ("the Secretary": the last person named with
   * that title).
   */
  private Entity frontedSubject(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    if (w == null) {
      return null;
    }
    String own = g.incomingEdgeList(w).stream().map(e -> e.getRelation().toString()).findFirst().orElse("");
    if (!own.equals("nmod:poss") && !own.startsWith("nsubj")) {
      return null;
    }
    IndexedWord v = w;
    for (int depth = 0; depth < 6; depth++) {
      SemanticGraphEdge up = Clauses.governingEdge(g, v);
      if (up == null) {
        return null;
      }
      String rel = up.getRelation().toString();
      IndexedWord gov = up.getGovernor();
      boolean adjunct = rel.startsWith("obl") || rel.startsWith("advcl");
      if (adjunct && gov.index() > w.index()) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
          String r = e.getRelation().toString();
          IndexedWord d = e.getDependent();
          if ((r.equals("nsubj") || r.equals("nsubj:pass")) && d.index() > v.index() && d.index() < gov.index()) {
            return personOfSubject(s, g, d);
          }
        }
      }
      v = gov;
    }
    return null;
  }

  /** The person a subject node names: a named person or a definite title phrase; null otherwise. */
  private Entity personOfSubject(int si, SemanticGraph g, IndexedWord d) {
    Mention m = doc.mentionAt(si, d.index() - 1);
    if (m != null) {
      return m.entity().kind() == EntityKind.PERSON ? m.entity() : null;
    }
    if (d.tag() != null && d.tag().startsWith("NNP") && definite(g, d)) {
      List<Entity> titled = personsTitled(si, d.index() - 1, titleWords(g, d), false);
      return titled.isEmpty() ? null : titled.get(0);
    }
    return null;
  }

  /** Whether noun {@code d} has the determiner "the" ("the Secretary"). */
  private static boolean definite(SemanticGraph g, IndexedWord d) {
    return g.outgoingEdgeList(d).stream()
        .anyMatch(e -> e.getRelation().toString().equals("det") && e.getDependent().word().equalsIgnoreCase("the"));
  }

  /** The lower-case words of the title phrase headed by {@code d}: its compounds, then itself ("deputy", "secretary"). */
  private static List<String> titleWords(SemanticGraph g, IndexedWord d) {
    List<String> words = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
      if (e.getRelation().toString().equals("compound")) {
        words.add(e.getDependent().word().toLowerCase(Locale.ROOT));
      }
    }
    words.add(d.word().toLowerCase(Locale.ROOT));
    return words;
  }

  /** Whether title node d of sentence si names a state's office with "of" ("the president of Ukraine"). */
  private boolean officeOfState(int si, SemanticGraph g, IndexedWord d) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(d)) {
      if (e.getRelation().toString().equals("nmod:of")) {
        Mention m = doc.mentionAt(si, e.getDependent().index() - 1);
        if (m != null && m.entity().kind() == EntityKind.STATE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The nearest person before token t known to be of {@code gender}: in this sentence, then the one
   * before in its paragraph; null if none.
   */
  private Entity previousOfGender(int s, int t, PersonGender gender) {
    for (int si = s; si >= Math.max(0, s - 1) && (si == s || !paragraphBreakAfter(si)); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m != null && m.entity().kind() == EntityKind.PERSON && gender != null
            && PersonGender.of(m.entity()) == gender) {
          return m.entity();
        }
      }
    }
    return null;
  }

  /** What {@link #continuedSubject} gives for a subject title phrase that no person named carries. */
  private static final Entity UNTOLD = new Entity(EntityKind.PERSON, "untold-title-holder", "untold");

  /** The person pronouns that, as a clause's subject, continue the subject before them. */
  private static final Set<String> SUBJECT_PERSON_PRONOUNS = Set.of("he", "she");
  /** How many subject pronouns back {@link #continuedSubject} follows a chain ("He … He … he"). */
  private static final int SUBJECT_CHAIN = 4;

  /**
   * Whether the nearest word before token t of sentence s (in it or the two sentences before) that
   * stands for person p, by name or in CoreNLP's coreference chain, is a clause's subject.
   */
  private boolean lastNamedAsSubject(int s, int t, Entity p) {
    for (int si = s; si >= Math.max(0, s - 2); si--) {
      int size = doc.tokens(si).size();
      for (int ti = (si == s ? t : size) - 1; ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (p.equals(corefAntecedents.get(key(si, ti))) || (m != null && p.equals(m.entity()))) {
          int head = m != null && p.equals(m.entity()) ? m.end() - 1 : ti;
          return subjectNotObject(si, head) || subjectNotObject(si, ti);
        }
      }
    }
    return true;
  }

  /**
   * Whether node d is also a verb's object: "hold Putin accountable", "urged Maduro to stop", where
   * enhanced++ makes the object the controlled subject of the complement too; no subject a later "he" continues.
   */
  private static boolean alsoObject(SemanticGraph g, IndexedWord d) {
    for (SemanticGraphEdge e : g.incomingEdgeList(d)) {
      String rel = e.getRelation().toString();
      IndexedWord head = e.getGovernor();
      if (rel.equals("obj") || rel.equals("iobj")) {
        return true;
      }
      // "hold X accountable" parsed as a small clause: the subject of a predicate with no verb or copula
      // of its own, under a verb, is that verb's object in all but name.
      if (rel.startsWith("nsubj") && head.tag() != null && !head.tag().startsWith("VB")
          && g.outgoingEdgeList(head).stream().noneMatch(f -> f.getRelation().toString().equals("cop"))
          && g.incomingEdgeList(head).stream().anyMatch(f -> f.getRelation().toString().equals("xcomp")
              || f.getRelation().toString().equals("ccomp"))) {
        return true;
      }
    }
    return false;
  }

  private boolean subjectNotObject(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    return w != null && isSubject(s, t) && !alsoObject(g, w);
  }

  /** Whether token t of sentence s is a clause's subject. */
  private boolean isSubject(int s, int t) {
    SemanticGraph g = doc.graph(s);
    IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
    return w != null && g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
  }

  /**
   * The person the nearest clause subject before token t stands for (this sentence, then up to two
   * before, in its paragraph): a named person, a definite title phrase ("the Secretary": the last
   * person named with that title) or the same subject pronoun again, followed back; null when the
   * nearest subject that is a person cannot be told, so the caller falls back to the nearest person.
   */
  private Entity continuedSubject(int s, int t, String word, int depth) {
    for (int si = s; si >= Math.max(0, s - 2) && (si == s || !paragraphBreakAfter(si)); si--) {
      SemanticGraph g = doc.graph(si);
      if (g == null) {
        continue;
      }
      List<IndexedWord> subjects = new ArrayList<>();
      for (SemanticGraphEdge e : g.edgeIterable()) {
        IndexedWord d = e.getDependent();
        if (e.getRelation().toString().startsWith("nsubj") && (si != s || d.index() - 1 < t) && !subjects.contains(d)
            && !alsoObject(g, d)) {
          subjects.add(d);
        }
      }
      subjects.sort((a, b) -> Integer.compare(b.index(), a.index()));
      for (IndexedWord d : subjects) {
        int ti = d.index() - 1;
        Mention m = doc.mentionAt(si, ti);
        if (m != null) {
          if (m.entity().kind() == EntityKind.PERSON) {
            return m.entity();
          }
          continue;
        }
        String w = d.word().toLowerCase(Locale.ROOT);
        if (w.equals(word)) {
          return depth < SUBJECT_CHAIN ? continuedSubject(si, ti, word, depth + 1) : null;
        }
        if (PERSON_PRONOUNS.contains(w)) {
          return null;
        }
        boolean title = d.tag().startsWith("NNP") || doc.titleAt(si, ti) != null;
        if (definite(g, d) && title && !d.tag().endsWith("S")) {
          if (officeOfState(si, g, d)) {
            // "the president of Ukraine also said … he called it …": the pronoun continues that state's
            // office holder, whom the text may not name; not the last person named with the bare title
            // (the president of another state).
            return UNTOLD;
          }
          List<Entity> titled = personsTitled(si, ti, titleWords(g, d), false);
          if (!titled.isEmpty()) {
            return titled.get(0);
          }
          if (doc.titleAt(si, ti) != null) {
            // "the President", "the foreign minister" as the subject: a person the text names with no
            // one of that title; the pronoun continues that person, whom the text does not name: in a
            // state's own release, the one holder of that office of the publisher on the document's
            // date, if the tables give exactly one; else no one.
            Entity holder = holders.holder(titleWords(g, d));
            return holder != null ? holder : UNTOLD;
          }
        }
      }
    }
    return null;
  }

  /**
   * "these nations": the last list of states named before it ("Kuwait, Saudi Arabia and the UAE"),
   * in this sentence or the one before.
   */
  List<Entity> previousStates(int s, int t) {
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

  /**
   * "the regime", "the Council": what the nearest phrase before token t with the same head noun stood
   * for ("the Lukashenka regime", "the Arctic Council"), in its sentence or the {@link #SAME_HEAD_SENTENCES}
   * before. A named organisation ending in the noun counts; other phrases only when {@code named} is
   * false, through {@code resolveAt} (sentence, node: the actors that phrase stands for).
   */
  List<Entity> sameHead(int s, int t, String lemma, boolean named, BiFunction<Integer, IndexedWord, List<Entity>> resolveAt) {
    for (int si = s; si >= Math.max(0, s - SAME_HEAD_SENTENCES); si--) {
      List<CoreLabel> toks = doc.tokens(si);
      SemanticGraph g = doc.graph(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        if (!lemma.equalsIgnoreCase(toks.get(ti).lemma()) && !sameRegime(lemma, toks.get(ti).lemma())) {
          continue;
        }
        Mention m = doc.mentionAt(si, ti);
        if (m != null) {
          if (m.end() - 1 == ti && m.entity().kind().isActor() && m.entity().kind() != EntityKind.PERSON) {
            return List.of(m.entity());
          }
          continue;
        }
        IndexedWord w = g == null || named ? null : g.getNodeByIndexSafe(ti + 1);
        List<Entity> found = w == null ? List.of() : resolveAt.apply(si, w);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether two head nouns both name a ruling clique (lexicon {@code regime_nouns}): "the military regime"
   * takes up "the military junta in Myanmar" a sentence before, as a release varies the word.
   */
  private boolean sameRegime(String a, String b) {
    return a != null && b != null && lex.contains("regime_nouns", a.toLowerCase(Locale.ROOT))
        && lex.contains("regime_nouns", b.toLowerCase(Locale.ROOT));
  }

  /** How far back "the regime" looks for the phrase it takes up: a release's paragraphs are long. */
  static final int SAME_HEAD_SENTENCES = 6;

  /**
   * "the Deputy Secretary", "the Vice Foreign Ministers": the persons before token t whose title has
   * every word of the phrase ({@code words}, lower-case lemmas): the last one, or for a plural phrase
   * all of them, in the text's order, when there are two or more.
   */
  List<Entity> personsTitled(int s, int t, List<String> words, boolean plural) {
    if (!plural) {
      // "UK Foreign Secretary X … The Secretary reaffirmed": a title that starts with the phrase's words
      // ("Secretary of State") is the one the bare phrase names, over a nearer title in which a modifier
      // comes before them ("Foreign Secretary", "Deputy Secretary": another office).
      Entity first = null;
      for (Entity e : personsTitledAll(s, t, words)) {
        List<String> titleWords = List.of(doc.personTitles().get(e).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (titleWords.size() >= words.size() && titleWords.subList(0, words.size()).equals(words)) {
          return List.of(e);
        }
        first = first == null ? e : first;
      }
      return first == null ? List.of() : List.of(first);
    }
    // In the order the text names them: "The Vice Foreign Ministers" after "Korea's Cho … and Japan's
    // Mori" are Cho and Mori, and parties written once per pair are written from the one named first.
    List<Entity> all = new ArrayList<>(personsTitledAll(s, t, words));
    java.util.Collections.reverse(all);
    return all.size() >= 2 ? all : List.of();
  }

  /** Every person before token t (nearest first) whose title has every word of the phrase. */
  private List<Entity> personsTitledAll(int s, int t, List<String> words) {
    List<Entity> found = new ArrayList<>();
    for (int si = s; si >= 0; si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        String title = m == null || m.entity().kind() != EntityKind.PERSON ? null : doc.personTitles().get(m.entity());
        if (title == null || found.contains(m.entity()) || pastHolder.test(m.entity())) {
          // A former holder ("Donald Trump" in a 2021 release) is not "the President" of the text.
          continue;
        }
        List<String> titleWords = List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (titleWords.containsAll(words) && !lesserOffice(titleWords, words)) {
          found.add(m.entity());
        }
      }
    }
    return found;
  }

  /**
   * Whether a title names an office below the one a bare phrase names: a word of {@code
   * lesser_office_modifiers} the phrase lacks ("Assistant Secretary", "Deputy Secretary" for "the
   * Secretary"). In a briefing the briefer is often an assistant secretary, and "the Secretary" his
   * principal, whether or not the text named him before.
   */
  private boolean lesserOffice(List<String> titleWords, List<String> phraseWords) {
    for (String w : titleWords) {
      if (lex.contains("lesser_office_modifiers", w) && !phraseWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "the president": the last person before it given that title in this document. */
  Entity previousPersonTitled(int s, int t, String titleWord) {
    for (int si = s; si >= 0; si--) {
      List<CoreLabel> toks = doc.tokens(si);
      for (int ti = (si == s ? t - 1 : toks.size() - 1); ti >= 0; ti--) {
        Mention m = doc.mentionAt(si, ti);
        if (m != null && m.entity().kind() == EntityKind.PERSON) {
          String title = doc.personTitles().get(m.entity());
          if (title != null && title.toLowerCase(Locale.ROOT).contains(titleWord.toLowerCase(Locale.ROOT))
              && !lesserOffice(List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")),
                  List.of(titleWord.toLowerCase(Locale.ROOT)))) {
            return m.entity();
          }
        }
      }
    }
    return null;
  }
}
