package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Events a sentence names without saying they happen. A topic of discussion: the trigger sits, through
 * a clause, under a verb of lexicon {@code topic_verbs} ("discussed how the two countries will work
 * together", "explored ways to expand trade"); a named event as the verb's object ("discussed Russia's
 * invasion of Ukraine") is not a topic in this sense. An event being undone: an event noun that is the
 * object of a verb of lexicon {@code reversal_verbs} ("lifted its blockade", "ended the occupation",
 * "reneged on its commitment", "withdrew from the talks"),
 * which the verb's own row codes (a lifted blockade is a Retreat, not a Coerce).
 */
final class Topics {
  /** How many edges up from the trigger a topic verb is looked for. */
  private static final int DEPTH = 4;

  private final Lexicons lex;

  Topics(Lexicons lex) {
    this.lex = lex;
  }

  /** Whether {@code trigger} is in a clause that a topic verb governs. */
  boolean isTopic(SemanticGraph g, IndexedWord trigger) {
    if (isPresupposed(g, trigger)) {
      return false;
    }
    record Step(IndexedWord word, int depth, boolean clausal) {}
    Deque<Step> todo = new ArrayDeque<>();
    Set<IndexedWord> seen = new HashSet<>();
    todo.add(new Step(trigger, 0, false));
    while (!todo.isEmpty()) {
      Step s = todo.poll();
      if (s.depth() >= DEPTH || !seen.add(s.word())) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(s.word())) {
        String rel = e.getRelation().toString();
        // A controlled subject ("discussed continued coordination to support Ukraine": nsubj:xsubj(support,
        // coordination)) is the controller's word, not a word inside the clause it controls.
        if (rel.startsWith("conj") || rel.equals("parataxis") || rel.contains("xsubj")) {
          continue;
        }
        boolean clausal = s.clausal() || isClausal(rel);
        IndexedWord gov = e.getGovernor();
        // Work an owner is already doing ("discussed regional issues, including our joint efforts to bolster
        // engagement with X"): the act is the owner's going work that the talks are about, not an act only
        // talked about, as a named event with its agent is.
        if (rel.startsWith("acl") && isOwnedWork(g, gov)) {
          continue;
        }
        if (clausal && gov.tag() != null && gov.tag().startsWith("VB") && lex.contains("topic_verbs", gov.lemma())) {
          return true;
        }
        todo.add(new Step(gov, s.depth() + 1, clausal));
      }
    }
    return false;
  }

  /**
   * Whether {@code trigger} is an aggression noun of lexicon {@code presupposed_nouns} named with its own
   * possessive agent ("in the face of Putin's war against Ukraine", "Russia's invasion"): the event is
   * presupposed, not talked about, whatever clause it sits in.
   */
  private boolean isPresupposed(SemanticGraph g, IndexedWord trigger) {
    if (trigger.tag() == null || !trigger.tag().startsWith("NN") || !lex.contains("presupposed_nouns", trigger.lemma())) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      if (e.getRelation().toString().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code noun} is a noun of lexicon {@code effort_nouns} with a possessive owner ("our efforts",
   * "Turkey's joint efforts"): work that exists, whose acts a topic verb above does not make hypothetical.
   */
  private boolean isOwnedWork(SemanticGraph g, IndexedWord noun) {
    if (noun.tag() == null || !noun.tag().startsWith("NN") || !lex.contains("effort_nouns", noun.lemma())) {
      return false;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
      if (e.getRelation().toString().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code trigger} is an event noun that a reversal verb takes as its object. */
  boolean isUndone(SemanticGraph g, IndexedWord trigger) {
    if (trigger.tag() == null || !trigger.tag().startsWith("NN")) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      IndexedWord gov = e.getGovernor();
      boolean undoneRel = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("obl:on") || rel.equals("obl:from")
          || rel.equals("obl:out_of");
      if (undoneRel && gov.tag() != null && gov.tag().startsWith("VB")
          && lex.contains("reversal_verbs", gov.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code trigger} is a verb of lexicon {@code backing_verbs} that a word of
   * {@code commitment_words} holds ("our commitment to supporting the Cuban people", "committed to help
   * X"): backing pledged is the standing {@code supports} the commitment rules read, no act of support.
   */
  boolean isPledgedBacking(SemanticGraph g, IndexedWord trigger) {
    if (trigger.tag() == null || !trigger.tag().startsWith("VB") || !lex.contains("backing_verbs", trigger.lemma())) {
      return false;
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      IndexedWord gov = e.getGovernor();
      if (rel.matches("xcomp|acl(:to)?|advcl(:to)?") && lex.contains("commitment_words", gov.lemma())) {
        return true;
      }
      // "commitment to supporting the people": the parser's participle modifying the object.
      if (rel.equals("amod") && trigger.tag().equals("VBG")) {
        for (SemanticGraphEdge up : g.incomingEdgeList(gov)) {
          String r = up.getRelation().toString();
          if ((r.equals("obl:to") || r.equals("nmod:to")) && lex.contains("commitment_words", up.getGovernor().lemma())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isClausal(String rel) {
    return rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("acl") || rel.startsWith("advcl")
        || rel.startsWith("csubj");
  }
}
