package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import org.junit.jupiter.api.Test;

/** Whom an act is aimed at when its object names no actor; sentences written for this test. */
class ActorTargetsTest {
  @Test
  void aDeedIsAimedAtItsDoer() {
    ResolverFixture f = ResolverFixture.of("Canada condemned the decision by Iran to expel its diplomats.");
    ActorTargets targets = new ActorTargets(f.lex, f.actors);
    assertThat(keys(targets.of(0, f.graph(0), f.node(0, "decision")))).containsExactly("IRN");
  }

  @Test
  void aMeasureIsAimedAtWhomItsPrepositionNames() {
    ResolverFixture f = ResolverFixture.of("Canada called for tougher sanctions against Iran.");
    ActorTargets targets = new ActorTargets(f.lex, f.actors);
    assertThat(keys(targets.of(0, f.graph(0), f.node(0, "sanctions")))).containsExactly("IRN");
  }

  @Test
  void whatAnActAnswersIsAimedAtWhomItIsOf() {
    ResolverFixture f = ResolverFixture.of("Canada welcomed the decision of the European Union.");
    ActorTargets targets = new ActorTargets(f.lex, f.actors);
    assertThat(keys(targets.of(0, f.graph(0), f.node(0, "decision")))).containsExactly("EU");
  }

  @Test
  void anotherAggressionsVictimIsNotTheTarget() {
    ResolverFixture f = ResolverFixture.of("Canada condemned the attacks against Armenia.");
    ActorTargets targets = new ActorTargets(f.lex, f.actors);
    assertThat(targets.of(0, f.graph(0), f.node(0, "attacks"))).isEmpty();
  }

  @Test
  void aNamedObjectIsItsOwnTarget() {
    ResolverFixture f = ResolverFixture.of("Canada criticised Iran.");
    ActorTargets targets = new ActorTargets(f.lex, f.actors);
    assertThat(keys(targets.of(0, f.graph(0), f.node(0, "Iran")))).containsExactly("IRN");
  }
}
