package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * The state whose delegation a named person is in, where the parse says so: "a Zambian government
 * delegation that included Foreign Minister X, Secretary of the Treasury Y, and Z", "the Armenian
 * delegation included X", "a delegation including X", "X and Y led the Thai delegation", "the Kenyan
 * delegation, led by X". Whoever a state sends in its delegation speaks for that state, whatever the
 * title's own table state says ("Secretary of the Treasury", "National Security Advisor" are the United
 * States' offices only when no other state is named): without this a foreign delegation's members were
 * read as the publisher's. A rule cannot say it because the person's state must override the title
 * reading of {@link RepresentsExtractor}, which decides whom the person's acts are of.
 *
 * <p>The delegation noun ({@code delegation_nouns}) must carry its state as a modifier (amod, compound,
 * possessive, "of"/"from"): "a delegation that included X" with no state says nothing. The verbs are
 * {@code delegation_member_verbs} (include, comprise) and {@code lead_verbs}; conjoined names count,
 * as enhanced++ gives each conjunct the verb's relation.
 */
final class DelegationMembers {
  private final Lexicons lex;
  /** The state a named actor stands for as a delegation's owner (a government body's state). */
  private final UnaryOperator<Entity> sideOf;

  DelegationMembers(Lexicons lex, UnaryOperator<Entity> sideOf) {
    this.lex = lex;
    this.sideOf = sideOf;
  }

  /** The state of the delegation mention {@code m} (a person) is a member or leader of; null for none. */
  Entity stateOf(LinkedDocument d, Mention m) {
    SemanticGraph g = d.graph(m.sentence());
    if (g == null) {
      return null;
    }
    for (int i = m.end() - 1; i >= m.begin(); i--) {
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w == null) {
        continue;
      }
      for (IndexedWord np : phraseHeads(g, w)) {
        for (IndexedWord delegation : delegationsOf(g, np)) {
          Entity state = owner(d, m.sentence(), g, delegation);
          if (state != null) {
            return state;
          }
        }
      }
    }
    return null;
  }

  /** Noun-phrase relations a name hangs from inside its phrase or list of people. */
  private static final java.util.Set<String> PHRASE_UP = java.util.Set.of("compound", "flat", "appos", "dep", "conj",
      "conj:and", "nmod:of");

  /**
   * The name node and the nouns above it within its phrase or list, at most eight nodes: "Secretary of the
   * Treasury X", where the parse may make the title the head (or hang the name under its "of"), and "A, B,
   * and C", where the verb's object is the first conjunct.
   */
  private static List<IndexedWord> phraseHeads(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>(List.of(w));
    for (int i = 0; i < out.size() && out.size() < 8; i++) {
      for (SemanticGraphEdge e : g.incomingEdgeList(out.get(i))) {
        IndexedWord gov = e.getGovernor();
        if (PHRASE_UP.contains(e.getRelation().toString()) && gov.tag().startsWith("NN") && !out.contains(gov)) {
          out.add(gov);
        }
      }
    }
    return out;
  }

  /** The delegation nouns the name node {@code w} is a member or leader of. */
  private List<IndexedWord> delegationsOf(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      String rel = e.getRelation().toString();
      IndexedWord gov = e.getGovernor();
      if (rel.equals("obj") && member(gov)) {
        // "the delegation (that) included X": the verb's subject (enhanced++ puts the relative clause's
        // noun there), or the noun the participle modifies ("a delegation including X").
        subjects(g, gov).forEach(out::add);
        for (SemanticGraphEdge up : g.incomingEdgeList(gov)) {
          if (up.getRelation().toString().startsWith("acl") && delegation(up.getGovernor())) {
            out.add(up.getGovernor());
          }
        }
      } else if (rel.startsWith("nmod:includ") && delegation(gov)) {
        // "a delegation including X" parsed with "including" as X's preposition.
        out.add(gov);
      } else if (rel.equals("nsubj") && lead(gov)) {
        // "X led the Thai delegation".
        for (SemanticGraphEdge o : g.outgoingEdgeList(gov)) {
          if (o.getRelation().toString().equals("obj") && delegation(o.getDependent())) {
            out.add(o.getDependent());
          }
        }
      } else if ((rel.equals("obl:agent") || rel.equals("obl:by")) && lead(gov)) {
        // "the Kenyan delegation, led by X": the participle modifies the delegation or has it as subject.
        subjects(g, gov).forEach(out::add);
        for (SemanticGraphEdge up : g.incomingEdgeList(gov)) {
          if (up.getRelation().toString().startsWith("acl") && delegation(up.getGovernor())) {
            out.add(up.getGovernor());
          }
        }
      }
    }
    return out;
  }

  private List<IndexedWord> subjects(SemanticGraph g, IndexedWord verb) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge s : g.outgoingEdgeList(verb)) {
      String rel = s.getRelation().toString();
      if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && delegation(s.getDependent())) {
        out.add(s.getDependent());
      }
    }
    return out;
  }

  /** The state named as the delegation's modifier ("Zambian", "U.S.", "Pakistan's", "of India"). */
  private Entity owner(LinkedDocument d, int s, SemanticGraph g, IndexedWord delegation) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(delegation)) {
      String rel = e.getRelation().toString();
      if (!(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nmod:of")
          || rel.equals("nmod:from"))) {
        continue;
      }
      Mention named = d.mentionAt(s, e.getDependent().index() - 1);
      if (named == null || !named.entity().kind().isActor() || named.entity().kind() == EntityKind.PERSON) {
        continue;
      }
      Entity side = sideOf.apply(named.entity());
      if (side != null && side.kind() == EntityKind.STATE) {
        return side;
      }
    }
    return null;
  }

  private boolean delegation(IndexedWord w) {
    return w.lemma() != null && lex.contains("delegation_nouns", w.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean member(IndexedWord w) {
    return w.tag().startsWith("VB") && w.lemma() != null
        && lex.contains("delegation_member_verbs", w.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean lead(IndexedWord w) {
    return w.tag().startsWith("VB") && w.lemma() != null
        && lex.contains("lead_verbs", w.lemma().toLowerCase(java.util.Locale.ROOT));
  }
}
