package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import java.util.List;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

/** The parties of a protest with no target named; sentences written for this test. */
class ProtestPartiesTest {
  @Test
  void sectorProtestersAreThatSectorOfTheStateWhereTheyProtest() {
    ResolverFixture f = ResolverFixture.of("Thousands of students marched in Bolivia.");
    ProtestParties protests = new ProtestParties(f.gazetteer, f.lex);
    List<Entity> who = protests.protesters(f.doc, 0, f.graph(0), f.node(0, "students"), f.node(0, "marched"));
    assertThat(keys(who)).containsExactly("BOL-EDU");
    assertThat(who.get(0).kind()).isEqualTo(EntityKind.GROUP);
  }

  @Test
  void aNounThatNamesNoSectorNamesNoProtesters() {
    ResolverFixture f = ResolverFixture.of("Thousands of tractors rallied in Bolivia.");
    ProtestParties protests = new ProtestParties(f.gazetteer, f.lex);
    assertThat(protests.protesters(f.doc, 0, f.graph(0), f.node(0, "tractors"), f.node(0, "rallied"))).isEmpty();
  }

  @Test
  void aProtestIsAimedAtTheStateWhereItHappened() {
    ResolverFixture f = ResolverFixture.of("Thousands of students marched in Bolivia.");
    ProtestParties protests = new ProtestParties(f.gazetteer, f.lex);
    List<Entity> who = protests.protesters(f.doc, 0, f.graph(0), f.node(0, "students"), f.node(0, "marched"));
    assertThat(keys(protests.targets(f.doc, 0, f.graph(0), f.node(0, "marched"), who, f.actors)))
        .containsExactly("BOL");
  }

  @Test
  void withNoPlaceSaidAGroupProtestsAgainstItsOwnState() {
    ResolverFixture f = ResolverFixture.of("Canada said that the farmers demonstrated yesterday.");
    ProtestParties protests = new ProtestParties(f.gazetteer, f.lex);
    Entity farmers = new Entity(EntityKind.GROUP, "COL-AGR", "Colombia agriculture");
    assertThat(keys(protests.targets(f.doc, 0, f.graph(0), f.node(0, "demonstrated"), List.of(farmers, farmers),
        f.actors))).containsExactly("COL");
  }

  @Test
  void aStateProtestingWhereNoPlaceIsSaidHasNoTarget() {
    ResolverFixture f = ResolverFixture.of("Canada protested yesterday.");
    ProtestParties protests = new ProtestParties(f.gazetteer, f.lex);
    Entity canada = f.gazetteer.entity(EntityKind.STATE, "CAN").orElseThrow();
    assertThat(protests.targets(f.doc, 0, f.graph(0), f.node(0, "protested"), List.of(canada), f.actors)).isEmpty();
  }
}
