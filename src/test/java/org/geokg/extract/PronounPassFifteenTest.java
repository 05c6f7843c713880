package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pronoun and reference causes of the session 15b pronoun pass, with sentences written for this test:
 * a subject "he" that continues a bare title subject ("the President traveled … He met …") read as a
 * person named earlier who is not that subject; "our countries", "both countries" in a clause whose
 * subject names two parties read as the publisher alone.
 */
class PronounPassFifteenTest {

  private static final String STATE = "https://www.state.gov/a-release/";

  @Test
  void aSubjectPronounAfterABareTitleSubjectIsNotAPersonNamedEarlier() {
    ResolverFixture f = ResolverFixture.of("Critics said Donald Trump had weakened the alliance. Last month, the "
        + "President traveled to Europe. He met with Vladimir Putin in Geneva.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(2, f.graph(2), f.node(2, "He")))).doesNotContain("donald-trump");
  }

  @Test
  void aSubjectPronounAfterANamedSubjectStillContinuesIt() {
    ResolverFixture f = ResolverFixture.of("Secretary of State David Clark met with Foreign Minister Jonas Dahl "
        + "in Oslo. He then traveled to Bergen.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "He")))).containsExactly("david-clark");
  }

  @Test
  void ourCountriesInAClauseOfTwoPartiesIsBothParties() {
    ResolverFixture f = ResolverFixture.of("Secretary Blinken and Foreign Minister Jonas Dahl of Norway discussed "
        + "the partnership between our countries.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "countries")))).hasSize(2).contains("USA")
        .containsAnyOf("jonas-dahl", "NOR");
  }

  @Test
  void bothNationsInAClauseOfTwoPartiesIsBothParties() {
    ResolverFixture f = ResolverFixture.of("Secretary Blinken and Foreign Minister Jonas Dahl of Norway reaffirmed "
        + "the strong ties between both nations.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "nations")))).hasSize(2).contains("USA")
        .containsAnyOf("jonas-dahl", "NOR");
  }

  @Test
  void theTwoCountriesInAClauseOfTwoPartiesIsBothParties() {
    ResolverFixture f = ResolverFixture.of("Prime Minister Erik Lund of Norway and President Ana Ruiz of Chile "
        + "celebrated fifty years of friendship between the two countries.", LocalDate.of(2021, 7, 1), null);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "countries")))).hasSize(2)
        .containsAnyOf("erik-lund", "NOR").containsAnyOf("ana-ruiz", "CHL");
  }

  @Test
  void ourCountriesWithOneSubjectIsUnchanged() {
    ResolverFixture f = ResolverFixture.of("The United States values the friendship between our countries.",
        LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "countries")))).doesNotContain("NOR");
  }
  // Session 16 (s16-act): in a state's own release, a bare title subject the text names no one with is the
  // publisher's one holder of that office on the document's date (the tables), and so is the "he" after it.

  @Test
  void aSubjectPronounAfterABareTitleInAStatesReleaseIsItsOfficeHolder() {
    ResolverFixture f = ResolverFixture.of("Last month, the President traveled to Europe. He met with Vladimir Putin "
        + "in Geneva.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "He")))).containsExactly("joe-biden");
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "President")))).containsExactly("joe-biden");
  }

  @Test
  void aBareTitleOfNoPublisherOrOfAnOfficeItDoesNotHaveIsNoOne() {
    ResolverFixture none = ResolverFixture.of("Last month, the President traveled to Europe. He met with Vladimir "
        + "Putin in Geneva.", LocalDate.of(2021, 7, 1), null);
    assertThat(keys(none.actors.resolve(1, none.graph(1), none.node(1, "He")))).isEmpty();
    ResolverFixture pm = ResolverFixture.of("Last month, the Prime Minister traveled to Europe. She met with "
        + "Vladimir Putin in Geneva.", LocalDate.of(2021, 7, 1), STATE);
    assertThat(keys(pm.actors.resolve(1, pm.graph(1), pm.node(1, "She")))).isEmpty();
  }
}
