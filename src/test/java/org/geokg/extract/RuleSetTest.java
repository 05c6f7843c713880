package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  @Test
  void bundledRulesLoadWithUniqueIdsAndSaneConfidence() {
    RuleSet rules = RuleSet.load(null);
    assertThat(rules.rules()).isNotEmpty();
    assertThat(rules.rules()).allSatisfy(r -> assertThat(r.confidence()).isBetween(0.0, 1.0));
    assertThat(rules.rules()).filteredOn(r -> r.relation() != null).extracting(r -> r.relation().localName())
        .contains("alliedWith", "producesEnergy", "Consult", "supports", "opposes", "waryOf");
    // A rule without a fixed relation takes it from a lexicon table that must exist.
    assertThat(rules.rules()).filteredOn(r -> r.relation() == null)
        .allSatisfy(r -> assertThat(r.relationTable() != null || r.modifierTable() != null).isTrue());
    assertThat(rules.lexicons().rows("interaction_verbs", "accuse")).extracting(m -> m.get("class")).contains("Accuse");
  }

  @Test
  void lexiconMacrosExpandToAnchoredEscapedAlternations() {
    Lexicons lex = Lexicons.load(null);
    String p = lex.expand("{lemma:@ally_nouns}=x");
    assertThat(p).isEqualTo("{lemma:/^(?i:ally|allies)$/}=x");
    assertThat(lex.contains("consult_verbs", "Meet")).isTrue();
    assertThat(lex.contains("consult_verbs", "invade")).isFalse();
    // Lists written in mixed case (relation and class names) match too: a fixed bug.
    assertThat(lex.contains("symmetric_relations", "alliedWith")).isTrue();
    assertThat(lex.contains("intent_classes", "Consult")).isTrue();
  }

  @Test
  void userRulesAndLexiconsAreAddedFromTheDataFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules/lexicons"));
    Files.writeString(dir.resolve("rules/lexicons/consult_verbs.txt"), "parley\n");
    Files.writeString(dir.resolve("rules/mine.rules"), """
        id: my-parley
        relation: Consult
        confidence: 0.5
        semgrex: {lemma:@consult_verbs}=trigger >nsubj {}=subject >obj {}=object
        """);
    RuleSet rules = RuleSet.load(dir);
    assertThat(rules.rules()).extracting(Rule::id).contains("my-parley");
    assertThat(rules.lexicons().contains("consult_verbs", "parley")).isTrue();
    assertThat(rules.lexicons().contains("consult_verbs", "meet")).isTrue();
  }

  @Test
  void aBadRuleNamesItsFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/bad.rules"), "\n\nid: broken\nrelation: Consult\nconfidence: 0.5\nsemgrex: {lemma:meet\n");
    assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("bad.rules:3").hasMessageContaining("bad rule");
  }

  @Test
  void aLexiconRowWithAMalformedPrepositionalNounIsRefusedAtLoadNamingItsFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules/lexicons"));
    Files.writeString(dir.resolve("rules/lexicons/cameo_verbs.tsv"),
        "lemma\tparticle\tframe\tnoun\tvoice\tcameo\tclass\tpp\nstage\t\tnoun\tdemonstration\t\t141\tProtest\tsolidarity\n");
    assertThatThrownBy(() -> Lexicons.load(dir)).hasMessageContaining("cameo_verbs.tsv")
        .hasMessageContaining("column pp must be a preposition and a noun");
    Files.writeString(dir.resolve("rules/lexicons/cameo_verbs.tsv"),
        "lemma\tparticle\tframe\tnoun\tvoice\tcameo\tclass\tpp\nstage\t\tnoun\tdemonstration\t\t141\tProtest\tin solidarity\n");
    assertThat(Lexicons.load(dir).rows("cameo_verbs", "stage")).extracting(r -> r.get("pp")).contains("in solidarity");
  }

  @Test
  void duplicateIdsAreRefused(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/dup.rules"), """
        id: ally-like
        relation: alliedWith
        confidence: 0.5
        semgrex: {lemma:ally}=trigger >nsubj {}=subject >obj {}=object
        """);
    assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("duplicate rule id ally-like");
  }
}
