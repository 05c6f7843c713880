package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire-news constructions of session 20, with sentences written for this test: a protest at a venue
 * that the sentence places in a state, the place hung by the parser on the verb ("rioted Monday at the
 * prison in southern Chile") rather than on the venue, is aimed at that state as "at a prison in Chile" is;
 * "X warned it would V", which the parser reads with the reporting verb as the reported verb's clausal
 * subject and the pronoun as its object, is read as "X warned that it would V" (nlp/ReportedClauseRepair).
 */
class WireTwentyTest {

  @Test
  void aVenuePlacedOnTheVerbIsNoTarget() {
    assertThat(SentenceFacts.interactions("Bolivian inmates rioted Tuesday at the prison in southern Chile."))
        .anyMatch(f -> f.startsWith("BOL-CVL Protest CHL"));
  }

  @Test
  void aVenueNamedForAnActorStaysTheTarget() {
    // The venue's own modifier names whom the protest is aimed at: not the state it stands in.
    assertThat(SentenceFacts.interactions("Students protested Friday at the Chinese embassy in Nepal."))
        .noneMatch(f -> f.contains("Protest NPL"));
  }

  @Test
  void aVenueWithNoPlaceIsStillLeftToTheVerbTable() {
    assertThat(SentenceFacts.interactions("Kenyan workers protested at the headquarters on Monday."))
        .noneMatch(f -> f.contains("Protest KEN"));
  }

  @Test
  void aReportedPromiseAfterAPronounAndAModalIsRead() {
    assertThat(SentenceFacts.interactions("Spain announced it would free 40 Moroccan fishermen."))
        .anyMatch(f -> f.startsWith("ESP Agree MAR"))
        .anyMatch(f -> f.startsWith("ESP Retreat MAR") && f.endsWith("Hypothetical"));
  }

  @Test
  void aReportedThreatAfterAPronounAndAModalIsRead() {
    assertThat(SentenceFacts.interactions("Canada warned it would cut aid to Mali."))
        .anyMatch(f -> f.startsWith("CAN Threaten MLI"))
        .noneMatch(f -> f.startsWith("CAN Sanction MLI") && f.endsWith("Asserted"));
  }

  @Test
  void theRepairLeavesAClausalSubjectWithNoPronounAlone() {
    edu.stanford.nlp.semgraph.SemanticGraph g = edu.stanford.nlp.semgraph.SemanticGraph.valueOf(
        "[surprised-5/VBD csubj>[help-3/VB mark>That-1/IN nsubj>Chile-2/NNP aux>would-4/MD] obj>Bolivia-6/NNP]");
    assertThat(org.geokg.nlp.ReportedClauseRepair.apply(g)).isZero();
  }

  @Test
  void theRepairReattachesTheMisparsedClause() {
    edu.stanford.nlp.semgraph.SemanticGraph g = edu.stanford.nlp.semgraph.SemanticGraph.valueOf(
        "[cut-5/VB csubj>[warned-2/VBD nsubj>Canada-1/NNP obj>it-3/PRP] aux>would-4/MD obj>aid-6/NN]");
    assertThat(org.geokg.nlp.ReportedClauseRepair.apply(g)).isEqualTo(1);
    assertThat(g.toCompactString()).contains("ccomp>").contains("nsubj>it").doesNotContain("csubj");
  }

  @Test
  void anEmbeddedMisparsedClauseHangsItsReportingVerbWhereTheReportedOneHung() {
    // "Officials said Canada warned it would cut aid": the repaired reporting verb takes the reported
    // verb's place under "said", so the reported act is reached through "warned" from the sentence root.
    edu.stanford.nlp.semgraph.SemanticGraph g = edu.stanford.nlp.semgraph.SemanticGraph.valueOf(
        "[said-2/VBD nsubj>Officials-1/NNS ccomp>[cut-7/VB csubj>[warned-4/VBD nsubj>Canada-3/NNP obj>it-5/PRP] aux>would-6/MD obj>aid-8/NN]]");
    assertThat(org.geokg.nlp.ReportedClauseRepair.apply(g)).isEqualTo(1);
    edu.stanford.nlp.ling.IndexedWord said = node(g, "said");
    edu.stanford.nlp.ling.IndexedWord warned = node(g, "warned");
    edu.stanford.nlp.ling.IndexedWord cut = node(g, "cut");
    assertThat(g.getParents(warned)).containsExactly(said);
    assertThat(g.getParents(cut)).containsExactly(warned);
  }

  private static edu.stanford.nlp.ling.IndexedWord node(edu.stanford.nlp.semgraph.SemanticGraph g, String word) {
    return g.vertexSet().stream().filter(w -> w.toString().startsWith(word + "-")).findFirst().orElseThrow();
  }
}
