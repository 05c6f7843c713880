package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateStageTest {
  private static final Set<String> CUES = DateStage.readCues();

  private static List<CoreLabel> tokens(String text) {
    return Arrays.stream(text.split(" ")).map(w -> {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      return t;
    }).toList();
  }

  @Test
  void sentencesWithAMonthADayOrADigitHaveATimeCue() {
    assertThat(DateStage.hasCue(tokens("Blinken spoke with Lavrov in late December ."), CUES)).isTrue();
    assertThat(DateStage.hasCue(tokens("They met on Jan. 10 ."), CUES)).isTrue();
    assertThat(DateStage.hasCue(tokens("talks in mid-January"), CUES)).isTrue();
    assertThat(DateStage.hasCue(tokens("they met last week"), CUES)).isTrue();
    assertThat(DateStage.hasCue(tokens("the 2 committed to talks"), CUES)).isTrue();
    assertThat(DateStage.hasCue(tokens("Russia and China signed a pact"), CUES)).isFalse();
  }

  @Test
  void theCueListIsReadWithoutCommentsAndInLowerCase() {
    assertThat(CUES).contains("january", "jan.", "tuesday", "week", "christmas");
    assertThat(CUES).allSatisfy(c -> assertThat(c).doesNotStartWith("#").isLowerCase());
  }
}
