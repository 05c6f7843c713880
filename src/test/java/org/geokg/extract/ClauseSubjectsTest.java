package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import org.junit.jupiter.api.Test;

/** Who acts in a clause with no subject of its own; sentences written for this test. */
class ClauseSubjectsTest {
  @Test
  void aControlledInfinitiveActsForTheSubjectAbove() {
    ResolverFixture f = ResolverFixture.of("France and Germany agreed to help Ukraine.");
    ClauseSubjects subjects = new ClauseSubjects(f.lex, f.actors, new CreditedParties(f.doc, f.lex, f.actors));
    assertThat(keys(subjects.of(0, f.graph(0), f.node(0, "help")))).containsExactlyInAnyOrder("FRA", "DEU");
  }

  @Test
  void theActACourtesyIsGivenForIsTheThankedPartys() {
    ResolverFixture f = ResolverFixture.of("Japan thanked India for condemning the attack.");
    ClauseSubjects subjects = new ClauseSubjects(f.lex, f.actors, new CreditedParties(f.doc, f.lex, f.actors));
    assertThat(keys(subjects.of(0, f.graph(0), f.node(0, "condemning")))).containsExactly("IND");
  }

  @Test
  void aParticipleOnANounActsForTheNounNotTheClauseAbove() {
    ResolverFixture f = ResolverFixture.of("Norway sanctioned a network supplying weapons to Sudan.");
    ClauseSubjects subjects = new ClauseSubjects(f.lex, f.actors, new CreditedParties(f.doc, f.lex, f.actors));
    assertThat(keys(subjects.of(0, f.graph(0), f.node(0, "supplying")))).doesNotContain("NOR");
  }

  @Test
  void theSubjectWordOfAPronounsClause() {
    ResolverFixture f = ResolverFixture.of("They reaffirmed their support for Moldova.");
    assertThat(ClauseSubjects.subjectWord(f.graph(0), f.node(0, "their"))).isEqualTo("They");
  }
}
