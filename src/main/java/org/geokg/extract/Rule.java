package org.geokg.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;

/**
 * One extraction rule as written in a {@code .rules} file (see {@code geokg/rules/README.md}): a
 * Semgrex pattern over dependencies or a TokensRegex pattern over tokens, with named nodes
 * {@code subject}, {@code object} and {@code trigger}, and how to read the match.
 *
 * @param id written as {@code gk:extractedBy}
 * @param relation the relation it extracts; null when {@code relationTable} or {@code modifierTable}
 *     decides
 * @param relationTable a lexicon table keyed by the trigger's lemma whose {@code class} (or
 *     {@code relation}) column is the relation, filtered by {@code frame}; or null
 * @param frame {@code obj}, {@code prep} (the relation named {@code prep} in the pattern gives the
 *     preposition), or null: which rows of {@code relationTable} apply
 * @param modifierTable a lexicon table keyed by the trigger's modifiers ("financial ties",
 *     "territorial disputes") whose {@code relation} column is the relation; or null
 * @param confidence its declared precision in [0, 1]
 * @param semgrex the dependency pattern, or null
 * @param tokens the token pattern, or null
 * @param subject {@code node} (the named node), {@code lead} (the document's leading actor, for
 *     subject-less clauses), {@code clause} (the subject of the nearest clause above the trigger), or
 *     {@code voice} (whoever speaks at the trigger: a quotation's speaker, else the document's authors or
 *     publisher, as "we" is read; nothing in a text of no known author)
 * @param object {@code node}, {@code resource} (the energy resource named at the trigger), or
 *     {@code self} (the subject's own state: a protest with no target named), or {@code organisation}
 *     (organisations only; a body that acts for an organisation, as the Council of the European Union
 *     for the EU, stands for it), or {@code body} (organisations and groups as named: never a state or
 *     a person), or {@code none} (a targetless event: the subjects act on no actor, written with no target,
 *     for the classes of the lexicon {@code targetless_classes} only)
 * @param mode the interaction mode, or {@code auto} to read it from the trigger, or null
 * @param participants whether the objects are all the parties ("talks involving A, B and C"): the
 *     lead actor must be one of them and is taken out of the objects
 * @param reciprocal whether the subjects hold the relation among themselves ("India and Russia are
 *     expanding their defense ties"), when no object is named
 * @param modality a fixed modality for attributive patterns, or null to read it from the sentence
 * @param source the file and line the rule starts at, for error messages
 * @param pairedOnce for a reciprocal reading ({@code reciprocal: once}), each pair of subjects written once,
 *     from the one named first: the gold writes the work of listed parties together so ("X, Y and Z took
 *     coordinated action": X with Y, X with Z, Y with Z), not both ways as a reciprocal verb
 */
public record Rule(String id, Relation relation, String relationTable, String frame, String modifierTable,
    double confidence, SemgrexPattern semgrex, TokenSequencePattern tokens, String subject, String object,
    String mode, boolean participants, boolean reciprocal, Modality modality, String source, boolean pairedOnce) {

  /** A rule whose reciprocal reading, if any, writes each pair both ways. */
  public Rule(String id, Relation relation, String relationTable, String frame, String modifierTable,
      double confidence, SemgrexPattern semgrex, TokenSequencePattern tokens, String subject, String object,
      String mode, boolean participants, boolean reciprocal, Modality modality, String source) {
    this(id, relation, relationTable, frame, modifierTable, confidence, semgrex, tokens, subject, object, mode,
        participants, reciprocal, modality, source, false);
  }

  public boolean implicitSubject() {
    return "lead".equals(subject);
  }

  public boolean clauseSubject() {
    return "clause".equals(subject);
  }

  /**
   * Whether the subject is whoever states the clause: the subject of the clause it hangs from ("The G7 said
   * there would be consequences for X if …": the G7), else the document's own voice ("There will be
   * consequences for X if …" in a release: its author). For a warning worded with no warner (session 30).
   */
  public boolean speakerSubject() {
    return "speaker".equals(subject);
  }

  /** Whether the subject is the document's own voice ("It is time for X to …" in a release). */
  public boolean voiceSubject() {
    return "voice".equals(subject);
  }

  /** Whether the rule finds targetless events ({@code object: none}). */
  public boolean targetless() {
    return "none".equals(object);
  }

  public boolean resourceObject() {
    return "resource".equals(object);
  }

  /** Whether the objects are bodies one can join or belong to: organisations and groups, never a state or person. */
  public boolean bodyObject() {
    return "body".equals(object);
  }

  /** Whether the objects are organisations only, a body that acts for one standing for it. */
  public boolean organisationObject() {
    return "organisation".equals(object);
  }
}
