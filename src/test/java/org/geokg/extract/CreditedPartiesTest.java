package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import org.junit.jupiter.api.Test;

/** Whom a verb credits or blames, and whose a possessive in that complement is; sentences written for this test. */
class CreditedPartiesTest {
  @Test
  void aPossessiveInWhatACourtesyVerbThanksForIsTheThanked() {
    ResolverFixture f = ResolverFixture.of("Canada thanked Ghana for its support to Ukraine.");
    CreditedParties credited = new CreditedParties(f.doc, f.lex, f.actors);
    assertThat(keys(credited.forPossessive(0, f.graph(0), f.node(0, "its")))).containsExactly("GHA");
    assertThat(keys(credited.of(0, f.graph(0), f.node(0, "thanked")))).containsExactly("GHA");
    // The whole resolver reads the pronoun so too, not as the subject's.
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "its")))).containsExactly("GHA");
  }

  @Test
  void aPossessiveInAReasonAVerbGivesIsItsObjects() {
    ResolverFixture f = ResolverFixture.of("Norway sanctioned Russia for its war in Georgia.");
    CreditedParties credited = new CreditedParties(f.doc, f.lex, f.actors);
    assertThat(keys(credited.forPossessive(0, f.graph(0), f.node(0, "its")))).containsExactly("RUS");
  }

  @Test
  void aPossessiveOutsideSuchAComplementIsNoOnesCredit() {
    ResolverFixture f = ResolverFixture.of("Canada raised its tariffs on Ghana.");
    CreditedParties credited = new CreditedParties(f.doc, f.lex, f.actors);
    assertThat(credited.forPossessive(0, f.graph(0), f.node(0, "its"))).isEmpty();
  }
}
