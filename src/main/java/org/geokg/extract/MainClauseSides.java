package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * The parties each sentence's main clause reports, as sides: the subject, and for a meeting verb of
 * {@code consult_verbs} its object and with-party too ("Blinken spoke with Le Drian": the United States
 * and France). What "they" and "the two leaders" of a later sentence look back at ({@link
 * Antecedents#participants}). Resolved once a sentence and kept until {@link #clear} (whom persons
 * represent, or the document's leading actor, changed). Part of {@link ActorResolver}, whose resolution
 * it calls back.
 */
final class MainClauseSides {
  private final LinkedDocument doc;
  private final Lexicons lex;
  private final ActorResolver actors;
  private final Map<Integer, List<Entity>> sides = new HashMap<>();

  MainClauseSides(LinkedDocument doc, Lexicons lex, ActorResolver actors) {
    this.doc = doc;
    this.lex = lex;
    this.actors = actors;
  }

  /** Forgets every sentence's sides: they are resolved again when next asked for. */
  void clear() {
    sides.clear();
  }

  /**
   * The sides (a person as the actor they represent) of the subject, object and with-party of the main
   * clause of sentence {@code si}, as resolved there ("They …", "The two leaders …" included).
   */
  List<Entity> of(int si) {
    List<Entity> known = sides.get(si);
    if (known != null) {
      return known;
    }
    sides.put(si, List.of());
    List<Entity> found = new ArrayList<>();
    SemanticGraph g = doc.graph(si);
    for (IndexedWord root : g == null ? List.<IndexedWord>of() : g.getRoots()) {
      // The other party of a meeting ("spoke with Le Drian", "met Lavrov") is one of its parties; the
      // object of another act ("condemned Russia's attack") is not.
      boolean meeting = lex.contains("consult_verbs", root.lemma());
      // What is discussed or reviewed is the talk's topic, not a party to it, once the talk has its two
      // sides: "They discussed Russia's war against Ukraine" reports the two who talk, not Russia. With
      // fewer, the topic may name the side the talkers' words leave unknown ("X and Y discussed U.S. and
      // EU efforts to …" where Y's side is not known), as before.
      boolean topical = lex.contains("reciprocal_consult_verbs", root.lemma());
      List<IndexedWord> parties = new ArrayList<>();
      List<IndexedWord> topics = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
        String rel = e.getRelation().toString();
        boolean topic = topical && (rel.equals("obj") || rel.equals("iobj"));
        if (rel.startsWith("nsubj") || (meeting && !topic && Antecedents.PARTY_RELATIONS.contains(rel))) {
          parties.add(e.getDependent());
        } else if (meeting && topic) {
          topics.add(e.getDependent());
        }
      }
      if (meeting) {
        parties.addAll(withParty(g, root));
      }
      addSides(si, g, parties, found);
      if (found.size() < 2) {
        addSides(si, g, topics, found);
      }
    }
    sides.put(si, found);
    return found;
  }

  private void addSides(int si, SemanticGraph g, List<IndexedWord> words, List<Entity> found) {
    for (IndexedWord p : words) {
      for (Entity x : actors.resolve(si, g, p)) {
        Entity side = actors.partySide(x);
        // A region ("a free and open Indo-Pacific") is where the parties act, not one of them.
        if (side != null && side.kind().isActor() && side.kind() != EntityKind.REGION && !found.contains(side)) {
          found.add(side);
        }
      }
    }
  }

  /**
   * Whether the main clause of sentence {@code si} reports a meeting, call, talks or visit between two or
   * more sides: a verb of {@code consult_verbs} whose sides ({@link #of}) are at least two.
   */
  boolean meeting(int si) {
    SemanticGraph g = doc.graph(si);
    if (g == null || of(si).size() < 2) {
      return false;
    }
    return g.getRoots().stream().anyMatch(r -> lex.contains("consult_verbs", r.lemma()));
  }

  /**
   * Whether the main clause of sentence {@code si} has for subject a plural common noun that stands for
   * no actor and is no word for the parties ("The protesters were detained", "The companies signed"):
   * the people a following "they" is most likely to mean, not the states of a meeting before.
   */
  boolean groupSubject(int si) {
    SemanticGraph g = doc.graph(si);
    for (IndexedWord root : g == null ? List.<IndexedWord>of() : g.getRoots()) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
        IndexedWord d = e.getDependent();
        if (e.getRelation().toString().startsWith("nsubj") && "NNS".equals(d.tag())
            && !lex.contains("party_nouns", d.lemma()) && !lex.contains("collective_nouns", d.lemma())
            && !lex.contains("party_state_nouns", d.lemma()) && actors.resolve(si, g, d).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The sides of the two or more coordinated persons that sentence {@code si} opens with before its main
   * verb ("Under Secretary X and Deputy Secretary General Y welcomed …", however the parser attached them;
   * a person of no known side adds none), or null when it does not open so: whom a "they" opening the next
   * sentence continues, whatever actors the rest of that sentence names.
   */
  List<Entity> coordinatedPersons(int si) {
    SemanticGraph g = doc.graph(si);
    for (IndexedWord root : g == null ? List.<IndexedWord>of() : g.getRoots()) {
      if (root.tag() == null || !root.tag().startsWith("VB")) {
        continue;
      }
      List<IndexedWord> persons = new ArrayList<>();
      for (SemanticGraphEdge e : g.edgeIterable()) {
        IndexedWord a = e.getGovernor();
        IndexedWord b = e.getDependent();
        if (e.getRelation().toString().startsWith("conj") && b.index() < root.index() && person(si, a) && person(si, b)) {
          for (IndexedWord p : List.of(a, b)) {
            if (!persons.contains(p)) {
              persons.add(p);
            }
          }
        }
      }
      if (persons.size() >= 2) {
        List<Entity> found = new ArrayList<>();
        addSides(si, g, persons, found);
        return found;
      }
    }
    return null;
  }

  private boolean person(int si, IndexedWord w) {
    Mention m = doc.mentionAt(si, w.index() - 1);
    return m != null && m.entity().kind() == EntityKind.PERSON;
  }

  /** Whether sentence {@code si} opens a transcript turn ("QUESTION:", "MR PRICE:"): another speaker. */
  boolean opensTurn(int si) {
    return si < doc.sentences().size() && FirstPerson.turnLabel(doc.tokens(si)) != null;
  }

  /**
   * The words a "with" just after a meeting verb marks ("spoke today with Le Drian"), however the parser
   * attached the phrase: it sometimes makes "with X to congratulate …" a clause of its own.
   */
  private static List<IndexedWord> withParty(SemanticGraph g, IndexedWord verb) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord w : g.vertexSet()) {
      if (w.word().equalsIgnoreCase("with") && w.index() > verb.index() && w.index() - verb.index() <= WITH_DISTANCE) {
        for (SemanticGraphEdge marked : g.incomingEdgeList(w)) {
          IndexedWord head = marked.getGovernor();
          out.add(head);
          // "with X to congratulate": the marker hangs on the clause, X is its subject.
          for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
              out.add(e.getDependent());
            }
          }
        }
      }
    }
    return out;
  }

  private static final int WITH_DISTANCE = 3;
}
