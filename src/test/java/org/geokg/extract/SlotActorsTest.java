package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

/** The actors a rule match's slots name; sentences written for this test. */
class SlotActorsTest {
  private static Rule withObject(String object) {
    return new Rule("slot-test", null, null, null, null, 1.0, null, null, null, object, null, false, false, null,
        null);
  }

  @Test
  void aResourceIsTheOneNamedNextToTheTrigger() {
    ResolverFixture f = ResolverFixture.of("Norway is a major oil producer.");
    SlotActors slots = new SlotActors(f.gazetteer);
    Entity r = slots.resource(f.doc.tokens(0), f.node(0, "producer"));
    assertThat(r.kind()).isEqualTo(EntityKind.RESOURCE);
    assertThat(r.key()).isEqualTo("oil");
  }

  @Test
  void aResourceNoWordNamesIsEnergy() {
    ResolverFixture f = ResolverFixture.of("Norway is a major producer.");
    SlotActors slots = new SlotActors(f.gazetteer);
    assertThat(slots.resource(f.doc.tokens(0), f.node(0, "producer")).key()).isEqualTo("energy");
  }

  @Test
  void aTokenGroupNamesEachLinkedActorOnce() {
    ResolverFixture f = ResolverFixture.of("Canada and Iran and Canada signed a treaty.");
    List<CoreLabel> group = f.doc.tokens(0).subList(0, 5);
    assertThat(keys(SlotActors.entitiesIn(f.doc, 0, f.graph(0), f.actors, group))).containsExactly("CAN", "IRN");
    assertThat(SlotActors.entitiesIn(f.doc, 0, f.graph(0), f.actors, null)).isEmpty();
  }

  @Test
  void aGroupsNodeIsItsLastTokensElseTheFallback() {
    ResolverFixture f = ResolverFixture.of("Canada signed a treaty with Iran.");
    List<CoreLabel> toks = f.doc.tokens(0);
    assertThat(SlotActors.node(f.graph(0), toks.subList(2, 4), 0).word()).isEqualTo("treaty");
    assertThat(SlotActors.node(f.graph(0), null, 1).word()).isEqualTo("signed");
  }

  @Test
  void anOrganisationObjectKeepsOrganisationsOnly() {
    ResolverFixture f = ResolverFixture.of("Canada joined the European Union.");
    SlotActors slots = new SlotActors(f.gazetteer);
    Entity eu = f.gazetteer.entity(EntityKind.ORGANIZATION, "EU").orElseThrow();
    Entity iran = f.gazetteer.entity(EntityKind.STATE, "IRN").orElseThrow();
    assertThat(slots.organisations(withObject("organisation"), List.of(iran, eu, eu))).containsExactly(eu);
    assertThat(slots.organisations(withObject(null), List.of(iran, eu))).containsExactly(iran, eu);
  }

  @Test
  void aBodyThatActsForAnOrganisationStandsForIt() {
    ResolverFixture f = ResolverFixture.of("Canada joined the European Union.");
    SlotActors slots = new SlotActors(f.gazetteer);
    Entity eu = f.gazetteer.entity(EntityKind.ORGANIZATION, "EU").orElseThrow();
    Entity council = f.gazetteer.entity(EntityKind.ORGANIZATION, "EU-COUNCIL").orElseThrow();
    assertThat(slots.organisations(withObject("organisation"), List.of(council, eu))).containsExactly(eu);
  }
}
