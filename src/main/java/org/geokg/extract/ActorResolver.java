package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.geokg.link.Place;

/**
 * Finds the actors a dependency node stands for: the entity named there (a city acted on or acting:
 * the state that holds it; a city where something happens: none); for a pronoun, its antecedent
 * ({@link Antecedents}); for a descriptive noun ("France's president", "the foreign secretary of
 * India", "these nations"), the actors that modify it. Coordination is already spread by the
 * enhanced++ dependencies.
 *
 * <p>The entry point for the rules; the readings it delegates, each calling back into {@link #resolve}:
 * {@link PronounReferents} (pronouns), {@link ClauseSubjects} (who acts in a clause with no subject),
 * {@link ActorTargets} (whom an object naming no actor is aimed at), {@link CreditedParties} (whom a verb
 * credits or blames), {@link MainClauseSides} (the parties a sentence reports), and the token cues of
 * {@link NounPhrases}. One instance per document: it keeps whom persons represent, the leading actor, and
 * per-sentence caches.
 */
final class ActorResolver {
  private final LinkedDocument doc;
  private final Lexicons lex;
  private final Gazetteer gazetteer;
  private final Antecedents antecedents;
  private final FirstPerson firstPerson;
  private final CreditedParties credited;
  private final ClauseSubjects subjects;
  private final MainClauseSides sides;
  private final ActorTargets targets;
  private final NounPhrases phrases;
  private final PronounReferents pronouns;
  private Map<Entity, Entity> represented = Map.of();
  // Whether represented is the document's own (mutable) map, which office holders may join.
  private boolean linked;
  // The publisher's office holders looked up by their title's words, and those a phrase resolved to.
  private final Map<List<String>, Entity> holderOf = new HashMap<>();
  private final Map<Entity, Entity> holdersUsed = new LinkedHashMap<>();
  private Entity lead;
  // Sentences where "the administration" went unresolved for want of a leading actor.
  private final BitSet wantedLead = new BitSet();

  /** With the speakers of the document's quotations, so that a quoted "we" is the speaker's side. */
  ActorResolver(LinkedDocument doc, Lexicons lex, Gazetteer gazetteer, QuoteSpeakers quotes) {
    this.doc = doc;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.antecedents = new Antecedents(doc, lex);
    antecedents.setPastHolder(this::pastHolder);
    antecedents.setOfficeHolders(this::officeHolder);
    this.firstPerson = new FirstPerson(doc, lex, gazetteer, quotes);
    this.phrases = new NounPhrases(doc, lex, gazetteer, antecedents);
    this.credited = new CreditedParties(doc, lex, this);
    this.subjects = new ClauseSubjects(lex, this, credited);
    this.sides = new MainClauseSides(doc, lex, this);
    this.targets = new ActorTargets(lex, this);
    this.pronouns = new PronounReferents(antecedents, firstPerson, phrases, sides, credited, this);
  }

  /** Whom each person represents, so "the Russian chief" can find Putin. */
  void setRepresented(Map<Entity, Entity> represented) {
    this.represented = represented;
    this.linked = true;
    antecedents.setRepresented(represented);
    firstPerson.setRepresented(represented);
    sides.clear();
  }

  /** Who says "we" outside quotations: the authors a release's attribution names, else its publisher. */
  FirstPerson firstPerson() {
    return firstPerson;
  }

  /** The actor a person represents, or null. */
  Entity represented(Entity person) {
    return represented.get(person);
  }

  /** The document's leading actor: what "the administration" or "the government" alone means. */
  void setLead(Entity lead) {
    this.lead = lead;
    sides.clear();
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
    return subjects.of(s, g, trigger);
  }

  /** The owner of the decision noun right before an infinitive trigger, or null: {@link ClauseSubjects#decisionOwner}. */
  List<Entity> decisionOwner(int s, SemanticGraph g, IndexedWord trigger) {
    return subjects.decisionOwner(s, g, trigger);
  }

  /** The actors node {@code w} of sentence {@code s} stands for; empty if none. */
  List<Entity> resolve(int s, SemanticGraph g, IndexedWord w) {
    Set<Entity> out = new LinkedHashSet<>();
    resolve(s, g, w, out, 0);
    return new ArrayList<>(out);
  }

  /**
   * The actors of subject node {@code w} and of the nouns coordinated after it ({@link CoordinatedNouns}):
   * "Deputy Secretary Sherman and her counterparts" stands for Sherman and the counterparts, both, also
   * for a second verb the parser gives only the first conjunct as its subject. A region so joined ("Norway
   * and the Arctic region agreed to cooperate") is where the act is, no party to it; nor is a person so
   * joined whom the text ties to no state or body: a pair of such a person stands for no two sides.
   */
  List<Entity> resolveJoined(int s, SemanticGraph g, IndexedWord w) {
    Set<Entity> out = new LinkedHashSet<>();
    resolve(s, g, w, out, 0);
    for (IndexedWord c : CoordinatedNouns.after(g, w)) {
      for (Entity e : resolve(s, g, c)) {
        if (e.kind() != EntityKind.REGION && !(e.kind() == EntityKind.PERSON && sideOf(e) == null)) {
          out.add(e);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The state an apposed list member names: its own mention, or for "the Kingdom of Denmark" the state
   * after "of"; null for anything else (a title, a capital, a description).
   */
  private Entity listedState(int s, SemanticGraph g, IndexedWord d, Mention dm) {
    // A list's member follows a comma; "Cyprus (ROC)" or "Korea (ROK)" in brackets is another name.
    int start = d.index();
    for (SemanticGraphEdge f : g.outgoingEdgeList(d)) {
      String rel = f.getRelation().toString();
      if (rel.equals("det") || rel.equals("compound") || rel.equals("amod")) {
        start = Math.min(start, f.getDependent().index());
      }
    }
    if (start < 2 || !",".equals(doc.tokens(s).get(start - 2).word())) {
      return null;
    }
    if (dm != null) {
      return dm.entity().kind() == EntityKind.STATE ? dm.entity() : null;
    }
    if (!"NNP".equals(d.tag())) {
      return null;
    }
    for (SemanticGraphEdge f : g.outgoingEdgeList(d)) {
      Mention om = doc.mentionAt(s, f.getDependent().index() - 1);
      if (f.getRelation().toString().equals("nmod:of") && om != null && om.entity().kind() == EntityKind.STATE) {
        return om.entity();
      }
    }
    return null;
  }

  /**
   * "the Paris Agreement", "the Minsk agreements", "the Vienna Convention": a city on a noun of lexicon
   * {@code treaty_nouns} names where the instrument was made, not a party to it or a target of an act on it.
   */
  private boolean namesInstrument(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      IndexedWord head = e.getGovernor();
      if (e.getRelation().toString().equals("compound") && head.index() > w.index()
          && lex.contains("treaty_nouns", (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors an object node stands for, as {@link #resolve}; when it stands for none, those it is
   * aimed at ("further action against Russia", "sanctions on Iran": {@link ActorTargets}).
   */
  List<Entity> resolveTarget(int s, SemanticGraph g, IndexedWord w) {
    return targets.of(s, g, w);
  }

  /** The actors a stance or tie whose object is node {@code w} is held toward: {@link ActorTargets#heldToward}. */
  List<Entity> resolveHeldToward(int s, SemanticGraph g, IndexedWord w) {
    return targets.heldToward(s, g, w);
  }

  /**
   * Adds to {@code out} the actors node {@code w} stands for, {@code depth} steps below the node first
   * asked about: at depth 0 only, coordinated names and the owners of a thing count ("praised Haiti's
   * efforts"); deeper than 2, only names and pronouns.
   */
  void resolve(int s, SemanticGraph g, IndexedWord w, Set<Entity> out, int depth) {
    int t = w.index() - 1;
    Mention m = doc.mentionAt(s, t);
    if (m != null) {
      if (m.entity().kind() == EntityKind.PLACE) {
        // Event data's convention: a city acted on or acting stands for the state that holds it
        // ("shelled Donetsk" targets Ukraine); where something happens ("talks in Vienna") it is the
        // event's location, never an actor.
        Place p = doc.placeAt(s, t);
        if (p != null && !EventLocation.locative(g, w, gazetteer) && !namesInstrument(g, w)) {
          gazetteer.entity(EntityKind.STATE, p.iso3()).ifPresent(out::add);
        }
        return;
      }
      if (m.entity().kind() == EntityKind.INFRASTRUCTURE) {
        out.add(m.entity());
        return;
      }
      if (m.entity().kind().isActor()) {
        out.add(m.entity());
        if (depth == 0) {
          // Plain "dep" or "appos" edges are not spread over coordination by enhanced++.
          for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            Mention cm = doc.mentionAt(s, e.getDependent().index() - 1);
            if (rel.startsWith("conj") && cm != null && cm.entity().kind().isActor()) {
              out.add(cm.entity());
            } else if (rel.equals("appos") && m.entity().kind() == EntityKind.STATE) {
              // "Canada, the Kingdom of Denmark, Finland, and the United States condemn …": the parser
              // takes the list's members after the first for its appositions; another state is never a
              // state's apposition, so it is one more member ("the Kingdom of Denmark" by its "of").
              Entity member = listedState(s, g, e.getDependent(), cm);
              if (member != null && !member.equals(m.entity())) {
                out.add(member);
              }
            } else if (rel.startsWith("nmod:") && m.entity().kind() == EntityKind.GROUP && "NNS".equals(w.tag())
                && gazetteer.groupPlacePrepositions().contains(rel.substring("nmod:".length()))
                && cm != null && cm.entity().kind() == EntityKind.STATE) {
              // "engaged with the governments of Kosovo and Serbia", "met officials from A, B, and C": the
              // linker makes the plural noun the first state's group (its token can hold one mention); the
              // states coordinated with that one are groups of the same sector too, one each (session 28).
              addListedGroups(s, g, w, e.getDependent(), out);
            } else if (m.entity().kind() == EntityKind.GROUP && (rel.equals("compound") || rel.equals("amod"))
                && cm != null && cm != m && cm.entity().kind() == EntityKind.GROUP) {
              // "US and British activists": the linker made each coordinated state a group of the head's sector.
              out.add(cm.entity());
            }
          }
        }
      }
      return;
    }
    String tag = w.tag() == null ? "" : w.tag();
    if (PronounReferents.isPronoun(tag)) {
      pronouns.resolve(s, g, w, out);
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
    int count = antecedents.numberBefore(s, t);
    if (tag.equals("NNS") && lex.contains("party_state_nouns", w.lemma()) && (count == 2 || ownedByUs(g, w))) {
      // "Secretary X and Foreign Minister Y discussed the partnership between our countries", "… both
      // nations": the sides of the clause's subject parties, not the publisher alone.
      List<Entity> sides = new ArrayList<>();
      for (Entity p : pronouns.subjectParties(s, g, w)) {
        // A person of no known side stands for their side, as the parties of "their" do.
        Entity side = sideOf(p) == null ? p : sideOf(p);
        if (!sides.contains(side)) {
          sides.add(side);
        }
      }
      if (sides.size() >= 2 && (count == 0 || sides.size() == count)) {
        out.addAll(sides);
        return;
      }
    }
    // A numeral stands for counted parties only with a determiner of its own ("the two discussed", "all
    // three agreed"): a bare one counts items of a list ("One was to support Ukraine. Two was to put pressure
    // on Russia"), not actors.
    boolean countedNumeral = tag.equals("CD") && (phrases.openedByDefiniteDeterminer(s, t)
        || g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("det")));
    boolean countedParties = count > 1 && (countedNumeral || lex.contains("collective_nouns", w.lemma()));
    // "Participants expressed …" opening a readout's sentence: a few party nouns stand for the parties of
    // the meeting before with no determiner (lexicon bare_party_nouns), as "the participants" does; bare
    // "Officials said" does not, so the list is kept apart from party_nouns (session 29).
    boolean bareParties = bareParties(w);
    if ((countedParties || (lex.contains("party_nouns", w.lemma())
            && (count > 1 || bareParties || (tag.equals("NNS") && phrases.openedByDefiniteDeterminer(s, t)))))
        && !phrases.actorBefore(s, t) && !phrases.hasActorModifier(s, g, w)) {
      // "The two leaders discussed …", "Both sides agreed …", "The two discussed …": the parties of the
      // sentences before, when they are that many; else the last actors named (below).
      // A readout's new paragraph often opens so, after the paragraph that reports the meeting.
      List<Entity> parties = antecedents.participants(s, count > 1 ? count : 0, true, false, sides, this::partySide);
      if (!parties.isEmpty()) {
        out.addAll(parties);
        return;
      }
    }
    if (count > 1 && (lex.contains("collective_nouns", w.lemma()) || countedNumeral)) {
      // "the 2 nations", "both countries": the last that many actors named.
      out.addAll(antecedents.previousActors(s, t, count));
      return;
    }
    if (lex.contains("kin_nouns", w.lemma())) {
      // "the adult children of President X", "the Minister's spouse": a relative is another person, not
      // the one whose relative she is. The relatives' own names after his ("the adult children of
      // President X, A and B") the parser hangs as his conjuncts: those are the relatives.
      List<IndexedWord> owners = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("nmod:of")) {
          owners.add(e.getDependent());
        }
      }
      for (IndexedWord o : owners) {
        boolean named = g.incomingEdgeList(o).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj")
            && owners.contains(e.getGovernor()) && e.getGovernor().index() < o.index());
        if (named) {
          resolve(s, g, o, out, depth + 1);
        }
      }
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
    boolean descriptive = aggression || lex.contains("descriptive_nouns", NounPhrases.commonLemma(w.word(), w.lemma(), tag))
        || doc.titleAt(s, t) != null;
    if (!descriptive) {
      if (depth == 0) {
        // "praised Haiti's efforts", "condemned Russia's decision": an act or thing of an actor
        // stands for the actor when it is what an event is directed at.
        // Also "an Indian proposal", "a US offer", "calls by Belarus's rulers": whose the thing is.
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
          String rel = e.getRelation().toString();
          // "endorsed an agreement with the EU": the other party of the thing.
          // "protecting their infrastructure from Russia's attacks": an aggression after "from" is
          // what the thing is kept from, not whose it is.
          boolean threat = rel.equals("nmod:from") && lex.contains("aggression_nouns", e.getDependent().lemma());
          boolean agentive = (rel.equals("nmod:poss") && !namedModifier) || rel.equals("nmod:by")
              || (rel.equals("nmod:from") && !threat)
              || rel.equals("nmod:with") || rel.equals("nmod:between")
              || ((rel.equals("amod") || rel.equals("compound")) && doc.mentionAt(s, e.getDependent().index() - 1) != null);
          if (agentive) {
            resolve(s, g, e.getDependent(), out, depth + 1);
          }
        }
        if (out.isEmpty() && tag.startsWith("NNP") && phrases.openedByDefiniteDeterminer(s, t)) {
          // "the Council" after "the Arctic Council": the body named before.
          out.addAll(antecedents.sameHead(s, t, w.lemma(), true, this::resolveIn));
        }
      }
      return;
    }
    // "America's allies", "his counterpart": the possessor is the other party, not the referent.
    boolean relational = lex.contains("relational_nouns", w.lemma());
    int before = out.size();
    if (doc.titleAt(s, t) != null) {
      // "Special Envoy for the Horn of Africa Mike Hammer will travel …": the parser may head the phrase
      // with the title and hang the name, after the title's portfolio, on it as "dep"; the title stands
      // for the person it names.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        Mention dm = doc.mentionAt(s, e.getDependent().index() - 1);
        if (e.getRelation().toString().equals("dep") && e.getDependent().index() > w.index() && dm != null
            && dm.entity().kind() == EntityKind.PERSON) {
          out.add(dm.entity());
        }
      }
      if (out.size() > before) {
        return;
      }
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (relational && rel.equals("compound")) {
        // "our NATO Allies", "EU partners", "our Gulf partners": a body or region modifying the noun is
        // whom the partners are (its members); a state so placed is whose they are ("US allies").
        Entity body = phrases.bodyOrRegion(s, e.getDependent());
        if (body != null) {
          out.add(body);
        }
        continue;
      }
      if (relational && rel.equals("nmod:poss")) {
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
    if (tag.equals("NNS") && lex.contains("counterpart_nouns", w.lemma()) && ownedByPronoun(g, w)) {
      // "Deputy Secretary Sherman and her counterparts condemned …" after "Sherman spoke with A and B": her
      // counterparts are the other parties of the call or meeting the sentences before report (session 28).
      List<Entity> theirs = counterparts(s, g, w);
      if (!theirs.isEmpty()) {
        out.addAll(theirs);
        return;
      }
    }
    // "the Secretary and Foreign Minister signed …": a conjunct shares the determiner of the first.
    boolean anaphoric = phrases.openedByDefiniteDeterminer(s, t) || g.incomingEdgeList(w).stream()
        .anyMatch(e -> e.getRelation().toString().startsWith("conj") && e.getGovernor().index() < w.index()
            && e.getGovernor().index() > w.index() - 4 && phrases.openedByDefiniteDeterminer(s, e.getGovernor().index() - 1));
    List<Entity> titled;
    if (anaphoric && lead == null && lex.contains("government_nouns", w.lemma())) {
      wantedLead.set(s);
    }
    if (anaphoric && lead != null && lex.contains("government_nouns", w.lemma())) {
      out.add(lead);
    } else if (anaphoric && lex.contains("collective_nouns", w.lemma())) {
      out.addAll(antecedents.previousStates(s, t));
    } else if (anaphoric && !(titled = phrases.titledPersons(s, t)).isEmpty()) {
      // "The Vice Foreign Ministers and the Deputy Secretary condemned …": the persons so titled before.
      out.addAll(titled);
    } else if (anaphoric && doc.titleAt(s, t) == null && depth == 0) {
      // "the regime" after "the Lukashenka regime": whom that phrase stood for.
      out.addAll(antecedents.sameHead(s, t, w.lemma(), false, this::resolveIn));
      if (out.size() == before) {
        // "The Secretary met with …" in a State Department release that names no secretary: its own.
        Entity p = bareTitle(s, g, w, t);
        if (p != null) {
          out.add(p);
        }
      }
    } else if (anaphoric && doc.titleAt(s, t) != null) {
      Entity p = antecedents.previousPersonTitled(s, t, w.lemma());
      if (p == null) {
        // "the President traveled to Europe", "the Deputy Secretary will travel to …" in a state's release
        // that names no holder: its own.
        p = bareTitle(s, g, w, t);
      }
      if (p != null) {
        out.add(p);
      }
    }
  }

  /** {@link #resolve} in sentence {@code si}, on its own graph. */
  private List<Entity> resolveIn(int si, IndexedWord w) {
    SemanticGraph g = doc.graph(si);
    return g == null ? List.of() : resolve(si, g, w);
  }

  /**
   * Whether person {@code p} held an office of the tables before the document's date and holds none on
   * it ("Donald Trump" in a 2021 release): "the President" of that release is someone else.
   */
  private boolean pastHolder(Entity p) {
    LocalDate day = doc.document().date();
    if (day == null || p.kind() != EntityKind.PERSON) {
      return false;
    }
    List<Gazetteer.PersonRole> roles = gazetteer.roles(p.key());
    return roles.stream().noneMatch(r -> r.heldOn(day)) && roles.stream().anyMatch(r -> r.to() != null && r.to().isBefore(day));
  }

  /**
   * {@link OfficeHolders} for this document: the one person whom the tables give, on the document's date,
   * an office of its publisher (a state) titled with exactly {@code words} (in any order: "prime",
   * "minister"); null if none or several, or before whom persons represent is read. The person found
   * represents the publisher from then on ({@link #officeHoldersUsed}).
   */
  private Entity officeHolder(List<String> words) {
    LocalDate day = doc.document().date();
    Entity publisher = linked && day != null ? firstPerson.publisher().orElse(null) : null;
    if (publisher == null || publisher.kind() != EntityKind.STATE || words.isEmpty()) {
      return null;
    }
    List<String> key = words.stream().map(x -> x.toLowerCase(Locale.ROOT)).sorted().toList();
    Entity holder = holderOf.computeIfAbsent(key, k -> {
      Map<String, String> found = new LinkedHashMap<>();
      gazetteer.persons().forEach((slug, role) -> {
        if (publisher.key().equals(role.represents()) && role.title() != null && role.heldOn(day)
            && k.equals(titleKey(role.title()))) {
          found.putIfAbsent(slug, role.name());
        }
      });
      return found.size() == 1 ? new Entity(EntityKind.PERSON, found.keySet().iterator().next(),
          found.values().iterator().next()) : NO_HOLDER;
    });
    if (holder == NO_HOLDER) {
      return null;
    }
    if (!represented.containsKey(holder)) {
      represented.put(holder, publisher);
      holdersUsed.put(holder, publisher);
    }
    return holder;
  }

  /**
   * The publisher's own office-holder a bare, singular, capitalised title at token {@code t} stands for when the
   * text attached it to no named holder: the one holder the tables give on the document's date of the title
   * itself ("the President") or of the office lexicon {@code publisher_offices} gives it at the publisher's
   * host ("the Secretary" at state.gov: the Secretary of State); with no holder known, an office of that
   * table is still the publisher's, and the publisher stands for it ("the Deputy Secretary"). Null where
   * someone else may be speaking of his own office (a quotation or turn of another side, a question turn:
   * {@link FirstPerson#publisherVoice}), where the title has its own complement ("the Secretary of the
   * Treasury"), and, for a shortened title the lexicon maps, where the sentence names another office with
   * the same word ("Secretary-General Guterres", "Treasury Secretary Yellen"), which it may shorten.
   */
  private Entity bareTitle(int s, SemanticGraph g, IndexedWord w, int t) {
    if (w.tag().endsWith("S") || !Character.isUpperCase(w.word().charAt(0)) || !linked
        || doc.document().date() == null || !firstPerson.publisherVoice(s, t)) {
      return null;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.startsWith("nmod") || rel.equals("appos") || rel.equals("acl") || rel.equals("flat")) {
        return null;
      }
    }
    List<String> words = phraseWords(s, t);
    List<CoreLabel> toks = doc.tokens(s);
    if (t + 1 < toks.size() && (toks.get(t + 1).word().startsWith("-") || toks.get(t + 1).word().equals("of"))) {
      return null;
    }
    // A capitalised noun after it makes a longer title or a name the parser split off: "the Secretary
    // General of the OIC" is no Secretary of State.
    if (t + 1 < toks.size() && toks.get(t + 1).tag().startsWith("NN")
        && Character.isUpperCase(toks.get(t + 1).word().charAt(0))) {
      return null;
    }
    Entity p = officeHolder(words);
    if (p != null) {
      // A title that is the office's whole name ("the President"): another holder of it named in the
      // sentence is someone met or spoken of ("the President's meeting with President Yoon"), and one
      // named before was already preferred (Antecedents.previousPersonTitled).
      return p;
    }
    String office = publisherOffice(words);
    if (office == null) {
      return null;
    }
    // A shortened title ("the Secretary") may shorten another office the sentence names with its word.
    String head = w.word().toLowerCase(Locale.ROOT);
    int first = t - words.size() + 1;
    for (int i = 0; i < toks.size(); i++) {
      if ((i < first || i > t) && toks.get(i).word().toLowerCase(Locale.ROOT).contains(head)) {
        return null;
      }
    }
    p = officeHolder(titleKey(office));
    return p != null ? p : firstPerson.publisher().orElse(null);
  }

  /** The office lexicon {@code publisher_offices} gives title {@code words} at the document's host, or null. */
  private String publisherOffice(List<String> words) {
    String host = Gazetteer.host(doc.document().source()).orElse(null);
    if (host == null || !lex.hasTable("publisher_offices")) {
      return null;
    }
    for (Map<String, String> r : lex.rows("publisher_offices", String.join(" ", words))) {
      String h = r.getOrDefault("host", "").toLowerCase(Locale.ROOT);
      if (!h.isEmpty() && (host.equals(h) || host.endsWith("." + h))) {
        return r.get("office");
      }
    }
    return null;
  }

  /** What {@link #officeHolder} caches for a title no one, or more than one, holds. */
  private static final Entity NO_HOLDER = new Entity(EntityKind.PERSON, "no-office-holder", "none");

  /** A title's words, lower-case and sorted ("Prime Minister": minister, prime). */
  private static List<String> titleKey(String title) {
    return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(x -> !x.isEmpty()).sorted().toList();
  }

  /** The words of the title phrase ending at token t, after its determiner: "the Prime Minister": prime, minister. */
  private List<String> phraseWords(int s, int t) {
    List<CoreLabel> toks = doc.tokens(s);
    List<String> words = new ArrayList<>();
    for (int i = t; i >= 0 && (toks.get(i).tag().startsWith("NN") || toks.get(i).tag().startsWith("JJ")); i--) {
      words.add(0, toks.get(i).word());
    }
    return words;
  }

  /**
   * The publisher's office holders whom a bare title or a pronoun resolved to and whom nothing else in the
   * text made represent anyone, each with the publisher: their {@code represents} claims are still to be
   * written.
   */
  Map<Entity, Entity> officeHoldersUsed() {
    return holdersUsed;
  }

  /**
   * The side a party of talks is of: {@link #sideOf}, and a state's government named as a group ("top
   * Egyptian officials", "the Emirati government") is that state. Kept apart from {@link #sideOf}, which also
   * decides whether an act is domestic: there a government acting on its own state's groups is an event.
   * As the parties of a paragraph, "Kerry met with Prime Minister X and top Egyptian officials. They
   * discussed …" has two sides, not Egypt and its government as a third that talks to Egypt.
   */
  Entity partySide(Entity e) {
    Entity side = sideOf(e);
    if (side != null && side.kind() == EntityKind.GROUP && side.key().endsWith(GOVERNMENT_GROUP)) {
      String state = side.key().substring(0, side.key().length() - GOVERNMENT_GROUP.length());
      return gazetteer.entity(EntityKind.STATE, state).orElse(side);
    }
    return side;
  }

  /**
   * Adds, for each state coordinated with {@code first} (the state after "of", "from", "in" … of the plural
   * group noun {@code noun}: "the governments of A, B and C"), that state's group of the noun's sector, as the linker
   * made the noun the first state's ({@code EntityLinker#linkGroupsByPlace}). A conjunct that is no state
   * (a city, a topic) adds nothing.
   */
  private void addListedGroups(int s, SemanticGraph g, IndexedWord noun, IndexedWord first, Set<Entity> out) {
    String lemma = noun.lemma() == null ? noun.word() : noun.lemma();
    Gazetteer.Sector sector = gazetteer.sectors().get(lemma.toLowerCase(Locale.ROOT));
    if (sector == null) {
      return;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
      Mention cm = doc.mentionAt(s, e.getDependent().index() - 1);
      if (e.getRelation().toString().startsWith("conj") && cm != null && cm.entity().kind() == EntityKind.STATE) {
        out.add(sector.groupOf(cm.entity()));
      }
    }
  }

  /** The key ending of a state's government group (Gazetteer.Sector#groupOf with the sector GOV). */
  private static final String GOVERNMENT_GROUP = "-GOV";

  /**
   * Whether noun {@code w} is a bare plural of lexicon bare_party_nouns opening its sentence
   * ("Participants expressed …"), which stands for the parties of the meeting before (session 29).
   */
  boolean bareParties(IndexedWord w) {
    return "NNS".equals(w.tag()) && w.index() == 1 && lex.contains("bare_party_nouns", w.lemma());
  }

  /** Whether noun {@code w} has the possessive "his", "her" or "their" ("her counterparts"). */
  private static boolean ownedByPronoun(SemanticGraph g, IndexedWord w) {
    return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss")
        && e.getDependent().word().matches("(?i)his|her|their"));
  }

  /**
   * The other parties of the meeting before sentence {@code s} ({@link Antecedents#participants}) for
   * "counterparts" joined to a party ("X and her counterparts"): those parties less the side of the
   * conjunct the noun is joined to; none when it is joined to nothing or that side is not one of them.
   */
  private List<Entity> counterparts(int s, SemanticGraph g, IndexedWord w) {
    IndexedWord head = null;
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      if (e.getRelation().toString().startsWith("conj")) {
        head = e.getGovernor();
      }
    }
    if (head == null) {
      return List.of();
    }
    Set<Entity> own = new LinkedHashSet<>();
    resolve(s, g, head, own, 1);
    List<Entity> ownSides = new ArrayList<>();
    for (Entity o : own) {
      Entity side = partySide(o);
      ownSides.add(side == null ? o : side);
    }
    List<Entity> parties = antecedents.participants(s, 0, true, false, sides, this::partySide);
    if (parties.stream().noneMatch(ownSides::contains)) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>();
    for (Entity p : parties) {
      if (!ownSides.contains(p) && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether noun {@code w} has the possessive "our" ("our countries"). */
  private static boolean ownedByUs(SemanticGraph g, IndexedWord w) {
    return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss")
        && e.getDependent().word().equalsIgnoreCase("our"));
  }

  /**
   * The side an actor is of: a person's the actor they represent (null if none known), a government
   * body's the state it acts for ("the Department of State": the United States; a body the text names with
   * its state, that state), else the actor itself.
   */
  Entity sideOf(Entity e) {
    if (e.kind() == EntityKind.PERSON) {
      return represented.get(e);
    }
    Entity named = doc.bodyStates().get(e);
    if (named != null) {
      return named;
    }
    return gazetteer.actsFor(e).filter(a -> a.kind() == EntityKind.STATE).orElse(e);
  }

  /**
   * Whether object {@code node} is an event noun (a row of {@code interaction_nouns}) conjoined after a
   * named actor: "Russia's invasion of Ukraine and his country's support for …" is parsed with "support"
   * a conjunct of "Ukraine", so the object copied onto it is no party of the invasion (its owner acts in
   * an event of its own, which the rules read there).
   */
  boolean eventAfterNamedActor(int s, SemanticGraph g, IndexedWord node) {
    String lemma = (node.lemma() == null ? node.word() : node.lemma()).toLowerCase(Locale.ROOT);
    // Also a noun of effort_nouns: "Putin's war against Ukraine and other State Department efforts to …".
    if (node.tag() == null || !node.tag().startsWith("NN")
        || (lex.rows("interaction_nouns", lemma).isEmpty() && !lex.contains("effort_nouns", lemma)
            && !verbOpened(g, node))) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(node)) {
      if (e.getRelation().toString().startsWith("conj") && e.getGovernor().index() < node.index()) {
        Mention first = doc.mentionAt(s, e.getGovernor().index() - 1);
        if (first != null && first.entity().kind().isActor()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a conjoined noun opens with a past verb form the parser took for its adjective (tagged as a
   * participle, or as an adjective in -ed), right after the conjunction: "… caused by Putin's war of choice in Ukraine and previewed U.S. objectives for the
   * summits" is a second clause of the sentence's subject ("and previewed …"), misread as a conjunct of
   * "Ukraine"; the objectives' owner is no party of the war.
   */
  private static boolean verbOpened(SemanticGraph g, IndexedWord node) {
    Integer cc = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      if (e.getRelation().toString().equals("cc")) {
        cc = e.getDependent().index();
      }
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
      String tag = e.getDependent().tag();
      if (cc != null && e.getRelation().toString().equals("amod") && e.getDependent().index() == cc + 1
          && tag != null && (tag.equals("VBD") || tag.equals("VBN")
              || (tag.equals("JJ") && e.getDependent().word().toLowerCase(Locale.ROOT).endsWith("ed")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether object {@code node} names an actor conjoined after an event noun (a row of {@code
   * interaction_nouns}) that heads the first conjunct: "As Ukrainian forces continue to combat Russia's
   * renewed invasion, the United States and its Allies stand …" is parsed with "the United States" a
   * conjunct of "invasion", so the act is copied onto the main clause's subject. What one fights, condemns
   * or ends is the event, not an actor listed beside it; the event's owner is read there.
   */
  boolean actorAfterEvent(int s, SemanticGraph g, IndexedWord node) {
    Mention own = doc.mentionAt(s, node.index() - 1);
    if (own == null || !own.entity().kind().isActor()) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(node)) {
      IndexedWord first = e.getGovernor();
      if (e.getRelation().toString().startsWith("conj") && first.index() < node.index()
          && first.tag() != null && first.tag().startsWith("NN") && doc.mentionAt(s, first.index() - 1) == null
          && !lex.rows("interaction_nouns", (first.lemma() == null ? first.word() : first.lemma())
              .toLowerCase(Locale.ROOT)).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
