package org.geokg.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;

/**
 * Transcript speaker labels: a sentence that opens with up to four words in capitals and a colon
 * ("SECRETARY BLINKEN:", "QUESTION:"). The linker names a label's person; the first-person reading takes a
 * turn from its label to the next. Both read the label the same way through this class.
 */
public final class TurnLabels {
  private TurnLabels() {}

  /** The index of the colon of a speaker label in capitals opening the sentence, or -1 when there is none. */
  public static int colon(List<CoreLabel> toks) {
    for (int i = 0; i < toks.size() && i <= 4; i++) {
      String w = toks.get(i).word();
      if (w.equals(":")) {
        return i == 0 ? -1 : i;
      }
      if (w.isEmpty() || !w.chars().anyMatch(Character::isLetter) || !w.equals(w.toUpperCase(Locale.ROOT))) {
        return -1;
      }
    }
    return -1;
  }
}
