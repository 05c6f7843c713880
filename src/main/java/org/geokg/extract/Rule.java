package org.geokg.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.geokg.claim.Relation;

/**
 * One extraction rule as written in a {@code .rules} file: a Semgrex pattern over dependencies or a
 * TokensRegex pattern over tokens, with named nodes {@code subject}, {@code object} and
 * {@code trigger}.
 *
 * @param id written as {@code gk:extractedBy}
 * @param relation the relation it extracts
 * @param confidence its declared precision in [0, 1]
 * @param semgrex the dependency pattern, or null
 * @param tokens the token pattern, or null
 * @param subject {@code node} (the named node), or {@code lead} (the document's leading actor, for
 *     subject-less clauses such as "Talking with Seoul …")
 * @param object {@code node}, or {@code resource} (the energy resource named at the trigger, or
 *     {@code energy})
 * @param mode the interaction mode, or {@code auto} to read it from the trigger, or null
 * @param participants whether the objects are all the parties ("talks involving A, B and C"): the
 *     lead actor must be one of them and is taken out of the objects
 * @param modality a fixed modality for attributive patterns ("oil-producing nations" states the
 *     attribute whatever the clause around it does), or null to read it from the sentence
 * @param source the file and line the rule starts at, for error messages
 */
public record Rule(String id, Relation relation, double confidence, SemgrexPattern semgrex,
    TokenSequencePattern tokens, String subject, String object, String mode, boolean participants,
    org.geokg.claim.Modality modality, String source) {

  public boolean implicitSubject() {
    return "lead".equals(subject);
  }

  public boolean resourceObject() {
    return "resource".equals(object);
  }
}
