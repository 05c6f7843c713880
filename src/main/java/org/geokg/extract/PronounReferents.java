package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.link.Entity;

/**
 * Whom a pronoun stands for: "we" (and, in a signed release, "I") is the side that speaks ({@link FirstPerson}); a plural pronoun is the
 * coordinated subjects of its clause, or the parties the paragraph reported, or the states named before;
 * a possessive in what a verb credits or blames its object for is that object's ({@link
 * CreditedParties}); any other pronoun is its antecedent ({@link Antecedents#pronoun}). Part of {@link
 * ActorResolver}.
 */
final class PronounReferents {
  private final Antecedents antecedents;
  private final FirstPerson firstPerson;
  private final NounPhrases phrases;
  private final MainClauseSides sides;
  private final CreditedParties credited;
  private final ActorResolver actors;

  PronounReferents(Antecedents antecedents, FirstPerson firstPerson, NounPhrases phrases, MainClauseSides sides,
      CreditedParties credited, ActorResolver actors) {
    this.antecedents = antecedents;
    this.firstPerson = firstPerson;
    this.phrases = phrases;
    this.sides = sides;
    this.credited = credited;
    this.actors = actors;
  }

  /** Whether a word of part-of-speech {@code tag} is read here: a personal, possessive or wh- pronoun. */
  static boolean isPronoun(String tag) {
    return tag.startsWith("PRP") || tag.equals("WP$") || tag.equals("WP") || tag.equals("WDT");
  }

  /**
   * The plural pronouns that take up the subject of their own clause ("their", "themselves"). Not a
   * subject "they" of a clause under a speech verb: read as the persons of the clause above ("A and B
   * said they will attack Z") it added two false threats on the PETRARCH set, which codes that
   * sentence as a claim of responsibility, and moved no statedept fact (session 14 merge).
   */
  private static final Set<String> SUBJECT_PLURALS = Set.of("their", "themselves");

  /**
   * The actors the subject of the nearest clause above pronoun {@code w} stands for, when it comes before
   * the pronoun: every one its subject words resolve to, in order, without repeats.
   */
  List<Entity> subjectParties(int s, SemanticGraph g, IndexedWord w) {
    IndexedWord v = w;
    for (int depth = 0; v != null && depth < 6; depth++) {
      List<Entity> found = new ArrayList<>();
      boolean subject = false;
      for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
        String rel = e.getRelation().toString();
        IndexedWord d = e.getDependent();
        if (rel.startsWith("nsubj") && d.index() < w.index()) {
          subject = true;
          for (Entity x : actors.resolve(s, g, d)) {
            if (!found.contains(x)) {
              found.add(x);
            }
          }
        }
      }
      if (subject) {
        return found;
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, v);
      v = up == null ? null : up.getGovernor();
    }
    return List.of();
  }

  /** The subject before {@code w} of the nearest clause above it that has one ({@link #subjectParties}), or null. */
  private static IndexedWord clauseSubject(SemanticGraph g, IndexedWord w) {
    IndexedWord v = w;
    for (int depth = 0; v != null && depth < 6; depth++) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
        if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().index() < w.index()) {
          return e.getDependent();
        }
      }
      SemanticGraphEdge up = Clauses.governingEdge(g, v);
      v = up == null ? null : up.getGovernor();
    }
    return null;
  }

  /**
   * Whether {@code w} is the subject of the sentence's main clause: of a root verb, or of a verb joined to
   * one by coordination. A "they" of a clause below ("… impose costs on Putin for as long as they continue
   * their war") is not the sentence's topic continued, and takes its own antecedent.
   */
  private static boolean isMainSubject(SemanticGraph g, IndexedWord w) {
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      if (!e.getRelation().toString().startsWith("nsubj")) {
        continue;
      }
      IndexedWord verb = e.getGovernor();
      for (int steps = 0; steps < 50; steps++) {
        if (g.getRoots().contains(verb)) {
          return true;
        }
        SemanticGraphEdge up = g.incomingEdgeList(verb).stream()
            .filter(x -> x.getRelation().toString().startsWith("conj")).findFirst().orElse(null);
        if (up == null) {
          break;
        }
        verb = up.getGovernor();
      }
    }
    return false;
  }

  /**
   * The sides of the clause's subject when a possessive "our" is theirs together: "They discussed our joint
   * efforts to support X", "The Secretary and the Foreign Minister reviewed our collective efforts …", "Both
   * sides reaffirmed our partnership" in a readout. The publisher reports its own official's talks, so its
   * "our" under a subject of two or more sides that includes the publisher's side (the speakers of {@code
   * speakers}) is all those sides', not the publisher alone, as "their" would be. Empty when the subject is
   * the speaker alone ("We reaffirm our support": a unilateral statement), names fewer than two sides, or
   * leaves a speaker out (a "they" that means others: then "our" is still the speaker's).
   */
  private List<Entity> sharedOwners(int s, SemanticGraph g, IndexedWord w, List<Entity> speakers) {
    if (speakers.isEmpty() || g.incomingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().equals("nmod:poss"))) {
      return List.of();
    }
    IndexedWord subject = clauseSubject(g, w);
    if (subject != null && actors.bareParties(subject)) {
      // "Participants discussed our continued military support for NATO Allies" closing a many-party call:
      // the publisher's summary of a group call keeps its own "our" (the fresh gold of session 27 counts
      // the United States' support alone); "They discussed our joint efforts" after a bilateral meeting is
      // shared as before (session 29).
      return List.of();
    }
    List<Entity> sides = new ArrayList<>();
    for (Entity p : subjectParties(s, g, w)) {
      Entity side = actors.partySide(p);
      if (side == null) {
        // A person of no known side leaves the owners unsettled.
        return List.of();
      }
      if (!sides.contains(side)) {
        sides.add(side);
      }
    }
    return sides.size() >= 2 && sides.containsAll(speakers) ? sides : List.of();
  }

  /** Adds to {@code out} whom pronoun node {@code w} of sentence {@code s} stands for, if anyone. */
  void resolve(int s, SemanticGraph g, IndexedWord w, Set<Entity> out) {
    int t = w.index() - 1;
    String word = w.word().toLowerCase(Locale.ROOT);
    if (FirstPerson.PRONOUNS.contains(word)) {
      // "We call on …" in a government's release: the government; in a quotation: the speaker's side.
      List<Entity> speakers = firstPerson.of(s, t);
      List<Entity> pair = word.equals("our") ? sharedOwners(s, g, w, speakers) : List.of();
      out.addAll(pair.isEmpty() ? speakers : pair);
      return;
    }
    if (FirstPerson.SINGULAR.contains(word)) {
      // "I congratulate the people of X" in a signed release: its authors or publisher.
      out.addAll(firstPerson.ofSingular(s, t));
      return;
    }
    if (Antecedents.PLURAL_PRONOUNS.contains(word)) {
      // "India and Russia said they were expanding their ties": all the coordinated subjects.
      List<Entity> subjects = antecedents.clauseSubjectList(s, t);
      if (subjects.size() > 1) {
        out.addAll(subjects);
        return;
      }
      if (SUBJECT_PLURALS.contains(word)) {
        // "The two sides resolved to continue their cooperation", "X and Y discussed their commitment":
        // the clause's subject names two or more parties (persons, counted or descriptive phrases).
        List<Entity> parties = subjectParties(s, g, w);
        if (parties.size() > 1) {
          out.addAll(parties);
          return;
        }
      }
      // "They reaffirmed their support for X": "their" is whom the clause's "they" is.
      boolean theirOfThey = word.equals("their") && "they".equalsIgnoreCase(ClauseSubjects.subjectWord(g, w));
      if (subjects.isEmpty() && (word.equals("they") || theirOfThey) && !phrases.actorBefore(s, t)) {
        // "Blinken spoke with Le Drian … They discussed …": the parties of the paragraph.
        List<Entity> parties = antecedents.participants(s, 0, false, true, sides, actors::partySide);
        if (!parties.isEmpty()) {
          out.addAll(parties);
          return;
        }
      }
      List<Entity> persons = subjects.isEmpty() && word.equals("they") && s > 0 && isMainSubject(g, w)
          && !sides.opensTurn(s) && !antecedents.paragraphBreakAfter(s - 1) ? sides.coordinatedPersons(s - 1) : null;
      if (persons != null) {
        // "X and Y welcomed the unity shown at the G7 Leaders' Meeting. They condemned …": a subject "they"
        // continues the two persons the sentence before has for subject, as a "he" continues one: their
        // sides (those the tables know; none when they know none), not an actor named in that clause's
        // object.
        out.addAll(persons);
        return;
      }
      List<Entity> list = antecedents.previousStates(s, t);
      if (list.size() > 1 && subjects.isEmpty() && !antecedents.hasCoreference(s, t)) {
        out.addAll(list);
        return;
      }
    }
    if (Antecedents.POSSESSIVES.contains(word)) {
      // "thanked the Prime Minister for his country's support", "imposed costs on Russia for its war":
      // a possessive in what a verb credits or blames its object for is the object's, not the
      // subject's nor the nearest person's.
      List<Entity> party = credited.forPossessive(s, g, w);
      if (!party.isEmpty()) {
        out.addAll(party);
        return;
      }
    }
    Entity e = antecedents.pronoun(s, t, word);
    if (e != null && PersonGender.ofPronoun(word) != null && e.equals(firstPerson.turnSpeaker(s))) {
      // "MS ORTEGA: … and he will meet with …": a speaker says "I" of herself; a "he" or "she" in her
      // own turn is someone else (whom the text's names do not settle here).
      return;
    }
    if (e != null) {
      out.add(e);
    }
  }
}
