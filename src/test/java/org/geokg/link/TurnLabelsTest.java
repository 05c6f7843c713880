package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnLabelsTest {

  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      out.add(t);
    }
    return out;
  }

  @Test
  void aLabelInCapitalsEndsAtItsColon() {
    assertThat(TurnLabels.colon(tokens("SECRETARY", "BLINKEN", ":", "Thank", "you"))).isEqualTo(2);
    assertThat(TurnLabels.colon(tokens("FOREIGN", "MINISTER", "AL-SABAH", ":", "We"))).isEqualTo(3);
  }

  @Test
  void noLabelWithoutCapitalsOrWithTheColonTooLateOrFirst() {
    assertThat(TurnLabels.colon(tokens("Secretary", "Blinken", ":", "Thank"))).isEqualTo(-1);
    assertThat(TurnLabels.colon(tokens(":", "SECRETARY"))).isEqualTo(-1);
    assertThat(TurnLabels.colon(tokens("A", "B", "C", "D", "E", ":", "x"))).isEqualTo(-1);
    assertThat(TurnLabels.colon(tokens("12", ":", "30"))).isEqualTo(-1);
  }
}
