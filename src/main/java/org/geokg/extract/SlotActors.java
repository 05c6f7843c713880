package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.GeokgAnnotations;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * The actors a rule's match names as its subject and object: the node a Semgrex rule binds, or the
 * tokens a TokensRegex rule groups, read through {@link ActorResolver}, with the rule's own readings of
 * those slots (the document's lead, a clause's subject, the voice of a release, a resource, an
 * organisation a body acts for).
 *
 * <p>Stateless and thread-safe.
 */
final class SlotActors {
  // The dashes a speaker breaks a sentence off with (en, em, double hyphen, horizontal bar).
  private static final Set<String> DASHES = Set.of("–", "—", "--", "―");

  private final Gazetteer gazetteer;

  SlotActors(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The subjects of a Semgrex match whose subject node is {@code node} (may be null). */
  List<Entity> subjects(Rule r, ActorResolver actors, int s, SemanticGraph g, IndexedWord node,
      IndexedWord trigger, Entity lead) {
    if (r.implicitSubject()) {
      return lead == null ? List.of() : List.of(lead);
    }
    if (r.clauseSubject() && node == null) {
      return actors.clauseSubjects(s, g, trigger);
    }
    if (r.voiceSubject()) {
      return actors.firstPerson().of(s, trigger.index() - 1);
    }
    if (r.speakerSubject()) {
      return speaker(actors, s, g, trigger);
    }
    if (node == null || cutOffByDash(g, node, trigger)) {
      return List.of();
    }
    // "our response to Russia's decision to recognize X" read with "our response" as the subject: the
    // decision's owner recognises.
    List<Entity> owner = actors.decisionOwner(s, g, trigger);
    // "Deputy Secretary Sherman and her counterparts agreed …": the nouns joined to a clause's subject are
    // subjects too (CoordinatedNouns), each a party of a joint act and of a reciprocal one (session 30).
    // Only a clause's subject: a node a rule binds after "between" or as a possessor ("ties between the
    // United States and the OIC member states") keeps its own reading.
    return owner != null ? owner
        : CoordinatedNouns.isClauseSubject(g, node) ? actors.resolveJoined(s, g, node) : actors.resolve(s, g, node);
  }

  /**
   * Who states the clause of {@code trigger} (rules with {@code subject: speaker}): the subject of the clause
   * it hangs from ("The G7 reiterated that there would be consequences …", "We have been clear that X will
   * face consequences …"), else whoever speaks at the trigger (a quotation's speaker, the release's author).
   * The trigger's own clause is skipped: its subject, if any, is the one warned ("X would face …").
   */
  private static List<Entity> speaker(ActorResolver actors, int s, SemanticGraph g, IndexedWord trigger) {
    SemanticGraphEdge up = Clauses.governingEdge(g, trigger);
    if (up != null) {
      List<Entity> above = actors.clauseSubjects(s, g, up.getGovernor());
      if (!above.isEmpty()) {
        return above;
      }
    }
    return actors.firstPerson().of(s, trigger.index() - 1);
  }

  /**
   * Whether subject {@code node} is a phrase a speaker broke off with a dash before starting the clause again
   * with another subject of the same verb ("For example, A, B, and C – I met with representatives …", "The
   * mission – we have been …"): the parser gives the verb both subjects, but the clause is the second's and
   * the first is only its topic. Session 24.
   */
  static boolean cutOffByDash(SemanticGraph g, IndexedWord node, IndexedWord trigger) {
    if (node.index() >= trigger.index()) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      IndexedWord other = e.getDependent();
      if (!e.getRelation().toString().startsWith("nsubj") || other.index() <= node.index()
          || other.index() > trigger.index() || g.incomingEdgeList(other).stream()
              .anyMatch(f -> f.getRelation().toString().startsWith("conj") && f.getGovernor().equals(node))) {
        continue;
      }
      for (IndexedWord w : g.vertexSet()) {
        if (w.index() > node.index() && w.index() < other.index() && DASHES.contains(w.word())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The objects of a Semgrex match whose object node is {@code node} (may be null); for a match that reads
   * only stances or ties ({@code stance}), whom they are held toward, not whom a thing named is aimed at
   * ({@link ActorResolver#resolveHeldToward}).
   */
  List<Entity> objects(Rule r, ActorResolver actors, int s, SemanticGraph g, IndexedWord node,
      IndexedWord trigger, List<CoreLabel> toks, boolean stance) {
    if (r.resourceObject()) {
      return List.of(resource(toks, trigger));
    }
    if ("self".equals(r.object())) {
      return List.of();
    }
    if (r.participants() && node == null) {
      // "The Secretary and the Foreign Minister discussed continued cooperation": the parties are the
      // clause's subjects.
      return actors.clauseSubjects(s, g, trigger);
    }
    if (node == null || actors.eventAfterNamedActor(s, g, node) || actors.actorAfterEvent(s, g, node)) {
      return List.of();
    }
    return organisations(r, stance ? actors.resolveHeldToward(s, g, node) : actors.resolveTarget(s, g, node));
  }


  /** The subjects of a TokensRegex match: its {@code $subject} group's actors, unless the rule reads them so. */
  List<Entity> tokenSubjects(Rule r, LinkedDocument d, ActorResolver actors, int s, SemanticGraph g,
      TokenSequenceMatcher m, IndexedWord trigger, Entity lead) {
    return r.implicitSubject() ? (lead == null ? List.of() : List.of(lead))
        : r.voiceSubject() ? actors.firstPerson().of(s, trigger.index() - 1)
        : r.clauseSubject() ? actors.clauseSubjects(s, g, trigger)
        : entitiesIn(d, s, g, actors, m.groupNodes("$subject"));
  }

  /** The objects of a TokensRegex match: a resource, or its {@code $object} group's actors. */
  List<Entity> tokenObjects(Rule r, LinkedDocument d, ActorResolver actors, int s, SemanticGraph g,
      TokenSequenceMatcher m, IndexedWord trigger, List<CoreLabel> toks) {
    return r.resourceObject() ? List.of(resource(toks, trigger))
        : organisations(r, entitiesIn(d, s, g, actors, m.groupNodes("$object")));
  }

  /**
   * The node of a TokensRegex group: its last token's, else the token at {@code fallback} (0-based),
   * else the graph's first root.
   */
  static IndexedWord node(SemanticGraph g, List<? extends CoreMap> group, int fallback) {
    int idx = fallback;
    if (group != null && !group.isEmpty()) {
      idx = ((CoreLabel) group.get(group.size() - 1)).index() - 1;
    }
    IndexedWord w = g.getNodeByIndexSafe(idx + 1);
    return w != null ? w : g.getFirstRoot();
  }

  /**
   * The actors in a token group, each once in order: a token's linked actor, else what its pronoun or
   * noun resolves to.
   */
  static List<Entity> entitiesIn(LinkedDocument d, int s, SemanticGraph g, ActorResolver actors,
      List<? extends CoreMap> group) {
    Set<Entity> out = new LinkedHashSet<>();
    if (group == null) {
      return List.of();
    }
    for (CoreMap cm : group) {
      CoreLabel t = (CoreLabel) cm;
      Mention m = d.mentionAt(s, t.index() - 1);
      if (m != null && m.entity().kind().isActor()) {
        out.add(m.entity());
      } else {
        IndexedWord w = g.getNodeByIndexSafe(t.index());
        if (w != null && (t.tag().startsWith("PRP") || t.tag().startsWith("NN"))) {
          out.addAll(actors.resolve(s, g, w));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * With {@code object: organisation}, a body that acts for an organisation stands for it ("the
   * presidency of the Council of the European Union" is held by a member of the EU); else as named.
   */
  List<Entity> organisations(Rule r, List<Entity> objects) {
    if (r.bodyObject()) {
      // "Japan joined the United States in pledging …": one joins a body, not a state or a person.
      return objects.stream().filter(e -> e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.GROUP).toList();
    }
    if (!r.organisationObject()) {
      return objects;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : objects) {
      Entity body = gazetteer.actsFor(e).filter(o -> o.kind() == EntityKind.ORGANIZATION).orElse(e);
      if (body.kind() == EntityKind.ORGANIZATION && !out.contains(body)) {
        out.add(body);
      }
    }
    return out;
  }

  /** The resource named at or next to the trigger ("oil producer", "power producing"), else energy. */
  Entity resource(List<CoreLabel> toks, IndexedWord trigger) {
    int t = trigger.index() - 1;
    for (int i : new int[] {t, t - 1, t - 2, t + 1}) {
      if (i >= 0 && i < toks.size() && toks.get(i).get(GeokgAnnotations.ResourceAnnotation.class) != null) {
        String id = toks.get(i).get(GeokgAnnotations.ResourceAnnotation.class);
        return gazetteer.entity(EntityKind.RESOURCE, id).orElse(new Entity(EntityKind.RESOURCE, id, id));
      }
    }
    return gazetteer.entity(EntityKind.RESOURCE, "energy").orElse(new Entity(EntityKind.RESOURCE, "energy", "energy"));
  }
}
