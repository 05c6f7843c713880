package org.geokg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
import org.geokg.claim.Modality;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Whom an official listed beside others of one state represents, when only the first of the list names
 * the state: "Republic of Korea Minister of Unification Kwon Young-se and Vice Minister of Unification Kim
 * Ki-woong", "to meet with President Gitanas Nauseda, Prime Minister Ingrida Simonyte, and Foreign Minister
 * Gabrielius Landsbergis", "Polish leaders, including Foreign Minister Zbigniew Rau". A release lists one
 * state's officials and names the state once; a second state's official would carry their own demonym. A
 * person with a head's or minister's title (lexicon {@code host_office_titles}, as {@link VisitHosts}) whom
 * nothing else places, conjoined with (or included in) persons, states or state groups that all stand for
 * one state, represents that state; not when the list is a clause's subject ("X and Y met in Ankara": the
 * two sides of a meeting). Without it the persons met were persons of no state, a represents miss and a
 * Consult aimed at no state each (session 31: in four releases of the fresh golds).
 */
final class ConjoinedOfficials {
  // The edges that join the members of one list: conjuncts, and a member "including" a named one.
  private static final Set<String> LIST_EDGES = Set.of("nmod:including", "obl:including");
  // How far before a name its title may begin ("Vice Minister of Unification X").
  private static final int TITLE_WORDS = 6;

  private ConjoinedOfficials() {}

  /** {@code claims} with a represents claim added for each unplaced titled official of a one-state list. */
  static List<Claim> add(List<Claim> claims, Map<Entity, Entity> represented, LinkedDocument d,
      Gazetteer gazetteer, Lexicons lex) {
    Map<Entity, Entity> side = new HashMap<>(represented);
    for (Claim c : claims) {
      if (c.relation().equals(RepresentsExtractor.REPRESENTS) && c.modality() == Modality.ASSERTED) {
        side.putIfAbsent(c.subject(), c.object());
      }
    }
    for (Claim c : claims) {
      if (c.relation().equals(RepresentsExtractor.REPRESENTS) && c.extractedBy() != null
          && c.extractedBy().startsWith("represents-publisher")) {
        // "Ambassador Oksana Markarova" taken for the publisher's envoy for want of a state: a default, not
        // a reading of the text, so no ground to place the others of the list by.
        side.put(c.subject(), null);
      }
    }
    List<Claim> out = new ArrayList<>(claims);
    Set<Entity> done = new HashSet<>();
    for (Mention m : d.mentions()) {
      Entity person = m.entity();
      if (person.kind() != EntityKind.PERSON || m.form() != Mention.Form.NAME || side.containsKey(person)
          || done.contains(person) || !VisitHosts.hostTitle(d.personTitles().get(person), lex)) {
        continue;
      }
      SemanticGraph g = d.graph(m.sentence());
      IndexedWord head = g == null ? null : g.getNodeByIndexSafe(m.end());
      if (head == null) {
        continue;
      }
      Set<IndexedWord> starts = new LinkedHashSet<>();
      starts.add(head);
      for (IndexedWord gov : g.getParents(head)) {
        // "Vice Minister of Unification Kim Ki-woong", parsed with the title as the head and the name its
        // nmod: the list is joined at the title.
        int t = gov.index() - 1;
        if (t < m.begin() && m.begin() - t <= TITLE_WORDS && d.mentionAt(m.sentence(), t) == null) {
          starts.add(gov);
        }
      }
      Set<IndexedWord> members = listMembers(g, starts);
      if (subject(g, starts) || subject(g, members)) {
        // "Under Secretary X and Deputy Foreign Minister Y, with their respective delegations, met in
        // Ankara": the subjects of a meeting are its two sides, not one state's list.
        continue;
      }
      Set<Entity> states = new LinkedHashSet<>();
      for (IndexedWord w : members) {
        Mention other = d.mentionAt(m.sentence(), w.index() - 1);
        if (other == null || other.entity().equals(person)) {
          continue;
        }
        Entity state = stateOf(other.entity(), side, gazetteer);
        if (state == null && other.entity().kind() == EntityKind.PERSON) {
          // An unplaced person in the list: whose official that is, the text does not say either.
          states.add(null);
        } else if (state != null) {
          states.add(state);
        }
      }
      if (states.size() != 1 || states.contains(null)) {
        continue;
      }
      Entity state = states.iterator().next();
      done.add(person);
      side.put(person, state);
      out.add(new Claim(person, RepresentsExtractor.REPRESENTS, state, Modality.ASSERTED, 0.6, null, null, null,
          null, "represents-conjoined-official", List.of(evidence(d, m.sentence()))));
    }
    return out;
  }

  /** The other words of the list the {@code starts} are members of: conjuncts and what includes them, transitively. */
  private static Set<IndexedWord> listMembers(SemanticGraph g, Set<IndexedWord> starts) {
    Set<IndexedWord> seen = new LinkedHashSet<>(starts);
    Deque<IndexedWord> todo = new ArrayDeque<>(starts);
    while (!todo.isEmpty()) {
      IndexedWord w = todo.poll();
      List<SemanticGraphEdge> edges = new ArrayList<>(g.outgoingEdgeList(w));
      edges.addAll(g.incomingEdgeList(w));
      for (SemanticGraphEdge e : edges) {
        String rel = e.getRelation().toString();
        if (!rel.startsWith("conj") && !LIST_EDGES.contains(rel)) {
          continue;
        }
        IndexedWord other = e.getGovernor().equals(w) ? e.getDependent() : e.getGovernor();
        if (seen.add(other)) {
          todo.add(other);
        }
      }
    }
    seen.removeAll(starts);
    return seen;
  }

  /**
   * Whether one of {@code words} is a clause's subject, or the parser's obl:under of a subject that opens
   * with the title "Under Secretary" ("Under Secretary X and Deputy Foreign Minister Y met": the "Under" read
   * as a preposition, as {@code readouts.rules} also meets it).
   */
  private static boolean subject(SemanticGraph g, Set<IndexedWord> words) {
    for (IndexedWord w : words) {
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        String rel = e.getRelation().toString();
        if (rel.startsWith("nsubj")) {
          return true;
        }
        if ((rel.equals("obl:under") || rel.equals("nmod:under"))
            && g.getChildrenWithReln(w, edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CASE_MARKER)
                .stream().anyMatch(c -> c.word().equals("Under"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state an entity stands for: a state itself, a person's placed side, a state group's country; else null. */
  private static Entity stateOf(Entity e, Map<Entity, Entity> side, Gazetteer gazetteer) {
    switch (e.kind()) {
      case STATE:
        return e;
      case PERSON: {
        Entity s = side.get(e);
        return s != null && s.kind() == EntityKind.STATE ? s : null;
      }
      case GROUP: {
        // "POL-GOV": a group of a state's sector is keyed by the state's code.
        int dash = e.key().indexOf('-');
        return dash != 3 ? null
            : gazetteer.actor(e.key().substring(0, 3)).filter(x -> x.kind() == EntityKind.STATE).orElse(null);
      }
      default:
        return null;
    }
  }

  private static Evidence evidence(LinkedDocument d, int sentence) {
    CoreMap s = d.sentences().get(sentence);
    int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Evidence(d.document().id(), sentence, b, e, d.document().text().substring(b, e));
  }
}
