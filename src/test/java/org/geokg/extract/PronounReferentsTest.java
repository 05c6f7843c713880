package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import org.junit.jupiter.api.Test;

/** Whom a pronoun stands for; sentences written for this test. */
class PronounReferentsTest {
  @Test
  void aPluralPronounIsEveryCoordinatedSubject() {
    ResolverFixture f = ResolverFixture.of("Brazil and Mexico said they would expand their trade.");
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "they")))).containsExactlyInAnyOrder("BRA", "MEX");
  }

  @Test
  void theyAfterAMeetingIsItsParties() {
    ResolverFixture f = ResolverFixture.of("Japan spoke with India on Monday. They discussed trade.");
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "They")))).containsExactlyInAnyOrder("JPN", "IND");
  }

  @Test
  void onlyPronounTagsAreReadHere() {
    assertThat(PronounReferents.isPronoun("PRP")).isTrue();
    assertThat(PronounReferents.isPronoun("PRP$")).isTrue();
    assertThat(PronounReferents.isPronoun("WDT")).isTrue();
    assertThat(PronounReferents.isPronoun("NNS")).isFalse();
  }
}
