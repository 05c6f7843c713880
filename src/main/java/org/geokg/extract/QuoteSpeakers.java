package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Who speaks in the quoted sentences of a document: a sentence with a quotation and a verb of saying
 * next to a person ("…,” Murphy said) is that person's; a quoted sentence with no attribution of its
 * own continues the quotation of the sentence before it.
 */
final class QuoteSpeakers {
  private final Map<Integer, Entity> speakers = new HashMap<>();

  QuoteSpeakers(LinkedDocument doc, Lexicons lex) {
    Entity open = null;
    for (int s = 0; s < doc.sentences().size(); s++) {
      List<CoreLabel> toks = doc.tokens(s);
      boolean quoted = toks.stream().anyMatch(QuoteSpeakers::isQuote);
      if (!quoted) {
        open = null;
        continue;
      }
      Entity speaker = null;
      for (int i = 0; i < toks.size() && speaker == null; i++) {
        if (lex.contains("speech_verbs", toks.get(i).lemma())) {
          speaker = nearestPerson(doc, s, i);
        }
      }
      if (speaker == null && isQuote(toks.get(0))) {
        speaker = open;
      }
      if (speaker != null) {
        speakers.put(s, speaker);
      }
      open = speaker;
    }
  }

  private static boolean isQuote(CoreLabel t) {
    String w = t.word();
    return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("``") || w.equals("''");
  }

  /** The person named closest to a verb of saying, within three tokens either side. */
  private static Entity nearestPerson(LinkedDocument doc, int s, int verb) {
    for (int d = 1; d <= 3; d++) {
      for (int i : new int[] {verb - d, verb + d}) {
        Mention m = doc.mentionAt(s, i);
        if (m != null && m.entity().kind() == EntityKind.PERSON) {
          return m.entity();
        }
      }
    }
    return null;
  }

  /** The speaker of a quoted sentence, or null. */
  Entity speaker(int sentence) {
    return speakers.get(sentence);
  }

  /** Whether token {@code t} of a sentence lies between quotation marks (or after an unclosed one). */
  static boolean insideQuote(List<CoreLabel> toks, int t) {
    boolean inside = false;
    for (int i = 0; i < t && i < toks.size(); i++) {
      String w = toks.get(i).word();
      if (w.equals("“") || w.equals("``")) {
        inside = true;
      } else if (w.equals("”") || w.equals("''")) {
        inside = false;
      } else if (w.equals("\"")) {
        inside = !inside;
      }
    }
    return inside;
  }
}
