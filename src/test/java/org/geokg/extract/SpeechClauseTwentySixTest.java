package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a time clause with a speech verb ("came after Kenya announced it would free …") that the parser
 * hangs under the clause it reports is repaired (`SpeechClauseRepair`), so the stated intention is read
 * (Agree, CAMEO 03x). The graph tests build the misparse by hand, one guard each; the sentence tests are
 * sentences written for this test that CoreNLP 4.5.10 misparses so.
 */
class SpeechClauseTwentySixTest {

  private static final Lexicons LEX = Lexicons.load(null);

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text, null));
  }

  @Test
  void aStatedIntentionInATimeClauseIsAnAgreement() {
    assertThat(facts("The decision came after Kenya announced it would free over 100 Somali refugees by the end of"
        + " the month."))
        .anyMatch(f -> f.startsWith("KEN Agree SOM") && f.endsWith("Asserted"));
  }

  @Test
  void anotherStatedIntentionInATimeClauseIsAnAgreement() {
    assertThat(facts("The decision came after Ghana announced it would free over 40 Togolese fishermen by the end of"
        + " the month."))
        .anyMatch(f -> f.startsWith("GHA Agree TGO") && f.endsWith("Asserted"));
  }

  /**
   * A graph of "word/TAG/lemma" tokens (numbered from 1) and "governor relation dependent" edges by number.
   */
  private static SemanticGraph graph(String tokens, String... edges) {
    SemanticGraph g = new SemanticGraph();
    String[] t = tokens.split(" ");
    for (int i = 1; i <= t.length; i++) {
      String[] p = t[i - 1].split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(p[0]);
      l.setValue(p[0]);
      l.setTag(p[1]);
      l.setLemma(p[2]);
      l.setIndex(i);
      l.setSentIndex(0);
      g.addVertex(new IndexedWord(l));
    }
    for (String e : edges) {
      String[] p = e.split(" ");
      IndexedWord gov = g.getNodeByIndex(Integer.parseInt(p[0]));
      if (p[1].equals("root")) {
        g.setRoot(gov);
        continue;
      }
      g.addEdge(gov, g.getNodeByIndex(Integer.parseInt(p[2])),
          GrammaticalRelation.valueOf(Language.UniversalEnglish, p[1]), 1.0, false);
    }
    return g;
  }

  // "The decision came after Kenya announced it would free refugees", as the parser misreads it: the reported
  // clause the complement of "came", the time clause hung on it; SPEECH is the lemma of "announced".
  private static SemanticGraph misparse(String speech, String... more) {
    String tokens = "The/DT/the decision/NN/decision came/VBD/come after/IN/after Kenya/NNP/Kenya announced/VBD/"
        + speech + " it/PRP/it would/MD/would free/VB/free refugees/NNS/refugee";
    List<String> edges = new java.util.ArrayList<>(List.of("3 root", "3 nsubj 2", "3 ccomp 9", "9 advcl:after 6",
        "6 mark 4", "6 nsubj 5", "9 nsubj 7", "9 aux 8", "9 obj 10"));
    edges.addAll(List.of(more));
    return graph(tokens, edges.toArray(String[]::new));
  }

  private static String governor(SemanticGraph g, int index) {
    var in = g.incomingEdgeList(g.getNodeByIndex(index)).get(0);
    return in.getRelation() + "(" + in.getGovernor().word() + ")";
  }

  @Test
  void theSpeechVerbGovernsTheClauseItReports() {
    SemanticGraph g = misparse("announce");
    assertThat(SpeechClauseRepair.apply(g, LEX)).isEqualTo(1);
    assertThat(governor(g, 9)).isEqualTo("ccomp(announced)");
    assertThat(governor(g, 6)).isEqualTo("advcl:after(came)");
  }

  @Test
  void aVerbThatReportsNothingIsLeft() {
    // "came after Kenya arrived it would …": only a verb of speech_verbs takes a reported clause.
    SemanticGraph g = misparse("arrive");
    assertThat(SpeechClauseRepair.apply(g, LEX)).isZero();
    assertThat(governor(g, 9)).isEqualTo("ccomp(came)");
  }

  @Test
  void aSpeechVerbWithAnObjectOfItsOwnIsLeft() {
    // The speech verb already has its words ("announced its plan"): the clause after it is not what it reports.
    SemanticGraph g = misparse("announce", "6 obj 2");
    assertThat(SpeechClauseRepair.apply(g, LEX)).isZero();
    assertThat(governor(g, 9)).isEqualTo("ccomp(came)");
  }

  @Test
  void aSubjectNotRightAfterTheSpeechVerbIsLeft() {
    // "It came as Kenya announced, the refugees will go free": a comma between, so the clause after it is not
    // announced.
    SemanticGraph g = graph("It/PRP/it came/VBD/come as/IN/as Kenya/NNP/Kenya announced/VBD/announce ,/,/,"
        + " the/DT/the refugees/NNS/refugee will/MD/will go/VB/go free/JJ/free", "2 root", "2 nsubj 1", "2 ccomp 10",
        "10 advcl:as 5", "5 mark 3", "5 nsubj 4", "10 nsubj 8", "8 det 7", "10 aux 9", "10 xcomp 11");
    assertThat(SpeechClauseRepair.apply(g, LEX)).isZero();
    assertThat(governor(g, 5)).isEqualTo("advcl:as(go)");
  }

  @Test
  void aTimeClauseBeforeItsGovernorIsLeft() {
    // The word the reported clause hangs on comes after the time clause: nothing before it to hang the time clause on.
    SemanticGraph g = graph("After/IN/after Kenya/NNP/Kenya announced/VBD/announce it/PRP/it would/MD/would"
        + " free/VB/free refugees/NNS/refugee ,/,/, officials/NNS/official said/VBD/say", "10 root", "10 nsubj 9",
        "10 ccomp 6", "6 advcl:after 3", "3 mark 1", "3 nsubj 2", "6 nsubj 4", "6 aux 5", "6 obj 7");
    assertThat(SpeechClauseRepair.apply(g, LEX)).isZero();
    assertThat(governor(g, 3)).isEqualTo("advcl:after(free)");
  }
}
