package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31 (fgM): a commitment said with the participle or adjective ("We remain committed to Ukraine's
 * sovereignty", "is committed to the security of Israel") is the same standing supports stance the noun
 * "commitment to" already gives (ties.rules support-committed-to*). The verb "commit" with an object, and a
 * commitment to an act against a party, state no support. Sentences written for this test.
 */
class CommittedToThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/statement-on-the-region/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void remainingCommittedToAStatesSovereigntySupportsIt() {
    assertThat(facts("We remain committed to Moldova's sovereignty and territorial integrity."))
        .contains("USA supports MDA Asserted");
  }

  @Test
  void aNamedStateCommittedToTheSecurityOfAnotherSupportsIt() {
    assertThat(facts("Norway is firmly committed to the security of Lithuania."))
        .contains("NOR supports LTU Asserted");
  }

  @Test
  void committedToAPartyByNameSupportsIt() {
    assertThat(facts("The United States is committed to ASEAN."))
        .contains("USA supports ASEAN Asserted");
  }

  @Test
  void theVerbCommitWithAnObjectIsNoSupport() {
    // Guard: "committed atrocities against X's people" is an act against X, not a commitment to X.
    assertThat(facts("Russian forces committed atrocities against Georgia's people."))
        .noneMatch(f -> f.contains(" supports GEO"));
  }

  @Test
  void aCommitmentToActAgainstAPartyIsNoSupportOfIt() {
    // Guard: the commitment's complement is an act aimed at Belarus; no obl:to actor or cause noun.
    assertThat(facts("We remain committed to holding Belarus accountable for its abuses."))
        .noneMatch(f -> f.contains(" supports BLR"));
  }

  @Test
  void aCommitmentToATreatyNamesNoActor() {
    // Guard: the object is an agreement, not an actor; nothing is supported.
    assertThat(facts("Chile remains committed to the Paris Agreement."))
        .noneMatch(f -> f.contains(" supports "));
  }

  @Test
  void committedToCounteringAPartyIsNoSupportOfIt() {
    // Guard: the parser may leave "countering" as the amod of the party's name; the act is against it.
    assertThat(facts("The United States is committed to countering Hizballah and Iran's malign influence."))
        .noneMatch(f -> f.contains(" supports "));
  }
}
