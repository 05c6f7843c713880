package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.math.BigDecimal;
import org.geokg.claim.Coding;
import org.junit.jupiter.api.Test;

/** Amounts read off dependency phrases written for this test. */
class AmountsTest {
  private static final Amounts AMOUNTS = new Amounts(Lexicons.load(null));

  private static Coding read(String graph) {
    SemanticGraph g = SemanticGraph.valueOf(graph);
    return AMOUNTS.read(g, g.getFirstRoot());
  }

  @Test
  void aSymbolANumberAndAScale() {
    Coding c = read("[$-1 nummod>[million-3 compound>50-2]]");
    assertThat(c.amount()).isEqualByComparingTo(new BigDecimal("50000000"));
    assertThat(c.currency()).isEqualTo("USD");
  }

  @Test
  void aCurrencyWordAfterTheNumber() {
    Coding c = read("[euros-3 nummod>[billion-2 compound>2.5-1]]");
    assertThat(c.amount()).isEqualByComparingTo(new BigDecimal("2500000000"));
    assertThat(c.currency()).isEqualTo("EUR");
  }

  @Test
  void noCurrencyOrNoNumberIsNoAmount() {
    assertThat(read("[people-3 nummod>[million-2 compound>50-1]]")).isEqualTo(Coding.NONE);
    assertThat(read("[$-2 amod>additional-1]")).isEqualTo(Coding.NONE);
  }
}
