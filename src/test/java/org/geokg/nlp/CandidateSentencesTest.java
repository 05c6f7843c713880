package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSentencesTest {
  private static final boolean T = true;
  private static final boolean F = false;

  private static List<Integer> list(BitSet b) {
    return b.stream().boxed().toList();
  }

  @Test
  void sentencesNamingAnActorAreCandidates() {
    assertThat(list(CandidateSentences.select(new boolean[] {T, F, T, F}, new boolean[] {F, F, F, F}, 2)))
        .containsExactly(0, 2);
  }

  @Test
  void aPronounSentenceIsACandidateWithinTheWindowAfterAnActor() {
    boolean[] actors = {T, F, F, F, F};
    boolean[] pronouns = {F, T, T, T, F};
    assertThat(list(CandidateSentences.select(actors, pronouns, 2))).containsExactly(0, 1, 2);
    assertThat(list(CandidateSentences.select(actors, pronouns, 0))).containsExactly(0);
    assertThat(list(CandidateSentences.select(actors, pronouns, 5))).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aPronounBeforeAnyActorIsNotACandidate() {
    assertThat(list(CandidateSentences.select(new boolean[] {F, F, T}, new boolean[] {T, T, F}, 2)))
        .containsExactly(2);
  }

  @Test
  void emptyDocumentHasNoCandidates() {
    assertThat(CandidateSentences.select(new boolean[0], new boolean[0], 2).isEmpty()).isTrue();
  }

  @Test
  void arraysMustMatch() {
    assertThatThrownBy(() -> CandidateSentences.select(new boolean[1], new boolean[2], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anaphorsArePersonalPronounsTaggedAsSuch() {
    assertThat(CandidateSentences.hasAnaphor(tokens("They/PRP met/VBD ./."))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("its/PRP$ ties/NNS"))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("It/PRP rained/VBD"))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("I/PRP agree/VBP"))).isFalse();
    assertThat(CandidateSentences.hasAnaphor(tokens("The/DT talks/NNS ended/VBD"))).isFalse();
  }

  @Test
  void aCountedDefinitePhraseIsAnAnaphorAsAPronounIs() {
    // "The two leaders agreed …" names no actor: it must be parsed to take up the parties named before.
    assertThat(CandidateSentences.hasAnaphor(tokens("The/DT two/CD leaders/NNS agreed/VBD"))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("The/DT three/CD Pacific/JJ countries/NNS signed/VBD"))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("Both/DT sides/NNS agreed/VBD"))).isTrue();
    assertThat(CandidateSentences.hasAnaphor(tokens("The/DT two/CD discussed/VBD trade/NN"))).isTrue();
    // A count of things is no reference to parties.
    assertThat(CandidateSentences.hasAnaphor(tokens("Talks/NNS lasted/VBD two/CD days/NNS"))).isFalse();
    assertThat(CandidateSentences.hasAnaphor(tokens("Both/DT were/VBD late/JJ"))).isFalse();
  }

  private static List<CoreLabel> tokens(String tagged) {
    return java.util.Arrays.stream(tagged.split(" ")).map(wt -> {
      int slash = wt.lastIndexOf('/');
      CoreLabel l = new CoreLabel();
      l.setWord(wt.substring(0, slash));
      l.setTag(wt.substring(slash + 1));
      return l;
    }).toList();
  }
}
