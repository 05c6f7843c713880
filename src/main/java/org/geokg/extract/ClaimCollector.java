package org.geokg.extract;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;

/** Gathers a document's claims, merging repeats of one fact into one claim with more evidence. */
final class ClaimCollector {
  private final LinkedDocument doc;
  private final Map<Claim.Key, Claim> claims = new LinkedHashMap<>();
  // While set, every claim added is also appended here (to replay a rule's claims later).
  private List<Claim> tap;

  ClaimCollector(LinkedDocument doc) {
    this.doc = doc;
  }

  Evidence evidence(int sentence) {
    CoreMap s = doc.sentences().get(sentence);
    int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Evidence(doc.document().id(), sentence, b, e, doc.document().text().substring(b, e));
  }

  /** Appends every claim added from now on to {@code sink} as well; null stops. */
  void tap(List<Claim> sink) {
    this.tap = sink;
  }

  void add(Claim c) {
    if (c.subject().equals(c.object())) {
      return;
    }
    if (!c.relation().isInteraction() && !NOT_BETWEEN_SIDES.contains(c.relation().localName())
        && sameState(c.subject(), c.object())) {
      // "the Syrian opposition supports the Syrian people": a tie or stance of a state toward itself
      // says nothing (a domestic event, a group and its own state, is still an interaction).
      return;
    }
    if (c.relation().isInteraction() && !c.targetless() && ownGovernment(c.subject(), c.object())) {
      // "Russia" acting on "the Russian government": event data code a state by its government, so this
      // is the state on itself, a misread antecedent ("the Court noted its concern with the Russian
      // government's …"). The government acting on its state ("Turkish authorities imposed a curfew in
      // Turkey") is a domestic event the PLOVER gold codes, and stays.
      return;
    }
    if (tap != null) {
      tap.add(c);
    }
    Claim old = claims.get(c.key());
    if (old == null) {
      claims.put(c.key(), c);
      return;
    }
    claims.put(c.key(), old.mergedWith(c));
  }

  /** Relations that are not a tie or stance between two sides: a person's state, a member's body. */
  private static final Set<String> NOT_BETWEEN_SIDES = Set.of("represents", "memberOf");

  /** Whether {@code group} is the government of the bare state {@code state} (RUS and RUS-GOV). */
  static boolean ownGovernment(Entity state, Entity group) {
    return state.kind() == EntityKind.STATE && group.kind() == EntityKind.GROUP
        && group.key().equals(state.key() + "-" + GOVERNMENT);
  }

  /** The sector code of a state's government. */
  private static final String GOVERNMENT = "GOV";

  /** Whether two actors are one state's: a state and a group of it, or two groups of it. */
  static boolean sameState(Entity a, Entity b) {
    String x = a.stateCode();
    return x != null && x.equals(b.stateCode());
  }

  boolean has(Claim.Key key) {
    return claims.containsKey(key);
  }

  List<Claim> claims() {
    return ImmutableList.copyOf(claims.values());
  }
}
