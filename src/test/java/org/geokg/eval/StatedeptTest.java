package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.geokg.DocumentGraph;
import org.geokg.claim.Modality;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statedept reader, the causes of misses and the report, on a small gold of our own. */
class StatedeptTest {
  private static final Path MINI = Path.of("src/test/resources/eval/statedept-mini");

  private static EvalSet mini() {
    return StatedeptReader.read(MINI.resolve("texts.jsonl"), MINI.resolve("gold.tsv"));
  }

  private static SystemFact fact(String doc, String s, String r, String o, Modality m) {
    return new SystemFact(doc, s, r, o, List.of(m), List.of());
  }

  @Test
  void readsTheTextsAndTheGoldWithItsLocations() {
    EvalSet set = mini();
    assertThat(set.name()).isEqualTo("statedept");
    assertThat(set.perDocument()).isTrue();
    assertThat(set.documents()).extracting(Document::name).containsExactly("statedept-9001", "statedept-9002");
    assertThat(set.documents().get(0).date()).hasToString("2021-06-01");
    assertThat(set.gold()).hasSize(7);
    assertThat(set.gold().get(0).subject()).isEqualTo("person:antony-j-blinken");
    assertThat(set.gold().get(4).location()).isEqualTo("Tokyo|1850147");
    assertThat(set.gold().get(4).modality()).isEqualTo(Modality.PLANNED);
    assertThat(set.gold().get(5).object()).isEqualTo("HOUTHIS");
  }

  @Test
  void theHeldOutCheckSetParsesAndIsApartFromTheDevSet() throws Exception {
    Path check = StatedeptReader.CHECK_FOLDER;
    EvalSet set = StatedeptReader.read(check.resolve("texts.jsonl"), check.resolve("gold.tsv"));
    assertThat(set.documents()).hasSize(20);
    assertThat(set.gold()).hasSize(274);
    Map<String, String> texts = new HashMap<>();
    set.documents().forEach(d -> texts.put(d.name(), d.text()));
    assertThat(set.gold()).allSatisfy(g -> {
      assertThat(texts.get(g.document())).as("cue of %s", g).contains(g.cue());
      assertThat(g.location()).as("location of %s", g).matches("|[A-Z]{3}|[^|]+\\|[0-9]+");
    });
    assertThat(set.gold()).extracting(GoldFact::document).containsAll(texts.keySet());
    EvalSet dev = StatedeptReader.read(StatedeptReader.FOLDER.resolve("texts.jsonl"),
        StatedeptReader.FOLDER.resolve("gold.tsv"));
    assertThat(dev.documents()).extracting(Document::name).doesNotContainAnyElementsOf(texts.keySet());
  }

  @Test
  void badRowsFailNamingTheLine(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "# c\nstatedept-9001\tUSA\tCONSULT\tJPN\n");
    assertThatThrownBy(() -> StatedeptReader.read(MINI.resolve("texts.jsonl"), gold))
        .hasMessageContaining("line 2").hasMessageContaining("7 tab-separated columns");
    Files.writeString(gold, "statedept-0001\tUSA\tCONSULT\tJPN\tasserted\tcue\t\n");
    assertThatThrownBy(() -> StatedeptReader.read(MINI.resolve("texts.jsonl"), gold))
        .hasMessageContaining("no text with id statedept-0001");
    Files.writeString(gold, "statedept-9001\tUSA\tPRAISE\tJPN\tasserted\tcue\t\n");
    assertThatThrownBy(() -> StatedeptReader.read(MINI.resolve("texts.jsonl"), gold))
        .hasMessageContaining("unknown interaction class PRAISE");
  }

  @Test
  void strictMissesAreSortedByCause() {
    EvalSet set = mini();
    List<SystemFact> system = List.of(
        fact("statedept-9001", "USA", "CONSULT", "JPN", Modality.ASSERTED),
        fact("statedept-9001", "person:toshimitsu-motegi", "represents", "JPN", Modality.ASSERTED),
        fact("statedept-9001", "person:antony-j-blinken", "represents", "USA", Modality.ASSERTED));
    EvalResult strict = Scorer.score(set, system, ActorNormalizer.empty(), Scorer.Mode.STRICT, Set.of("USA", "JPN", "IRN"));
    assertThat(strict.overall().goldMatched()).isEqualTo(3);
    assertThat(strict.misses()).hasSize(4);

    Map<String, Document> docs = new HashMap<>();
    set.documents().forEach(d -> docs.put(d.name(), d));
    Document d1 = docs.get("statedept-9001");
    Document d2 = docs.get("statedept-9002");
    Map<String, List<DocumentGraph.Sentence>> linked = Map.of(
        "statedept-9001", List.of(sentence(d1, "The Secretary thanked Japan", Set.of("USA", "JPN"), "thank")),
        "statedept-9002", List.of(sentence(d2, "We call on Iran to stop", Set.of("IRN"), "call")));
    Map<Scorer.ScoredGold, String> causes = MissCauses.classify(strict, docs, linked, ActorNormalizer.empty(),
        Triggers.of(Map.of("SUPPORT", Set.of("praise"))));
    assertThat(MissCauses.counts(causes)).containsExactly(Map.entry(MissCauses.ACTOR, 2),
        Map.entry(MissCauses.CONSTRUCTION, 0), Map.entry(MissCauses.LEXICON, 1), Map.entry(MissCauses.MODALITY, 1),
        Map.entry(MissCauses.OTHER, 0));
    assertThat(MissCauses.classify(strict, docs, linked, ActorNormalizer.empty(),
        Triggers.of(Map.of("SUPPORT", Set.of("thank"))))).containsValue(MissCauses.CONSTRUCTION);
    assertThat(strict.errorLines(causes)).anyMatch(l -> l.startsWith("MISS\tstatedept-9002\tUSA\tSANCTION\tHOUTHIS")
        && l.endsWith("actor not found: not a state or organisation geokg knows: HOUTHIS"));

    EvalResult lenient = Scorer.score(set, system, ActorNormalizer.empty(), Scorer.Mode.LENIENT, null);
    SetReport report = new SetReport(strict, lenient, new ActorResolution(4, 3, 0), causes);
    assertThat(SetReport.summaryTable(List.of(report))).contains("strict (default)").contains("lenient")
        .contains("statedept      7      3  1.000  0.429");
    assertThat(report.relationTable()).contains("CONSULT").contains("actor resolution 0.750 (3/4")
        .contains("actor not found 2; construction not read 0; relation not in the lexicon 1; modality 1; other 0");
    var json = JSON.parse(report.toJson().toString());
    assertThat(json.getObj("strict").getObj("headline").get("recall").getAsNumber().value().doubleValue())
        .isEqualTo(0.4286);
    assertThat(json.getObj("missCauses").get("modality").getAsNumber().value().intValue()).isEqualTo(1);
  }

  @Test
  void actorResolutionCountsEachGoldActorOncePerDocumentAndRole() {
    EvalSet set = new EvalSet("p", List.of(), List.of(new GoldFact("r1", "USA", "CONSULT", "RUS", null, ""),
        new GoldFact("r1", "USA", "AID", "RUS", null, ""), new GoldFact("r2", "FRA", "ACCUSE", "NATO", null, "")),
        List.of(new SkippedGold("r2", "x", "actor with no state or organisation key", "ACCUSE")),
        RelationScheme.eventData(), true);
    Map<String, List<DocumentGraph.Sentence>> linked = Map.of(
        "r1", List.of(new DocumentGraph.Sentence(0, 10, Set.of(GK.ID + "state/USA", GK.ID + "group/RUS-MIL"), List.of())),
        "r2", List.of(new DocumentGraph.Sentence(0, 10, Set.of(GK.ID + "state/FRA"), List.of())));
    ActorResolution a = ActorResolution.measure(set, linked, ActorNormalizer.empty());
    assertThat(a.actors()).isEqualTo(4);
    assertThat(a.resolved()).isEqualTo(3);
    assertThat(a.unkeyed()).isEqualTo(1);
    assertThat(a.describe()).startsWith("0.750 (3/4");
  }

  @Test
  void triggersComeFromTheBundledRules() {
    Triggers t = Triggers.load(null);
    assertThat(t.words("CONSULT")).contains("meet");
    assertThat(t.words("SANCTION")).isNotEmpty();
    assertThat(t.words("economicTiesWith")).isNotEmpty();
    assertThat(t.knows("CONSULT", List.of("the", "Meet"))).isTrue();
    assertThat(t.words("no such relation")).isEmpty();
  }

  /** A sentence of {@code doc} starting at {@code text}, with states linked and one lemma. */
  private static DocumentGraph.Sentence sentence(Document doc, String text, Set<String> states, String lemma) {
    int at = doc.text().indexOf(text);
    List<DocumentGraph.Token> tokens = new java.util.ArrayList<>();
    int pos = at;
    for (String w : text.split(" ")) {
      String l = w.equalsIgnoreCase(w.replaceAll("ed$", "")) ? w.toLowerCase() : lemma;
      tokens.add(new DocumentGraph.Token(pos, pos + w.length(), w.startsWith(lemma) ? lemma : l));
      pos += w.length() + 1;
    }
    Set<String> iris = new java.util.HashSet<>();
    states.forEach(s -> iris.add(GK.ID + "state/" + s));
    return new DocumentGraph.Sentence(at, at + text.length() + 1, iris, tokens);
  }
}
