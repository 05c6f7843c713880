package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.geokg.claim.Claim;
import org.geokg.claim.Coding;
import org.geokg.claim.Evidence;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Applies the {@link RuleSet} to a linked document and returns its claims. Requires the enhanced++
 * dependencies (depparse) and the annotations of {@link org.geokg.link.EntityLinker}.
 *
 * <p>Thread-safe: all per-document state lives in local objects.
 */
public final class RelationExtractor {
  /** Checked on every match of a rule: made once. */
  private static final Relation PROTEST = Relation.of("Protest");
  private static final Relation MEMBER_OF = Relation.of("memberOf");

  /** The most parties a reciprocal reading pairs with each other (rules/README.md). */
  static final int MAX_RECIPROCAL_PARTIES = 6;

  private final RuleSet rules;
  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final TriggerClasses classes;
  private final EventConventions conventions;
  private final InteractionModes modes;
  private final Amounts amounts;
  private final Topics topics;
  private final ProtestParties protests;
  private final SlotActors slots;
  // Null unless geokg.backoff = on.
  private final SemanticBackoff backoff;

  public RelationExtractor(RuleSet rules, Gazetteer gazetteer) {
    this(rules, gazetteer, null);
  }

  /**
   * An extractor that, after the rules, reads the clauses they leave between two actors with the
   * {@link SemanticBackoff} (may be null: none).
   */
  public RelationExtractor(RuleSet rules, Gazetteer gazetteer, SemanticBackoff backoff) {
    this.backoff = backoff;
    this.rules = rules;
    this.gazetteer = gazetteer;
    this.lex = rules.lexicons();
    this.classes = new TriggerClasses(lex);
    this.conventions = new EventConventions(lex);
    this.modes = new InteractionModes(lex);
    this.amounts = new Amounts(lex);
    this.topics = new Topics(lex);
    this.protests = new ProtestParties(gazetteer, lex);
    this.slots = new SlotActors(gazetteer);
  }

  /** Every claim the rules find in the document, repeats merged. */
  public List<Claim> extract(LinkedDocument d) {
    return extract(d, s -> { });
  }

  /**
   * As {@link #extract(LinkedDocument)}, calling {@code dater} on each sentence where a rule matches
   * before its actors and dates are read (see {@code NlpPipeline#dater}).
   */
  public List<Claim> extract(LinkedDocument d, IntConsumer dater) {
    NameConjunctRepair.apply(d);
    JointSubjectRepair.apply(d);
    AppealNounRepair.apply(d, lex);
    InfinitiveSeriesRepair.apply(d, lex);
    SpeechClauseRepair.apply(d, lex);
    DatedObjectRepair.apply(d, lex);
    HelpObjectRepair.apply(d, lex);
    QuoteSpeakers quotes = new QuoteSpeakers(d, lex);
    ActorResolver actors = new ActorResolver(d, lex, gazetteer, quotes);
    ClaimCollector out = new ClaimCollector(d);
    Map<Entity, Entity> represented = new RepresentsExtractor(gazetteer, lex).extract(d, actors, out);
    actors.setRepresented(represented);
    ModalityDetector modality = new ModalityDetector(lex, quotes);
    List<BitSet> candidates = new ArrayList<>(d.sentences().size());
    for (int s = 0; s < d.sentences().size(); s++) {
      SemanticGraph g = graph(d, s);
      candidates.add(g == null || g.isEmpty() ? new BitSet() : rules.candidates(d.tokens(s)));
    }
    // The first pass finds who the document follows; the second reads subject-less clauses and
    // "the administration" as that actor's. A rule's first-pass claims in a sentence where no actor
    // waited for the leading one are what the second pass would find again: they are replayed.
    ClaimCollector first = new ClaimCollector(d);
    List<Rule> all = rules.rules();
    Map<Long, List<Claim>> found = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Rule r = all.get(i);
      if (r.implicitSubject()) {
        continue;
      }
      for (int s = 0; s < candidates.size(); s++) {
        if (candidates.get(s).get(i)) {
          List<Claim> sink = new ArrayList<>();
          first.tap(sink);
          apply(d, s, r, actors, modality, first, null, dater);
          first.tap(null);
          if (!sink.isEmpty()) {
            found.put(((long) i << 32) | s, sink);
          }
        }
      }
    }
    // A journalist's question turn ("QUESTION: … the Chinese have said they won't help …") names what others
    // did: another side's acts there do not decide whom the document follows. The publisher's own acts asked
    // about ("your administration's negotiations with Iran") still do.
    Entity publisher = actors.firstPerson().publisher().orElse(null);
    Entity lead = leadActor(first.claims().stream()
        .filter(c -> c.evidence().isEmpty()
            || !c.evidence().stream().allMatch(e -> actors.firstPerson().inQuestionTurn(e.sentenceIndex()))
            || (publisher != null && publisher.equals(representedSide(c.subject(), represented))))
        .toList(), represented);
    actors.setLead(lead);
    for (int i = 0; i < all.size(); i++) {
      Rule r = all.get(i);
      if (r.implicitSubject() && lead == null) {
        continue;
      }
      for (int s = 0; s < candidates.size(); s++) {
        if (!candidates.get(s).get(i)) {
          continue;
        }
        if (r.implicitSubject() || (lead != null && actors.wantedLead(s))) {
          apply(d, s, r, actors, modality, out, lead, dater);
        } else {
          found.getOrDefault(((long) i << 32) | s, List.of()).forEach(c -> add(out, c));
        }
      }
    }
    if (backoff != null) {
      backOff(d, actors, modality, out, dater);
    }
    officeHolders(actors, out);
    List<Claim> placed = SigningPlaces.carry(MeetingPlaces.carry(withoutTargetedTwins(out.claims()), represented, d,
        lex), d, gazetteer, lex);
    return ConjoinedOfficials.add(VisitHosts.add(placed, represented, d, gazetteer, lex), represented, d, gazetteer, lex);
  }

  /**
   * {@code claims} without each targetless one whose source a claim of the same class in the same sentence
   * has with a target: another rule found where the act was aimed ("withdrew its troops, which were in
   * Syria"; a parse that hangs the target on some other word), and the act is that one, not a second one
   * aimed at no one.
   */
  static List<Claim> withoutTargetedTwins(List<Claim> claims) {
    Set<List<Object>> targeted = new HashSet<>();
    for (Claim c : claims) {
      if (c.relation().isInteraction() && !c.targetless()) {
        for (Evidence e : c.evidence()) {
          targeted.add(List.of(c.subject(), c.relation(), e.sentenceIndex()));
        }
      }
    }
    if (targeted.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (!c.targetless()
          || c.evidence().stream().noneMatch(e -> targeted.contains(List.of(c.subject(), c.relation(), e.sentenceIndex())))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The {@code represents} claims of the publisher's office holders whom a bare title or a pronoun
   * resolved to ("the President … He met with …" in a state's release of a date the tables cover) and who
   * are a party of some claim: on the evidence of the first such claim.
   */
  private static void officeHolders(ActorResolver actors, ClaimCollector out) {
    for (Map.Entry<Entity, Entity> e : actors.officeHoldersUsed().entrySet()) {
      Entity person = e.getKey();
      out.claims().stream()
          .filter(c -> person.equals(c.subject()) || person.equals(c.object()))
          .filter(c -> !c.evidence().isEmpty())
          .findFirst()
          .ifPresent(c -> out.add(new Claim(person, RepresentsExtractor.REPRESENTS, e.getValue(), Modality.ASSERTED,
              0.7, null, null, null, null, "represents-publisher-office", List.of(c.evidence().get(0)))));
    }
  }

  /**
   * The actor a person or a government body represents ("Congress": the United States), when known; any
   * other entity itself.
   */
  private static Entity side(Entity e, ActorResolver actors) {
    Entity side = actors.sideOf(e);
    return side != null ? side : e;
  }

  /** The back-off's claims, in the clauses between two actors that no rule linked. */
  private void backOff(LinkedDocument d, ActorResolver actors, ModalityDetector modality, ClaimCollector out,
      IntConsumer dater) {
    Map<Integer, Set<String>> known = new HashMap<>();
    for (Claim c : out.claims()) {
      if (c.relation().isInteraction() && !c.targetless()) {
        for (Evidence e : c.evidence()) {
          known.computeIfAbsent(e.sentenceIndex(), k -> new HashSet<>())
              .add(SemanticBackoff.pair(c.subject(), c.object()));
        }
      }
    }
    for (int s = 0; s < d.sentences().size(); s++) {
      SemanticGraph g = graph(d, s);
      if (g == null || g.isEmpty()) {
        continue;
      }
      for (SemanticBackoff.Found f : backoff.find(d, s, g, actors, known.getOrDefault(s, Set.of()))) {
        dater.accept(s);
        emit(d, s, g, d.tokens(s), f.rule(), List.of(new TriggerClasses.Coded(f.match().entry().relation(), null)),
            actors, modality, out, f.subjects(), f.objects(), f.trigger(), Coding.NONE);
      }
    }
  }

  /** Adds a claim; a symmetric one the other way round if the collector holds it so already. */
  private void add(ClaimCollector out, Claim c) {
    if (!c.targetless() && lex.contains("symmetric_relations", c.relation().localName())) {
      Claim reverse = new Claim(c.object(), c.relation(), c.subject(), c.modality(), c.confidence(), c.date(),
          c.dateText(), c.attributedTo(), c.mode(), c.extractedBy(), c.evidence(), c.coding(), c.location());
      if (out.has(reverse.key())) {
        out.add(reverse);
        return;
      }
    }
    out.add(c);
  }

  /**
   * Whether sentence {@code s} needs a dependency parse: some rule can match it (see
   * {@link RuleSet#mayMatch}), or the people it names may be described by an apposition or a
   * possessive ("Lavrov, Russia's foreign minister"; "its foreign minister").
   */
  public boolean needsParse(LinkedDocument d, int s) {
    return rules.mayMatch(d.tokens(s)) || RepresentsExtractor.readsParse(d, s)
        || (backoff != null && SemanticBackoff.mayHold(d, s));
  }

  /**
   * The state the document follows: the one whose people and institutions start the most
   * interactions; subject-less clauses ("Talking with Seoul …") are read as its acts. Two states that
   * start as many (a bilateral readout) are told apart by the text: the one whose first interaction
   * comes first (sentence, then offset), so the same document always has the same lead. Three or more
   * states the text cannot tell apart (co-authors whose first acts start at the same word) lead nothing.
   */
  static Entity leadActor(List<Claim> claims, Map<Entity, Entity> represented) {
    Map<Entity, int[]> counts = new LinkedHashMap<>(); // count, first sentence, first offset
    for (Claim c : claims) {
      if (c.relation().isInteraction()) {
        Entity s = c.subject();
        Entity st = s.kind() == EntityKind.PERSON ? represented.get(s) : s;
        if (st != null && st.kind() == EntityKind.STATE) {
          int[] n = counts.computeIfAbsent(st, k -> new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE});
          n[0]++;
          for (Evidence e : c.evidence()) {
            if (e.sentenceIndex() < n[1] || (e.sentenceIndex() == n[1] && e.begin() < n[2])) {
              n[1] = e.sentenceIndex();
              n[2] = e.begin();
            }
          }
        }
      }
    }
    Comparator<Map.Entry<Entity, int[]>> first = Comparator.comparingInt(e -> -e.getValue()[0]);
    Comparator<Map.Entry<Entity, int[]>> order = first.thenComparingInt(e -> e.getValue()[1])
        .thenComparingInt(e -> e.getValue()[2]);
    List<Map.Entry<Entity, int[]>> ranked = counts.entrySet().stream()
        .sorted(order.thenComparing(e -> e.getKey().key())).toList();
    if (ranked.size() > 2 && order.compare(ranked.get(0), ranked.get(2)) == 0) {
      // Three or more co-authors of a joint statement ("We, the Foreign Ministers of A, B and C, … call on
      // the government to …") start the same acts from the same words: the text follows none of them, and
      // "the government" is then the other state's, not the one whose name sorts first. Two ("Slovenia and
      // the United States enjoy close partnerships") keep a lead, so that the pair's subject-less acts
      // ("They also discussed continued cooperation") are still read between them.
      return null;
    }
    Map.Entry<Entity, int[]> best = ranked.isEmpty() ? null : ranked.get(0);
    return best != null && best.getValue()[0] >= 2 ? best.getKey() : null;
  }

  /** The state a person claim's subject represents, or the subject itself. */
  private static Entity representedSide(Entity subject, Map<Entity, Entity> represented) {
    Entity st = subject.kind() == EntityKind.PERSON ? represented.get(subject) : subject;
    return st == null ? subject : st;
  }

  private static SemanticGraph graph(LinkedDocument d, int s) {
    return d.graph(s);
  }

  private void apply(LinkedDocument d, int s, Rule r, ActorResolver actors, ModalityDetector modality,
      ClaimCollector out, Entity lead, IntConsumer dater) {
    {
      SemanticGraph g = graph(d, s);
      if (g == null || g.isEmpty()) {
        return;
      }
      List<CoreLabel> toks = d.tokens(s);
      if (r.semgrex() != null) {
        SemgrexMatcher m = r.semgrex().matcher(g);
        while (m.find()) {
          dater.accept(s);
          IndexedWord trigger = m.getNode("trigger") != null ? m.getNode("trigger") : m.getMatch();
          // The noun a table row constrains: the verb's object for obj frames, its subject for subj
          // ("troops arrived in Y", CAMEO "&MILITARY *"), else the node the rule names noun.
          IndexedWord constrained = m.getNode("noun") != null || r.frame() == null ? m.getNode("noun")
              : r.frame().startsWith("obj") ? m.getNode("object")
              : r.frame().equals("subj") ? m.getNode("subject") : null;
          List<TriggerClasses.Coded> relations = classes.of(r, g, trigger, m.getRelnString("prep"), constrained);
          if (relations.isEmpty() || conventions.hostileAct(m.getNode("act"))
              || (Relation.of("Agree").equals(r.relation()) && conventions.uncooperativeAct(m.getNode("act")))) {
            continue;
          }
          List<Entity> subj = slots.subjects(r, actors, s, g, m.getNode("subject"), trigger, lead);
          // Protesters no actor names ("Protesters rallied outside the Chinese embassy in Manila") are
          // placed where they protest for every protest rule, not only those aimed at the protesters' own
          // state (object: self): the embassy's or the opposed state is the target (session 29).
          if (subj.isEmpty() && ("self".equals(r.object()) || PROTEST.equals(r.relation()))) {
            subj = protests.protesters(d, s, g, m.getNode("subject"), trigger);
          } else if ("self".equals(r.object())) {
            subj = protests.asPeople(d, s, m.getNode("subject"), subj);
          }
          emit(d, s, g, toks, r, relations, actors, modality, out, subj,
              slots.objects(r, actors, s, g, m.getNode("object"), trigger, toks,
                  relations.stream().noneMatch(c -> c.relation().isInteraction())),
              trigger, amounts.of(g, m.getNode("amount"), trigger),
              placeNamed(d, s, g, m.getNode("object"), actors));
        }
      } else {
        TokenSequenceMatcher m = r.tokens().getMatcher(toks);
        while (m.find()) {
          dater.accept(s);
          IndexedWord trigger = SlotActors.node(g, m.groupNodes("$trigger"), m.start());
          List<TriggerClasses.Coded> relations = classes.of(r, g, trigger, null, null);
          if (relations.isEmpty()) {
            continue;
          }
          List<Entity> subj = slots.tokenSubjects(r, d, actors, s, g, m, trigger, lead);
          List<Entity> obj = slots.tokenObjects(r, d, actors, s, g, m, trigger, toks);
          emit(d, s, g, toks, r, relations, actors, modality, out, subj, obj, trigger, Coding.NONE);
        }
      }
    }
  }

  private void emit(LinkedDocument d, int s, SemanticGraph g, List<CoreLabel> toks, Rule r,
      List<TriggerClasses.Coded> relations, ActorResolver actors, ModalityDetector modality, ClaimCollector out,
      List<Entity> subjects, List<Entity> objects, IndexedWord trigger, Coding amount) {
    emit(d, s, g, toks, r, relations, actors, modality, out, subjects, objects, trigger, amount, Set.of());
  }

  /**
   * The states an object node names as a place of theirs, not by their own name: a city or region
   * ("imposed a curfew in Algiers", "shelled the town of Cizre"), directly or after "of".
   */
  private Set<Entity> placeNamed(LinkedDocument d, int s, SemanticGraph g, IndexedWord w, ActorResolver actors) {
    if (w == null) {
      return Set.of();
    }
    List<IndexedWord> nodes = new ArrayList<>(List.of(w));
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().equals("nmod:of")) {
        nodes.add(e.getDependent());
      }
    }
    Set<Entity> out = new HashSet<>();
    String lemma = (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    if (lex.contains("place_nouns", lemma)) {
      // "the Bosnian town of X": a place the demonym puts in its state, also when the gazetteer does not
      // know the town.
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        String rel = e.getRelation().toString();
        Mention m = d.mentionAt(s, e.getDependent().index() - 1);
        if ((rel.equals("amod") || rel.equals("compound")) && m != null && m.entity().kind() == EntityKind.STATE
            && m.form() == Mention.Form.DEMONYM) {
          out.add(m.entity());
        }
      }
    }
    for (IndexedWord x : nodes) {
      Mention m = d.mentionAt(s, x.index() - 1);
      if (m != null && m.entity().kind() == EntityKind.PLACE) {
        out.addAll(actors.resolve(s, g, x));
      } else if (m != null && m.entity().kind() == EntityKind.STATE && m.form() == Mention.Form.SEAT
          && m.begin() > 0
          && gazetteer.locatives().contains(d.tokens(s).get(m.begin() - 1).word().toLowerCase(Locale.ROOT))) {
        // The capital is linked as its state (the seat speaks for it: "Moscow said"), but "a curfew in
        // Algiers" names the city where the act happens, a place of the state as any other city is.
        out.add(m.entity());
      }
    }
    return out;
  }

  private void emit(LinkedDocument d, int s, SemanticGraph g, List<CoreLabel> toks, Rule r,
      List<TriggerClasses.Coded> relations, ActorResolver actors, ModalityDetector modality, ClaimCollector out,
      List<Entity> subjects, List<Entity> objects, IndexedWord trigger, Coding amount, Set<Entity> placeNamed) {
    if ("self".equals(r.object())) {
      objects = protests.targets(d, s, g, trigger, subjects, actors);
    }
    if (subjects.isEmpty()) {
      return;
    }
    if (objects.isEmpty() && r.reciprocal() && subjects.size() > 1) {
      if (hasActorComplement(s, g, trigger, actors, subjects)) {
        return;
      }
      if (subjects.size() > MAX_RECIPROCAL_PARTIES) {
        // "the twenty signatories committed to …": each of n parties toward every other is n(n-1)
        // claims (380 for 20) that no gold or reader counts as acts; a bilateral or small-group act
        // is read, a mass one is left to the list rules (agree-signatories-list, join-signatories*).
        return;
      }
      objects = subjects;
    }
    if (objects.isEmpty() && !r.targetless()) {
      return;
    }
    if (r.participants()) {
      // The parties as the sides they act for: "the Secretary and the Foreign Minister discussed …" names
      // persons, the lead is their state.
      List<Entity> sides = objects.stream().map(o -> side(o, actors)).distinct().toList();
      if (!objects.containsAll(subjects) && !sides.containsAll(subjects)) {
        return;
      }
      // "talks involving Russia, the U.S. and NATO nations": the named states are the parties; a
      // vague collective ("European nations") is not one.
      objects = new ArrayList<>(objects.containsAll(subjects) ? objects : sides);
      objects.removeAll(subjects);
      objects.removeIf(o -> o.kind() != EntityKind.STATE);
    }
    ModalityDetector.Result mod = r.modality() != null
        ? new ModalityDetector.Result(r.modality(), null) : modality.detect(g, trigger, s, actors, toks);
    boolean past = trigger.tag() != null && (trigger.tag().equals("VBD") || trigger.tag().equals("VBN")
        || governedByPast(g, trigger));
    boolean topic = topics.isTopic(g, trigger) || topics.isUndone(g, trigger) || topics.isPledgedBacking(g, trigger);
    // "We will step up our efforts", "we reiterate our concern" in a statement of many states: the
    // object is the subjects' own thing, and every author would act on every other. Only a class the
    // parties hold among themselves ("X and Y discussed their cooperation") reads so.
    boolean ownObject = objects != subjects && subjects.size() > 1
        && new HashSet<>(objects).equals(new HashSet<>(subjects));
    for (TriggerClasses.Coded coded : relations) {
      Relation relation = coded.relation();
      if (topic && relation.isInteraction()) {
        continue;
      }
      if (ownObject && relation.isInteraction() && !lex.contains("shared_classes", relation.localName())) {
        continue;
      }
      Coding coding = relation.isInteraction() ? new Coding(coded.cameoCode(), null, null).or(amount) : Coding.NONE;
      // An event takes the nearest date in its sentence; a tie or stance only one inside its own
      // clause ("an ally … with whose minister Blinken spoke in mid-January" says nothing of when
      // the alliance held).
      Set<Integer> clause = null;
      if (!relation.isInteraction()) {
        clause = new HashSet<>();
        for (IndexedWord x : g.descendants(trigger)) {
          clause.add(x.index() - 1);
        }
      }
      DateResolver.Dated dated = DateResolver.resolve(toks, trigger.index() - 1, d.document().date(), past,
          d.document().text(), clause);
      String mode = relation.isInteraction() ? modes.of(r, g, trigger) : null;
      Entity where = relation.isInteraction()
          ? EventLocation.of(d, s, g, trigger, gazetteer, lex) : null;
      boolean symmetric = lex.contains("symmetric_relations", relation.localName());
      // A question asks whether the act happens ("what would you need to see ... that X is going to
      // de-escalate?"); with no target to anchor it, no targetless act is claimed.
      boolean question = !toks.isEmpty() && "?".equals(toks.get(toks.size() - 1).word());
      Consumer<Entity> addTargetless = subj -> add(out, new Claim(subj, relation, null, mod.modality(),
          r.confidence(), dated == null ? null : dated.date(), dated == null ? null : dated.text(),
          mod.modality() == Modality.REPORTED ? mod.speaker() : null, mode, r.id(), List.of(out.evidence(s)),
          coding, where));
      if (r.targetless()) {
        // Only the classes event coders code with an empty target; the conventions derive nothing from it.
        if (!relation.isInteraction() || !lex.contains("targetless_classes", relation.localName()) || question) {
          continue;
        }
        for (Entity subj : subjects) {
          if (subj != null && subj.kind().isActor()) {
            addTargetless.accept(subj);
          }
        }
        continue;
      }
      for (Entity subj : subjects) {
        for (Entity obj : objects) {
          if (subj == null || obj == null || subj.equals(obj) || !subj.kind().isActor()) {
            continue;
          }
          // "our partnership with Congress", "Congress is asking Obama to …", "President Kostunica promised
          // to democratize Serbia": a state, or those who speak for it, acting on itself is no relation
          // between actors. (A government acting on its own people, "Museveni threatened Ugandan
          // opposition candidates", is a domestic event: a group is its own side.)
          // A place of the state named instead of the state ("President X imposed a curfew in Algiers", of
          // Algeria) is a domestic event on it, as event data code it (a state on itself, the collector
          // still drops: the subject must be a person or body of the state). Not a class the parties hold
          // among themselves (shared_classes: "travelled to Valparaiso", "met the mayor of New York").
          // A place of the source's own state that a retreat leaves or a mobilization goes to ("Bosnian
          // Serb forces completed their withdrawal from the Bosnian town of X", "Chile deployed troops in
          // Arica") names where the act happens, no actor it is aimed at: the event coders code it with an
          // empty target (a class of targetless_classes), not as the state acting on itself.
          if (placeNamed.contains(obj) && ClaimCollector.sameState(side(subj, actors), side(obj, actors))
              && relation.isInteraction() && lex.contains("targetless_classes", relation.localName())) {
            if (!question) {
              addTargetless.accept(subj);
            }
            continue;
          }
          if (side(subj, actors).equals(side(obj, actors))
              && !(placeNamed.contains(obj) && relation.isInteraction()
                  && !lex.contains("shared_classes", relation.localName()))) {
            continue;
          }
          if (relation.isInteraction() && !obj.kind().isActor()) {
            continue;
          }
          // "hosted a Quad summit with his counterparts from India, Japan, and Australia": an organisation
          // naming a meeting's format, as a modifier of the meeting noun, does not meet its own members;
          // the host does (another rule reads the host).
          if (relation.localName().equals("Consult") && r.id().startsWith("event-noun")
              && ownMember(subj, obj, d.document().date())) {
            continue;
          }
          if (r.reciprocal() && objects == subjects && (symmetric || r.pairedOnce())
              && subjects.indexOf(obj) < subjects.indexOf(subj)) {
            continue;
          }
          // "Poland is a NATO Ally", "the United States and Norway are NATO Allies": the ally rules read
          // the organisation named as the compound of "ally" as the state's ally, but a state is no ally
          // of a body it belongs to; the text says it is a member (tools/eval/CONVENTIONS.md writes
          // memberOf, and no gold writes an organisation as a side of alliedWith). Only where the tables
          // list the membership: "a major non-NATO Ally" of a state outside it keeps its reading.
          if (relation.localName().equals("alliedWith")) {
            Entity member = subj.kind() == EntityKind.STATE ? subj : obj;
            Entity body = member == subj ? obj : subj;
            if (ownMember(body, member, d.document().date())) {
              add(out, new Claim(member, MEMBER_OF, body, mod.modality(), r.confidence(),
                  dated == null ? null : dated.date(), dated == null ? null : dated.text(),
                  mod.modality() == Modality.REPORTED ? mod.speaker() : null, null, r.id(),
                  List.of(out.evidence(s)), coding, null));
              continue;
            }
          }
          Claim c = new Claim(subj, relation, obj, mod.modality(), r.confidence(),
              dated == null ? null : dated.date(), dated == null ? null : dated.text(),
              mod.modality() == Modality.REPORTED ? mod.speaker() : null, mode, r.id(), List.of(out.evidence(s)),
              coding, where);
          add(out, c);
          conventions.derived(c, r, g, trigger).forEach(out::add);
        }
      }
    }
  }

  /** Whether state {@code member} belongs, in the tables, to organisation {@code org} in the year of {@code day}. */
  private boolean ownMember(Entity org, Entity member, java.time.LocalDate day) {
    if (org.kind() != EntityKind.ORGANIZATION || member.kind() != EntityKind.STATE) {
      return false;
    }
    return gazetteer.memberships().stream().anyMatch(m -> m.org().equals(org.key())
        && m.iso3().equals(member.key()) && (day == null || m.heldIn(day.getYear())));
  }

  /**
   * Whether the trigger has an object, oblique or (for an event noun) a noun modifier that names an
   * actor other than the parties ("X and Y attacked Z", "signed an agreement on Iran"; not "agreed on a
   * pact between the two countries"). A region or place after "in" is where the parties act, not a
   * party ("X and Y are committed to closer cooperation in the Western Balkans", session 29).
   */
  private static boolean hasActorComplement(int s, SemanticGraph g, IndexedWord trigger, ActorResolver actors,
      List<Entity> parties) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      if (!(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
        continue;
      }
      List<Entity> named = actors.resolve(s, g, e.getDependent());
      if ((rel.equals("obl:in") || rel.equals("nmod:in")) && !named.isEmpty() && named.stream()
          .allMatch(x -> x.kind() == EntityKind.REGION || x.kind() == EntityKind.PLACE)) {
        continue;
      }
      if (!parties.containsAll(named)) {
        return true;
      }
    }
    return false;
  }

  private static boolean governedByPast(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      String tag = e.getGovernor().tag();
      if (tag != null && (tag.equals("VBD") || tag.equals("VBN"))) {
        return true;
      }
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      if (e.getRelation().toString().startsWith("aux") && e.getDependent().tag() != null
          && (e.getDependent().tag().equals("VBD") || e.getDependent().word().equalsIgnoreCase("has")
          || e.getDependent().word().equalsIgnoreCase("have"))) {
        return true;
      }
    }
    return false;
  }
}
