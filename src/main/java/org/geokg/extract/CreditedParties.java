package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Whom a verb credits or blames for something: the object of a verb of {@code credit_verbs} ("thanked
 * the Prime Minister for …", "congratulated X on …"), or the object a verb gives a reason for
 * ("sanctioned Russia for its war"). A possessive in that "for" or "on" complement is that party's, not
 * the subject's nor the nearest person's. Part of {@link ActorResolver}, whose resolution it calls back.
 */
final class CreditedParties {
  private final LinkedDocument doc;
  private final Lexicons lex;
  private final ActorResolver actors;

  CreditedParties(LinkedDocument doc, Lexicons lex, ActorResolver actors) {
    this.doc = doc;
    this.lex = lex;
    this.actors = actors;
  }

  /**
   * The credited or blamed party when word {@code w} lies in the "for" complement of a verb, or the
   * "on" complement of a verb of {@code credit_verbs} ("congratulated X on her election"): the actors
   * the first verb above stands for as its object ("sanctioned Russia for its war"; "imposed costs on
   * Russia for its war": the object's target); none when it has no such object.
   */
  List<Entity> forPossessive(int s, SemanticGraph g, IndexedWord w) {
    IndexedWord x = w;
    // Deeper than a clause subject's walk: the complement may nest a deed and its target
    // ("for Jamaica's stance in condemning Russia's invasion of Ukraine and his country's support").
    for (int depth = 0; x != null && depth < 10; depth++) {
      SemanticGraphEdge up = Clauses.governingEdge(g, x);
      if (up == null) {
        return List.of();
      }
      String rel = up.getRelation().toString();
      IndexedWord gov = up.getGovernor();
      boolean credit = lex.contains("credit_verbs", gov.lemma());
      boolean forEdge = rel.endsWith(":for") || "for".equalsIgnoreCase(x.word());
      if (credit && (forEdge || rel.endsWith(":on"))) {
        return unlessNearer(s, gov, w, of(s, g, gov));
      }
      if (forEdge && gov.tag() != null && gov.tag().startsWith("VB")) {
        // A reason the verb gives its object ("sanctioned Russia for its war"), not a thing's own
        // "for" ("support for this institution and its work").
        List<Entity> found = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
          String r = e.getRelation().toString();
          boolean targetPrep = r.startsWith("obl:") && lex.contains("target_prepositions", r.substring(4));
          if ((r.equals("obj") || targetPrep) && e.getDependent().index() < w.index() && found.isEmpty()) {
            found.addAll(actors.resolveTarget(s, g, e.getDependent()));
          }
        }
        return unlessNearer(s, gov, w, found);
      }
      if (forEdge || rel.endsWith(":on")) {
        // "thanked the Prime Minister for …" with "for" hung on the object of the courtesy.
        SemanticGraphEdge above = Clauses.governingEdge(g, gov);
        if (above != null && above.getRelation().toString().equals("obj")
            && lex.contains("credit_verbs", above.getGovernor().lemma())) {
          return unlessNearer(s, above.getGovernor(), w, of(s, g, above.getGovernor()));
        }
      }
      x = gov;
    }
    return List.of();
  }

  /** Whom a verb of {@code credit_verbs} credits: its object's actors; none when it has no object. */
  List<Entity> of(int s, SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("obj")) {
        return actors.resolve(s, g, e.getDependent());
      }
    }
    return List.of();
  }

  /**
   * {@code credited}, unless another actor of the pronoun's kind (a person for his or her, else a state
   * or organisation) is named between the verb and the pronoun: "commended President X for his
   * leadership against the Russian Federation after its invasion" ("its" is the Federation's, the nearer
   * antecedent); none then.
   */
  private List<Entity> unlessNearer(int s, IndexedWord verb, IndexedWord pronoun, List<Entity> credited) {
    boolean person = Antecedents.PERSON_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT));
    // Token indices are 0-based, graph indices 1-based: the scan runs from after the verb to before the pronoun.
    for (int t = verb.index(); t < pronoun.index() - 1; t++) {
      Mention m = doc.mentionAt(s, t);
      // "imposed costs on the Government of Iran for its aggression": the state inside the credited
      // government's own name is that party, not a nearer one.
      if (m != null && m.entity().kind().isActor() && (m.entity().kind() == EntityKind.PERSON) == person
          && !credited.contains(m.entity()) && !credited.contains(actors.sideOf(m.entity()))
          && credited.stream().noneMatch(c -> ClaimCollector.sameState(c, m.entity()))) {
        return List.of();
      }
    }
    return credited;
  }
}
