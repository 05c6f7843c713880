package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleAnchorTest {
  private static CoreLabel token(String word, String lemma) {
    CoreLabel t = new CoreLabel();
    t.setWord(word);
    t.setValue(word);
    t.setLemma(lemma);
    return t;
  }

  @Test
  void theTriggerNodesConstraintIsTheAnchor() {
    RuleAnchor a = RuleAnchor.of("{}=object >nsubj ({lemma:/^(?i:ally|allies)$/}=trigger >nmod:poss {}=subject)");
    assertThat(a).isNotNull();
    assertThat(a.test(token("allies", "ally"))).isTrue();
    assertThat(a.test(token("partner", "partner"))).isFalse();
  }

  @Test
  void withoutAConstrainedTriggerTheFirstRequiredConstrainedNodeIsTheAnchor() {
    RuleAnchor a = RuleAnchor.of("{}=v >/csubj|nsubj/ ({lemma:meet} >/nmod:with/ {}=object) >> ({}=trigger)");
    assertThat(a.test(token("met", "meet"))).isTrue();
    RuleAnchor w = RuleAnchor.of("{word:/^(?i:allied)$/}=trigger >/nsubj.*/ {}=subject");
    assertThat(w.test(token("Allied", "ally"))).isTrue();
  }

  @Test
  void negatedOptionalOrAlternativeNodesAreNeverAnchors() {
    assertThat(RuleAnchor.of("{}=a !>nsubj {lemma:say}")).isNull();
    assertThat(RuleAnchor.of("{}=a ?>nsubj {lemma:say}")).isNull();
    assertThat(RuleAnchor.of("{}=a !>nsubj ({} >obj {lemma:say})")).isNull();
    assertThat(RuleAnchor.of("{}=a [>nsubj {lemma:say} | >obj {lemma:tell}]")).isNull();
    // A negated attribute is no anchor either, but a later required node is.
    RuleAnchor a = RuleAnchor.of("{!lemma:be}=a >obj {lemma:/^(?i:talk|talks)$/}");
    assertThat(a.test(token("talks", "talk"))).isTrue();
    assertThat(a.test(token("is", "be"))).isFalse();
  }

  @Test
  void everyBundledSemgrexRuleHasAnAnchorSoUnmatchableSentencesAreNotParsed() {
    RuleSet rules = RuleSet.load((java.nio.file.Path) null);
    assertThat(rules.rules()).filteredOn(r -> r.semgrex() != null)
        .allSatisfy(r -> assertThat(RuleAnchor.of(r.semgrex().pattern())).as(r.id()).isNotNull());
    // A sentence with no word of any rule: no rule can match, so it needs no parse.
    List<CoreLabel> plain = List.of(token("Prices", "price"), token("rose", "rise"), token(".", "."));
    assertThat(rules.mayMatch(plain)).isFalse();
    List<CoreLabel> meeting = List.of(token("Biden", "Biden"), token("met", "meet"), token("Scholz", "Scholz"));
    assertThat(rules.mayMatch(meeting)).isTrue();
  }
}
