package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token cues of a noun phrase; sentences written for this test. */
class NounPhrasesTest {
  @Test
  void aDefiniteDeterminerOpensThePhraseThoughParsedOntoAModifier() {
    ResolverFixture f = ResolverFixture.of("These oil producing nations met in Vienna. Oil producing nations met in Doha.");
    NounPhrases phrases = new NounPhrases(f.doc, f.lex, f.gazetteer, null);
    assertThat(phrases.openedByDefiniteDeterminer(0, f.node(0, "nations").index() - 1)).isTrue();
    assertThat(phrases.openedByDefiniteDeterminer(1, f.node(1, "nations").index() - 1)).isFalse();
  }

  @Test
  void actorsNamedBeforeOrModifying() {
    ResolverFixture f = ResolverFixture.of("Chile said the Indian delegation left.");
    NounPhrases phrases = new NounPhrases(f.doc, f.lex, f.gazetteer, null);
    int delegation = f.node(0, "delegation").index() - 1;
    assertThat(phrases.actorBefore(0, delegation)).isTrue();
    assertThat(phrases.actorBefore(0, 0)).isFalse();
    assertThat(phrases.hasActorModifier(0, f.graph(0), f.node(0, "delegation"))).isTrue();
  }

  @Test
  void aCapitalisedPluralTitleGetsItsCommonNounLemma() {
    assertThat(NounPhrases.commonLemma("Ministers", "Ministers", "NNP")).isEqualTo("minister");
    assertThat(NounPhrases.commonLemma("ministers", "minister", "NNS")).isEqualTo("minister");
  }

  @Test
  void aBodyModifyingANounIsNamedARegionWordToo() {
    ResolverFixture f = ResolverFixture.of("Bahrain thanked its NATO partners and its Gulf partners.");
    NounPhrases phrases = new NounPhrases(f.doc, f.lex, f.gazetteer, null);
    assertThat(phrases.bodyOrRegion(0, f.node(0, "NATO")).key()).isEqualTo("NATO");
    assertThat(phrases.bodyOrRegion(0, f.node(0, "Gulf"))).isNotNull();
    assertThat(phrases.bodyOrRegion(0, f.node(0, "partners"))).isNull();
  }
}
