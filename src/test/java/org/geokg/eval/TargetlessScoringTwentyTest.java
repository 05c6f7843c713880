package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Targetless events in scoring (session 20): a PLOVER record with no target is a gold fact with the object
 * "-", matched by a system interaction of its class and source that has no gk:target; a gold that
 * annotates no targetless event leaves the system's targetless interactions out of its scores, counted.
 */
class TargetlessScoringTwentyTest {
  private static DatasetGraph dataset(String claims) {
    return ClaimDatasets.dataset(claims);
  }

  private static final String RECORDS = """
      [ {"id": "d1", "text": "The rebels of Freedonia laid down their arms on Monday.", "event": "RETREAT",
         "source": [ {"actorText": "Freedonian rebels", "code": "CHL"} ], "target": [],
         "textInfo": {"markup": "(SRC: rebels) (EVT: laid down)"} } ]""";

  @Test
  void aPloverRecordWithNoTargetIsAGoldFactWithTheObjectDash() {
    EvalSet set = PloverReader.parse(RECORDS);
    assertThat(set.gold()).singleElement().satisfies(g -> {
      assertThat(g.subject()).isEqualTo("CHL");
      assertThat(g.relation()).isEqualTo("RETREAT");
      assertThat(g.object()).isEqualTo(EntityKeys.NO_TARGET);
    });
    assertThat(set.skipped()).isEmpty();
  }

  @Test
  void aTargetlessSystemInteractionMatchesTheDashOfItsClassAndSource() {
    EvalSet set = PloverReader.parse(RECORDS);
    EvalResult r = Evaluation.scoreDataset(set, dataset("""
        claim:c1 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 ."""), null);
    assertThat(r.misses()).isEmpty();
    assertThat(r.system()).singleElement().satisfies(s -> assertThat(s.isMatched()).isTrue());
    assertThat(r.unscoredTargetless()).isZero();
  }

  @Test
  void anotherClassOrSourceOrATargetDoesNotMatchTheDash() {
    EvalSet set = PloverReader.parse(RECORDS);
    EvalResult r = Evaluation.scoreDataset(set, dataset("""
        claim:c1 a gk:Claim, gk:Interaction, gk:Mobilize ; gk:source state:CHL ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 .
        claim:c2 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:PER ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 .
        claim:c3 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ; gk:target state:PER ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 ."""), null);
    assertThat(r.misses()).hasSize(1);
    assertThat(r.system()).noneMatch(Scorer.ScoredSystem::isMatched);
  }

  @Test
  void aGoldOfNoTargetlessEventLeavesTargetlessInteractionsOutAndCountsThem() {
    List<GoldFact> gold = List.of(new GoldFact("d1", "CHL", "RETREAT", "PER", null, ""));
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.eventData(), true);
    EvalResult r = Evaluation.scoreDataset(set, dataset("""
        claim:c1 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 .
        claim:c2 a gk:Claim, gk:Interaction, gk:Retreat ; gk:source state:CHL ; gk:target state:PER ;
            gk:modality gk:Asserted ; gk:evidence ev:d1-1 ."""), null);
    assertThat(r.unscoredTargetless()).isEqualTo(1);
    assertThat(r.system()).singleElement().satisfies(s -> assertThat(s.isMatched()).isTrue());
    assertThat(r.misses()).isEmpty();
  }
}
