package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.geokg.claim.Claim;
import org.geokg.claim.Modality;
import org.geokg.link.Entity;
import org.geokg.link.LinkedDocument;

/**
 * Where what the parties of a meeting did to each other happened, when the readout says it in a later
 * sentence: "Blinken met Mirzoyan in Washington. … During their meeting, the Secretary and Foreign
 * Minister signed a memorandum" is signed in Washington. An interaction that its own sentence does not
 * place, between two parties of the last located meeting reported in the {@link #SENTENCES} sentences
 * before (persons counted as whom they represent), that happened as the meeting did (asserted or
 * reported), takes the meeting's place when its sentence points back at the meeting ("during their
 * meeting", "at the talks": a preposition of {@code meeting_prepositions}, a definite or possessive
 * determiner, a noun of {@code consult_nouns} that is no call) or when it is more talks between them
 * ("The two discussed …"). An act toward anyone else ("they condemned the DPRK's launches"), a courtesy
 * said ("the Secretary thanked …": a statement) and what the sentence does not tie to the meeting stay
 * unplaced.
 */
final class MeetingPlaces {
  /** How far after the meeting's sentence its parties' acts are taken to be of the meeting. */
  static final int SENTENCES = 6;

  private static final Set<String> NOT_MET = Set.of("PhoneCall", "VideoCall", "Statement");

  private MeetingPlaces() {}

  /** {@code claims} with the places of their meetings carried to the unplaced acts among the parties. */
  static List<Claim> carry(List<Claim> claims, Map<Entity, Entity> represented, LinkedDocument d, Lexicons lex) {
    // The located meetings, by sentence: their parties and place (the first one a sentence gives).
    TreeMap<Integer, Meeting> meetings = new TreeMap<>();
    for (Claim c : claims) {
      if (isMeeting(c) && !c.targetless()) {
        Meeting m = meetings.computeIfAbsent(sentence(c), k -> new Meeting(c.location(), new HashSet<>()));
        if (m.place().equals(c.location())) {
          m.parties().add(side(c.subject(), represented));
          m.parties().add(side(c.object(), represented));
        }
      }
    }
    if (meetings.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Map.Entry<Integer, Meeting> last = c.relation().isInteraction() && c.location() == null && happened(c)
          ? meetings.lowerEntry(sentence(c)) : null;
      if (last != null && !c.targetless() && sentence(c) - last.getKey() <= SENTENCES
          && last.getValue().parties().contains(side(c.subject(), represented))
          && last.getValue().parties().contains(side(c.object(), represented))
          && (pointsBackAtMeeting(d, sentence(c), lex)
              || (c.relation().localName().equals("Consult") && !NOT_MET.contains(String.valueOf(c.mode()))))) {
        out.add(c.withLocation(last.getValue().place()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private record Meeting(Entity place, Set<Entity> parties) {}

  private static final Set<String> BACK = Set.of("their", "the", "this", "that", "its", "his", "her");

  /** "During their meeting", "at the talks", "on the sidelines of the visit": the sentence is of the meeting. */
  static boolean pointsBackAtMeeting(LinkedDocument d, int s, Lexicons lex) {
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 1; i < toks.size(); i++) {
      String lemma = toks.get(i).lemma() == null ? toks.get(i).word() : toks.get(i).lemma();
      if (!lex.contains("consult_nouns", lemma) || lex.contains("mode_phone", lemma)
          || !BACK.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int j = i - 2; j >= Math.max(0, i - 5); j--) {
        if (lex.contains("meeting_prepositions", toks.get(j).word())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMeeting(Claim c) {
    return c.relation().isInteraction() && c.location() != null && happened(c)
        && (c.mode() == null ? c.relation().localName().equals("Consult") : !NOT_MET.contains(c.mode()));
  }

  private static boolean happened(Claim c) {
    return c.modality() == Modality.ASSERTED || c.modality() == Modality.REPORTED;
  }

  private static int sentence(Claim c) {
    return c.evidence().stream().mapToInt(e -> e.sentenceIndex()).min().orElse(0);
  }

  private static Entity side(Entity e, Map<Entity, Entity> represented) {
    return represented.getOrDefault(e, e);
  }
}
