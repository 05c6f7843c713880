package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors placed on the wrong party (session 22, s22-actors), on sentences written for this test: a bare
 * surname shared with a listed office-holder of another state, and a possessive in a "for" phrase of
 * cause read as the subject's rather than the one the act is done to.
 */
class ActorsTwentyTwoTest {

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text);
    System.out.println("A22 " + text + " -> " + f);
    return f;
  }

  @Test
  void aSurnameIsThePersonTheTextNamedInFullNotAListedNamesake() {
    List<String> r = SentenceFacts.represents("Albanian Foreign Minister Dritan Osmani arrived in Oslo on Monday. "
        + "Foreign Minister Osmani praised Norway for its leadership on ocean policy.");
    System.out.println("A22 represents " + r);
    assertThat(r).noneMatch(x -> x.contains("vjosa"));
    List<String> f = show("Albanian Foreign Minister Dritan Osmani arrived in Oslo on Monday. "
        + "Foreign Minister Osmani condemned Russia for the strikes on Ukrainian cities.");
    assertThat(f).noneMatch(x -> x.contains("vjosa") || x.startsWith("XKX "));
  }

  @Test
  void aListedSurnameAloneAfterItsTitleIsStillItsHolder() {
    // No one of that name was named in full: the listed president is whom the title and surname name.
    assertThat(show("President Osmani condemned Serbia for the attack on the border post."))
        .anyMatch(x -> x.startsWith("vjosa-osmani ") || x.startsWith("XKX "));
  }

  @Test
  void aTitleOfTheListedPersonsOfficeNamesThemOverANamesakeNamedBefore() {
    // Found on the merged bulk run: "Ambassador Mike Herzog … President Herzog's visit" gave the visit to
    // the ambassador. The title of the listed person's own office decides.
    assertThat(show("Albanian Foreign Minister Dritan Osmani arrived in Oslo on Monday. "
        + "President Osmani condemned Serbia for the attack on the border post."))
        .anyMatch(x -> x.startsWith("vjosa-osmani ") || x.startsWith("XKX "));
  }

  @Test
  void aListedSurnameAfterATitleOfAnotherKindIsNotItsHolder() {
    // The listed Osmani is a president; a foreign minister of that name is someone else.
    assertThat(show("Foreign Minister Osmani condemned Serbia for the attack on the border post."))
        .noneMatch(x -> x.startsWith("vjosa-osmani ") || x.startsWith("XKX "));
  }

  @Test
  void aForPhraseOfCauseIsTheOneTheActIsDoneTo() {
    assertThat(show("Canada will impose severe costs on the government of Iran for its aggression against Iraq."))
        .noneMatch(x -> x.startsWith("CAN ") && x.contains(" IRQ "))
        .anyMatch(x -> x.startsWith("IRN") && x.contains(" IRQ "));
  }

  @Test
  void aCauseWithNoOneBlamedStaysTheSubjects() {
    assertThat(show("Russia will pay a heavy price for its aggression against Georgia."))
        .anyMatch(x -> x.startsWith("RUS") && x.contains(" GEO "));
  }
}
