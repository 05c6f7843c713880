package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names with "of" coordinated with a second party (session 21, s21-actors), on sentences written for this
 * test: the parser hangs the second party on the name's last word ("the United States of (America and
 * Japan)"), so it was lost as a party or read as a thing of the first.
 */
class NameConjunctsTwentyOneTest {

  private static List<String> show(String text) {
    List<String> f = SentenceFacts.interactions(text);
    System.out.println("NCT " + text + " -> " + f);
    return f;
  }

  @Test
  void theSecondPartyOfTheUnitedStatesOfAmericaIsASubject() {
    assertThat(show("The United States of America and Norway signed a memorandum on fisheries research."))
        .anyMatch(f -> f.startsWith("USA ") && f.contains(" NOR "))
        .anyMatch(f -> f.startsWith("NOR ") && f.contains(" USA "));
  }

  @Test
  void aRepublicOfNameCoordinatedIsTwoParties() {
    assertThat(show("The Republic of Korea and Japan agreed to expand their cooperation on missile defense."))
        .anyMatch(f -> f.startsWith("KOR ") && f.contains(" JPN "))
        .noneMatch(f -> f.startsWith("KOR ") && f.contains(" KOR "));
  }

  @Test
  void theCongoNameCoordinatedIsTwoParties() {
    assertThat(show("The Democratic Republic of the Congo and Rwanda signed a peace agreement in June."))
        .anyMatch(f -> f.startsWith("COD ") && f.contains(" RWA "));
  }

  @Test
  void aNameCoordinatedAfterAPrepositionIsBothObjects() {
    assertThat(show("Chile condemned the United States of America and Peru for the blockade."))
        .anyMatch(f -> f.startsWith("CHL ") && f.contains(" USA "))
        .anyMatch(f -> f.startsWith("CHL ") && f.contains(" PER "));
  }

  @Test
  void aNameReadRightIsLeftAsItIs() {
    assertThat(show("Norway and the United States of America signed a memorandum on fisheries research."))
        .anyMatch(f -> f.startsWith("USA ") && f.contains(" NOR "))
        .anyMatch(f -> f.startsWith("NOR ") && f.contains(" USA "));
  }
}
