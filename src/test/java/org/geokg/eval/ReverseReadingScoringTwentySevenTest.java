package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geokg.claim.Modality;
import org.junit.jupiter.api.Test;

/**
 * Two-sided events in strict scoring (session 27): a meeting or joint work of A and B that the gold writes
 * once (A → B) and the system writes both ways is one fact, not one right and one wrong; the reverse
 * reading is left out of the scores and counted. Gold written both ways still needs both directions, a
 * lone wrong direction is still wrong, and AGREE (written by each signer) is scored as before.
 */
class ReverseReadingScoringTwentySevenTest {
  private static DatasetGraph dataset(String claims) {
    return ClaimDatasets.dataset(claims);
  }

  private static String claim(String id, String cls, String source, String target, String modality) {
    return "claim:" + id + " a gk:Claim, gk:Interaction, gk:" + cls + " ; gk:source state:" + source
        + " ; gk:target state:" + target + " ; gk:modality gk:" + modality + " ; gk:evidence ev:d1-1 .\n";
  }

  private static EvalResult score(List<GoldFact> gold, String claims) {
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), true);
    return Evaluation.scoreDataset(set, dataset(claims), null);
  }

  private static GoldFact gold(String s, String rel, String o) {
    return new GoldFact("d1", s, rel, o, Modality.ASSERTED, "");
  }

  @Test
  void aMeetingWrittenBothWaysAgainstOneGoldRowIsOneRightFact() {
    EvalResult r = score(List.of(gold("CHL", "CONSULT", "PER")),
        claim("c1", "Consult", "CHL", "PER", "Asserted") + claim("c2", "Consult", "PER", "CHL", "Asserted"));
    assertThat(r.system()).singleElement().satisfies(s -> assertThat(s.isMatched()).isTrue());
    assertThat(r.reverseReadings()).isEqualTo(1);
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void jointWorkWrittenBothWaysMatchesAGoldRowOfEitherDirection() {
    EvalResult r = score(List.of(gold("PER", "COOPERATE", "CHL")),
        claim("c1", "Cooperate", "CHL", "PER", "Asserted") + claim("c2", "Cooperate", "PER", "CHL", "Asserted"));
    assertThat(r.system()).singleElement().satisfies(s -> {
      assertThat(s.isMatched()).isTrue();
      assertThat(s.fact().subject()).isEqualTo("PER");
    });
    assertThat(r.reverseReadings()).isEqualTo(1);
  }

  @Test
  void goldWrittenBothWaysNeedsBothDirections() {
    EvalResult r = score(List.of(gold("CHL", "CONSULT", "PER"), gold("PER", "CONSULT", "CHL")),
        claim("c1", "Consult", "CHL", "PER", "Asserted") + claim("c2", "Consult", "PER", "CHL", "Asserted"));
    assertThat(r.system()).hasSize(2).allMatch(Scorer.ScoredSystem::isMatched);
    assertThat(r.reverseReadings()).isZero();
  }

  @Test
  void aPairMatchingNoGoldIsOneWrongFact() {
    EvalResult r = score(List.of(gold("CHL", "CONSULT", "ARG")),
        claim("c1", "Consult", "CHL", "PER", "Asserted") + claim("c2", "Consult", "PER", "CHL", "Asserted"));
    assertThat(r.system()).singleElement().satisfies(s -> assertThat(s.isMatched()).isFalse());
    assertThat(r.reverseReadings()).isEqualTo(1);
  }

  @Test
  void aLoneWrongDirectionIsStillWrong() {
    EvalResult r = score(List.of(gold("CHL", "CONSULT", "PER")), claim("c2", "Consult", "PER", "CHL", "Asserted"));
    assertThat(r.system()).singleElement().satisfies(s -> assertThat(s.isMatched()).isFalse());
    assertThat(r.misses()).hasSize(1);
    assertThat(r.reverseReadings()).isZero();
  }

  @Test
  void aPlannedReverseBesideAHeldMeetingIsScoredOnItsOwn() {
    EvalResult r = score(List.of(gold("CHL", "CONSULT", "PER")),
        claim("c1", "Consult", "CHL", "PER", "Asserted") + claim("c2", "Consult", "PER", "CHL", "Planned"));
    assertThat(r.system()).hasSize(2);
    assertThat(r.reverseReadings()).isZero();
  }

  @Test
  void agreementsAreNotWrittenOnceAndScoreAsBefore() {
    EvalResult r = score(List.of(gold("CHL", "AGREE", "PER")),
        claim("c1", "Agree", "CHL", "PER", "Asserted") + claim("c2", "Agree", "PER", "CHL", "Asserted"));
    assertThat(r.system()).hasSize(2);
    assertThat(r.system()).filteredOn(Scorer.ScoredSystem::isMatched).hasSize(1);
    assertThat(r.reverseReadings()).isZero();
  }
}
