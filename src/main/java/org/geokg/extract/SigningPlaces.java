package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.claim.Claim;
import org.geokg.link.Entity;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;

/**
 * Where the signatories of an instrument agreed it, when the document says elsewhere where it was signed:
 * "The Agreement, which was signed in Greenland … Signatories to the Agreement: A, B and C" is agreed in
 * Greenland. An unplaced agreement whose sentence names the parties or signatories ({@code signatory_nouns})
 * "to" or "of" the instrument, by the same noun of {@code treaty_nouns} that a signing verb
 * ({@code signing_verbs}) takes as what it signs, gets the place of that signing (the event's place, as
 * {@link EventLocation} reads it). A noun the document says was signed in two places gives none.
 */
final class SigningPlaces {
  /** How far after "signatories to" the instrument's noun may come ("Parties to the 1997 Framework Convention"). */
  private static final int REACH = 6;

  private SigningPlaces() {}

  static List<Claim> carry(List<Claim> claims, LinkedDocument d, Gazetteer gazetteer, Lexicons lex) {
    Map<String, Entity> signedAt = new HashMap<>();
    Set<String> twice = new HashSet<>();
    for (int s = 0; s < d.sentences().size(); s++) {
      SemanticGraph g = d.graph(s);
      if (g == null) {
        continue;
      }
      for (IndexedWord v : g.vertexSet()) {
        if (v.tag() == null || !v.tag().startsWith("VB") || !lex.contains("signing_verbs", lower(v.lemma()))) {
          continue;
        }
        IndexedWord signed = signed(g, v);
        if (signed == null || !lex.contains("treaty_nouns", lower(signed.lemma()))) {
          continue;
        }
        Entity where = EventLocation.of(d, s, g, v, gazetteer, lex);
        String noun = lower(signed.word());
        if (where == null) {
          continue;
        }
        Entity before = signedAt.putIfAbsent(noun, where);
        if (before != null && !before.equals(where)) {
          twice.add(noun);
        }
      }
    }
    twice.forEach(signedAt::remove);
    if (signedAt.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Entity where = c.location() == null && c.relation().localName().equals("Agree")
          ? signatoriesPlace(d, sentence(c), signedAt, lex) : null;
      out.add(where == null ? c : c.withLocation(where));
    }
    return out;
  }

  /** What a signing verb signs: its object, its passive subject, or the noun it describes ("the Pact, signed in …"). */
  private static IndexedWord signed(SemanticGraph g, IndexedWord v) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(v)) {
      String rel = e.getRelation().toString();
      if (rel.equals("obj") || rel.equals("nsubj:pass")) {
        return e.getDependent();
      }
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(v)) {
      if (e.getRelation().toString().startsWith("acl")) {
        return e.getGovernor();
      }
    }
    return null;
  }

  /** The signing place of the instrument the sentence's "signatories to the …" names, or null. */
  private static Entity signatoriesPlace(LinkedDocument d, int s, Map<String, Entity> signedAt, Lexicons lex) {
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i + 1 < toks.size(); i++) {
      String next = toks.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (!lex.contains("signatory_nouns", lower(toks.get(i).lemma())) || !(next.equals("to") || next.equals("of"))) {
        continue;
      }
      for (int j = i + 2; j < Math.min(toks.size(), i + 2 + REACH); j++) {
        Entity where = signedAt.get(toks.get(j).word().toLowerCase(Locale.ROOT));
        if (where != null) {
          return where;
        }
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static int sentence(Claim c) {
    return c.evidence().stream().mapToInt(e -> e.sentenceIndex()).min().orElse(0);
  }
}
