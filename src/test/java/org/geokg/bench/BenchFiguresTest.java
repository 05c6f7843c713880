package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {
  @Test
  void ratesAndRatios() {
    assertThat(BenchFigures.perSecond(3000, 1_500_000_000L)).isCloseTo(2000, within(1e-9));
    assertThat(BenchFigures.perSecond(10, 0)).isZero();
    assertThat(BenchFigures.ratio(2800, 400)).isCloseTo(7.0, within(1e-9));
    assertThat(BenchFigures.ratio(1, 0)).isNaN();
  }

  @Test
  void sharesOfTheTotal() {
    Map<String, Long> stages = new LinkedHashMap<>();
    stages.put("ner", 600L);
    stages.put("rdf", 50L);
    stages.put("commit", 30L);
    assertThat(BenchFigures.shares(stages, 1000)).containsEntry("ner", 0.6).containsEntry("rdf", 0.05);
    assertThat(BenchFigures.shareOf(stages, 1000, List.of("rdf", "commit", "absent"))).isCloseTo(0.08, within(1e-12));
    assertThat(BenchFigures.shareOf(stages, 0, List.of("rdf"))).isZero();
  }

  @Test
  void stagesInPipelineOrderThenTheRest() {
    Map<String, Long> stages = Map.of("rdf", 1L, "zzz", 2L, "ner", 3L, "aaa", 4L, "tokenize", 5L);
    assertThat(BenchFigures.ordered(stages, List.of("tokenize", "ner", "rdf")).keySet())
        .containsExactly("tokenize", "ner", "rdf", "aaa", "zzz");
  }

  @Test
  void json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "a \"b\"\n");
    m.put("rate", 2.5);
    m.put("whole", 3.0);
    m.put("nan", Double.NaN);
    m.put("list", List.of(1, true));
    m.put("empty", Map.of());
    assertThat(BenchFigures.json(m)).isEqualTo("{\n  \"name\": \"a \\\"b\\\"\\n\",\n  \"rate\": 2.5,\n"
        + "  \"whole\": 3,\n  \"nan\": null,\n  \"list\": [1, true],\n  \"empty\": {}\n}\n");
  }

  @Test
  void percentilesAreNearestRank() {
    double[] runs = new double[21];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = 21 - i; // given out of order
    }
    assertThat(BenchFigures.percentile(runs, 0.5)).isEqualTo(11);
    assertThat(BenchFigures.percentile(runs, 0.9)).isEqualTo(19);
    assertThat(BenchFigures.percentile(new double[] {7}, 0.9)).isEqualTo(7);
    assertThat(BenchFigures.percentile(new double[0], 0.5)).isNaN();
  }
}
