package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a joint subject whose verb the parser reads as a participle of the last conjunct
 * ({@link JointSubjectRepair}), and support or respect for an actor's cause noun ("support for ASEAN
 * centrality", rule support-for-cause). Sentences written for this test.
 */
class JointSubjectsThirtyOneTest {

  private static final String CALL = SentenceFacts.NORDIC_CALL;

  private static List<String> facts(String text) {
    return SentenceFacts.callReadoutFacts(text);
  }

  @Test
  void aJointCondemnationReadAsAParticipleIsEachPartysAct() {
    // The parser makes "Sherman" the root and "condemned" a participle of "counterparts" (acl).
    assertThat(facts(CALL + "Deputy Secretary Sherman and her counterparts firmly condemned Belarus's premeditated, "
        + "unprovoked, and unjustified crackdown on peaceful protesters."))
        .contains("NOR Accuse BLR Asserted", "SWE Accuse BLR Asserted");
  }

  @Test
  void aParticipleOfANounInAClauseIsLeftAsParsed() {
    // Guard: the sentence has a main verb; "the statement signed by" is a participle, and no one signs with the
    // noun joined to it.
    assertThat(facts("Norway and the statement signed by Sweden condemned the attack."))
        .noneMatch(f -> f.startsWith("NOR Agree") || f.startsWith("NOR Accuse SWE"));
  }

  @Test
  void aParticipleWithoutAnObjectIsLeftAsParsed() {
    // Guard: a heading-like fragment with a participle and no object is not made a clause.
    assertThat(facts(CALL + "Deputy Secretary Sherman and her counterparts gathered in Oslo."))
        .noneMatch(f -> f.contains(" Accuse ") || f.contains(" Agree "));
  }

  @Test
  void supportForAnActorsCentralityIsSupportOfIt() {
    assertThat(facts("The United States reaffirmed its support for ASEAN centrality."))
        .anyMatch(f -> f.startsWith("USA supports ASEAN"));
    assertThat(facts("The Secretary underscored the importance of respect for ASEAN centrality and the rule of law."))
        .anyMatch(f -> f.endsWith("supports ASEAN Asserted") || f.contains(" supports ASEAN"));
  }

  @Test
  void theLackOfRespectForSovereigntyIsNoSupport() {
    // Guard: the one who deplores a lack of respect does not support the actor by this phrase alone.
    assertThat(facts("The United States condemned the lack of respect for Georgia's sovereignty."))
        .noneMatch(f -> f.startsWith("USA supports GEO"));
  }
}
