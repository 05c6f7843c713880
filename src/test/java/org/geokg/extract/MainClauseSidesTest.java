package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import org.junit.jupiter.api.Test;

/** The parties a sentence's main clause reports; sentences written for this test. */
class MainClauseSidesTest {
  @Test
  void aMeetingsOtherPartyIsOneOfItsSidesAnotherActsObjectIsNot() {
    ResolverFixture f = ResolverFixture.of("Japan spoke with India about trade. Japan condemned Iran's decision.");
    MainClauseSides sides = new MainClauseSides(f.doc, f.lex, f.actors);
    assertThat(keys(sides.of(0))).containsExactlyInAnyOrder("JPN", "IND");
    assertThat(keys(sides.of(1))).containsExactly("JPN");
  }

  @Test
  void sidesAreKeptUntilCleared() {
    ResolverFixture f = ResolverFixture.of("Japan spoke with India about trade.");
    MainClauseSides sides = new MainClauseSides(f.doc, f.lex, f.actors);
    assertThat(sides.of(0)).isSameAs(sides.of(0));
    var first = sides.of(0);
    sides.clear();
    assertThat(sides.of(0)).isNotSameAs(first).isEqualTo(first);
  }
}
