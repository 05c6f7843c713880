package org.geokg.extract;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
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

  boolean has(Claim.Key key) {
    return claims.containsKey(key);
  }

  List<Claim> claims() {
    return ImmutableList.copyOf(claims.values());
  }
}
