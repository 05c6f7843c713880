package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24 (s24-petr): a speaker who reports another's armed attack accuses its doer (CAMEO's
 * transformation "a (b . ATTACK) SAY = a b 112"), and only an attack told as done; one's own attack told is
 * no accusation. Sentences written for this test, on the real pipeline.
 */
class WireNewsTwentyFourTest {

  @Test
  void aReportedAttackAccusesItsDoer() {
    assertThat(SentenceFacts.interactions("Turkey said Syrian troops had shelled a Turkish border town."))
        .contains("TUR Accuse SYR-MIL Asserted");
    assertThat(SentenceFacts.interactions("Kenya said Somali militants had attacked a border post on Sunday."))
        .anyMatch(l -> l.startsWith("KEN Accuse SOM"));
  }

  @Test
  void aReportedAttackInThePassiveAccusesItsAgentOrThePlaceItWasFiredFrom() {
    assertThat(SentenceFacts.interactions("Armenia said its positions were shelled by Azerbaijan overnight."))
        .contains("ARM Accuse AZE Asserted");
    assertThat(SentenceFacts.interactions("South Korea said a missile was launched at it from North Korea."))
        .contains("KOR Accuse PRK Asserted");
  }

  @Test
  void aThingLaunchedFromAPlaceThatIsNoWeaponIsNoAccusation() {
    assertThat(SentenceFacts.interactions("Japan said a weather satellite was launched from India on Friday."))
        .noneMatch(l -> l.contains(" Accuse "));
  }

  @Test
  void onesOwnAttackToldIsNoAccusation() {
    assertThat(SentenceFacts.interactions("The Pakistani army said its forces had struck militant hideouts."))
        .noneMatch(l -> l.contains(" Accuse "));
    assertThat(SentenceFacts.interactions("The United States claimed that they had attacked Iraq."))
        .contains("USA Assault IRQ Asserted")
        .noneMatch(l -> l.contains(" Accuse "));
  }

  @Test
  void anAttackForetoldSupposedOrDeniedIsNoAccusation() {
    assertThat(SentenceFacts.interactions("Ukraine said Russia would attack the capital soon."))
        .noneMatch(l -> l.contains(" Accuse "));
    assertThat(SentenceFacts.interactions("Georgia said Russian jets had not bombed the village."))
        .noneMatch(l -> l.contains(" Accuse "));
    assertThat(SentenceFacts.interactions("Japan said that North Korea could strike again."))
        .noneMatch(l -> l.contains(" Accuse "));
  }
}
