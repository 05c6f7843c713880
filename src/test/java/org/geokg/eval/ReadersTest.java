package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.geokg.claim.Modality;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReadersTest {
  private static final Path SHARED = Path.of("../shared/eval");

  private static void assumeShared() {
    Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipping");
  }

  private static final Function<String, Optional<String>> NAMES = n -> Optional.ofNullable(Map.of(
      "U.S.", "USA", "United States", "USA", "Syria", "SYR", "Syrian", "SYR", "Russia", "RUS", "Iraqi", "IRQ",
      "State Department", "STATE-DEPT").get(n));

  private static int uniqueFacts(EvalSet set) {
    return Scorer.score(set.name(), set.gold(), List.of(), List.of(), set.scheme(), set.perDocument(), k -> k)
        .gold().size();
  }

  // --- seed gold ---

  @Test
  void seedGoldInline() {
    SeedGoldReader.SeedGold g = SeedGoldReader.parse(List.of(
        "# Gold facts for corpus/seed/2022-01-27-x.txt (the spun text).",
        "# Columns: subject <TAB> relation ...",
        "person:Antony Blinken\trepresents\tUSA\tasserted\tSecretary of State Antony Blinken",
        "USA\tDISAPPROVE\tRUS\treported\tcue",
        "",
        "region:Europe\tenergyTiesWith\tRUS\tasserted\tcue"));
    assertThat(g.documentFile()).contains("2022-01-27-x.txt");
    assertThat(g.facts()).extracting(GoldFact::subject).containsExactly("person:antony-blinken", "USA", "region:europe");
    assertThat(g.facts().get(1).relation()).isEqualTo("ACCUSE");
    assertThat(g.facts().get(1).modality()).isEqualTo(Modality.REPORTED);
    assertThatThrownBy(() -> SeedGoldReader.parse(List.of("USA\talliedWith")))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> SeedGoldReader.parse(List.of("USA\talliedWith\tKOR\tsure\tx")))
        .hasMessageContaining("modality");
  }

  @Test
  void seedGoldReal() {
    assumeShared();
    SeedGoldReader.SeedGold g = SeedGoldReader.read(SHARED.resolve("seed/gold.tsv"));
    assertThat(g.facts()).hasSize(83);
    assertThat(g.documentFile()).contains("2022-01-27-us-diplomacy-russia-ukraine.txt");
    assertThat(uniqueFacts(g.toEvalSet(List.of()))).isEqualTo(76);
    assertThat(g.facts()).allSatisfy(f -> assertThat(f.modality()).isNotNull());
  }

  // --- PLOVER ---

  @Test
  void ploverInline() {
    String json = """
        [ {"id": "DOC-1", "event": "DOCUMENT", "eventText": "doc"},
          {"id": "R1", "date": "2000-01-01", "event": "DISAPPROVE", "text": "France criticised Russia.",
           "source": [{"actorText": "France", "code": "FRA", "sector": "GOV"}],
           "target": [{"actorText": "Russian troops", "code": "RUS", "sector": "MIL"},
                      {"actorText": "al-Qaeda", "code": "IMG"}]},
          {"id": "R2", "date": "2000-01-01", "event": "AGREE", "text": "Hungarian and Romanian officials agreed.",
           "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "Romanian", "code": "ROU"}],
           "target": "", "textInfo": {"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian)"}},
          {"id": "R3", "event": "PROTEST", "text": "Students protested.",
           "source": [{"actorText": "students", "code": "IDN", "sector": "EDU"}]},
          {"id": "R4", "event": "SUPPORT", "text": "The U.N. backed NATO.",
           "source": [{"actorText": "U.N.", "code": "IGO"}], "target": [{"actorText": "NATO", "code": "IGO"}]} ]
        """;
    EvalSet s = PloverReader.parse(json);
    assertThat(s.documents()).extracting(d -> d.name()).containsExactly("R1", "R2", "R3", "R4");
    assertThat(s.documents().get(0).date()).isNull();
    assertThat(s.gold()).extracting(g -> g.subject() + " " + g.relation() + " " + g.object()).containsExactly(
        "FRA ACCUSE RUS", "HUN AGREE ROU", "ROU AGREE HUN", "IDN PROTEST -", "UN SUPPORT NATO");
    // Session 20: a record with no target is a targetless gold fact (object "-"), no longer skipped.
    assertThat(s.skipped()).extracting(SkippedGold::reason)
        .containsExactly("actor with no state or organisation key");
    assertThat(s.perDocument()).isTrue();
  }

  @Test
  void ploverReal() {
    assumeShared();
    EvalSet s = PloverReader.read(SHARED.resolve("dev/plover/PLOVER_GSR_dev.json"));
    assertThat(s.documents()).hasSize(161);
    assertThat(s.gold()).isNotEmpty();
    assertThat(s.gold()).allSatisfy(g -> assertThat(Relations.PLOVER).contains(g.relation()));
    System.out.printf("plover: %d documents, %d gold facts (%d unique), %d skipped%n", s.documents().size(),
        s.gold().size(), uniqueFacts(s), s.skipped().size());
  }

  // --- CAMEO → PLOVER and PETRARCH ---

  @Test
  void cameoTableInline() {
    CameoPlover c = CameoPlover.parse(List.of("# header", "04: CONSULT", "040: CONSULT, ,  # Consult",
        "09: ACCUSE", "090: ACCUSE, investigate,  # Investigate", "10: REQUEST", "1014: REQUEST, assist, x # y",
        "11: ACCUSE", "112: ACCUSE, disapprove,    # Accuse", "~~~~~"));
    assertThat(c.plover("042")).contains("CONSULT");
    assertThat(c.plover("090")).contains("INVESTIGATE");
    assertThat(c.plover("1014")).contains("DEMAND");
    assertThat(c.plover("1124")).contains("ACCUSE");
    assertThat(c.plover("023")).contains("DEMAND");
    assertThat(c.plover("015")).isEmpty();
    assertThat(c.plover("x")).isEmpty();
  }

  @Test
  void cameoTableRealCoversEveryRoot() {
    assumeShared();
    CameoPlover c = CameoPlover.read(SHARED.resolve("dev/plover/CAMEO2PLOVER-2021.txt"));
    for (int root = 2; root <= 20; root++) {
      assertThat(c.plover(String.format("%02d0", root))).as("root %02d", root).isPresent();
    }
    assertThat(c.plover("010")).isEmpty();
    assertThat(c.plover("163")).contains("COERCE");
    assertThat(c.plover("190")).contains("ASSAULT");
    assertThat(c.plover("084")).contains("RETREAT");
    assertThat(c.plover("080")).contains("CONCEDE");
  }

  @Test
  void petrarchInline() {
    CameoPlover c = CameoPlover.parse(List.of("04: CONSULT", "042: CONSULT, visit, ", "17: COERCE"));
    EvalSet s = PetrarchReader.parse(List.of(
        "{\"id\": \"A_1\", \"date\": \"20080804\", \"text\": \"The US leader visited Beijing.\","
            + " \"events\": [{\"sourcecode\": \"USAGOV\", \"targetcode\": \"CHN\", \"eventcode\": \"042\"}]}",
        "{\"id\": \"A_2\", \"date\": \"20080805\", \"text\": \"Nothing.\", \"events\": [{\"noevents\": true}]}",
        "{\"id\": \"A_3\", \"date\": \"20080805\", \"text\": \"Police held rebels.\","
            + " \"events\": [{\"sourcecode\": \"---GOV\", \"targetcode\": \"IGOEUREEC\", \"eventcode\": \"173\"},"
            + " {\"sourcecode\": \"RUSMIL\", \"targetcode\": \"IGOUNO\", \"eventcode\": \"013\"}]}"), c);
    assertThat(s.documents()).hasSize(3);
    assertThat(s.documents().get(0).date()).hasToString("2008-08-04");
    assertThat(s.gold()).singleElement().satisfies(g -> {
      assertThat(g.subject()).isEqualTo("USA");
      assertThat(g.relation()).isEqualTo("CONSULT");
      assertThat(g.object()).isEqualTo("CHN");
      assertThat(g.document()).isEqualTo("A_1");
    });
    assertThat(s.skipped()).extracting(SkippedGold::reason)
        .containsExactly("actor with no state or organisation key", "CAMEO code with no PLOVER event");
  }

  @Test
  void petrarchReal() {
    assumeShared();
    CameoPlover c = CameoPlover.read(SHARED.resolve("dev/plover/CAMEO2PLOVER-2021.txt"));
    EvalSet s = PetrarchReader.read(SHARED.resolve("dev/petrarch/PETR2_GSR_validation.derived.jsonl"), c);
    // 78 records, one of which (abc12_3) has an empty text.
    assertThat(s.documents()).hasSize(77);
    assertThat(s.documents().get(0).date()).hasToString("2008-08-04");
    System.out.printf("petrarch: %d documents, %d gold facts (%d unique), %d skipped%n", s.documents().size(),
        s.gold().size(), uniqueFacts(s), s.skipped().size());
  }

  // --- actor codes ---

  @Test
  void actorCodes() {
    assertThat(ActorCodes.key("USAGOV", null)).contains("USA");
    assertThat(ActorCodes.key("RUSMIL", null)).contains("RUS");
    assertThat(ActorCodes.key("PSEGZA", null)).contains("PSE");
    assertThat(ActorCodes.key("IGOEUREEC", null)).contains("EU");
    assertThat(ActorCodes.key("IGOUNOMIL", null)).contains("UN");
    assertThat(ActorCodes.key("IGO", "NATO peacekeeping troops")).contains("NATO");
    assertThat(ActorCodes.key("IGO", "European Community")).contains("EU");
    assertThat(ActorCodes.key("IGO", "Amnesty International")).isEmpty();
    assertThat(ActorCodes.key("---LEG", null)).isEmpty();
    // Codes of no state: the organisation the coders' dictionaries code with it (gazetteer/codes.tsv).
    assertThat(ActorCodes.key("IMGMUSISI", null)).contains("ISIS");
    assertThat(ActorCodes.key("IMGMUSALQ", null)).contains("AL-QAEDA");
    assertThat(ActorCodes.key("IMGMUSISIMIL", null)).as("a sub-code of a listed code").contains("ISIS");
    assertThat(ActorCodes.key("IGOCOPITP", null)).isPresent();
    assertThat(ActorCodes.key("IGOUNOKID", null)).as("the UN's own codes stay the UN").contains("UN");
    assertThat(ActorCodes.key("NGOUSAHRI", null)).as("a kind of group, many bodies").isEmpty();
    assertThat(ActorCodes.key("IMG", null)).isEmpty();
    assertThat(ActorCodes.key("JAP", null)).contains("JPN");
  }

  // --- re3d ---

  @Test
  void re3dInline() {
    String text = "U.S. forces fought ISIL. Secretary Kerry met the Syrian envoy.";
    List<String> docs = List.of("\uFEFF{ \"_id\" : \"D1\", \"title\" : \"t\", \"text\" : \"" + text + "\" }");
    List<String> ents = List.of(
        ent("D1", 0, 11, "Organisation", "U.S. forces"), ent("D1", 19, 23, "Organisation", "ISIL"),
        ent("D1", 25, 41, "Person", "Secretary Kerry"), ent("D1", 46, 63, "Person", "the Syrian envoy"),
        ent("D1", 70, 86, "Organisation", "State Department"));
    List<String> rels = List.of(
        rel("D1", "FightingAgainst", 0, 11, "U.S. forces", 19, 23, "ISIL"),
        rel("D1", "CommWith", 25, 41, "Secretary Kerry", 46, 63, "the Syrian envoy"),
        rel("D1", "BelongsTo", 25, 41, "Secretary Kerry", 70, 86, "State Department"),
        rel("D1", "CoLocated", 0, 11, "U.S. forces", 46, 63, "the Syrian envoy"));
    EvalSet s = Re3dReader.parse(docs, ents, rels, NAMES);
    assertThat(s.documents()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("D1");
      assertThat(d.date()).isNull();
    });
    assertThat(s.gold()).extracting(g -> g.subject() + " " + g.relation() + " " + g.object()).containsExactly(
        "STATE-DEPT CommWith SYR", "person:kerry BelongsTo STATE-DEPT");
    assertThat(s.skipped()).singleElement().satisfies(k -> assertThat(k.annotation()).contains("ISIL"));
    // Kerry resolves through his BelongsTo link; STATE-DEPT becomes USA at scoring time (see below).
    RelationScheme scheme = s.scheme();
    assertThat(scheme.candidates("represents")).containsExactly(Re3dRelations.BELONGS, Re3dRelations.IN_CHARGE);
    assertThat(scheme.candidates("Consult")).containsExactly(Re3dRelations.COMM);
    assertThat(scheme.candidates("waryOf")).containsExactly("waryOf");
    assertThat(scheme.symmetric(Re3dRelations.COMM)).isTrue();
    assertThat(scheme.normalizesSubject(Re3dRelations.BELONGS)).isFalse();
    EvalResult r = Scorer.score(s.name(), s.gold(), s.skipped(),
        List.of(new SystemFact("D1", "SYR", "CONSULT", "USA", List.of(Modality.ASSERTED), List.of()),
            new SystemFact("D1", "person:kerry", "represents", "USA", List.of(Modality.ASSERTED), List.of())),
        scheme, true, k -> k.equals("STATE-DEPT") ? "USA" : k);
    assertThat(r.misses()).isEmpty();
    assertThat(r.falsePositives()).isEmpty();
  }

  @Test
  void re3dReal() {
    assumeShared();
    EvalSet s = Re3dReader.read(SHARED.resolve("dev/re3d"), NAMES);
    assertThat(s.documents()).hasSize(71);
    assertThat(s.gold()).allSatisfy(g -> assertThat(Re3dRelations.GOLD.values()).contains(g.relation()));
    System.out.printf("re3d: %d documents, %d gold facts (%d unique), %d skipped (tiny test resolver)%n",
        s.documents().size(), s.gold().size(), uniqueFacts(s), s.skipped().size());
  }

  @Test
  void ngramResolution() {
    assertThat(Re3dReader.resolveText("the U.S.-led coalition's", NAMES)).isEmpty();
    assertThat(Re3dReader.resolveText("U.S. Secretary of State", NAMES)).contains("USA");
    assertThat(Re3dReader.resolveText("Syrian Democratic Forces", NAMES)).contains("SYR");
    assertThat(Re3dReader.resolveText("the State Department", NAMES)).contains("STATE-DEPT");
    assertThat(Re3dReader.resolveText("Daesh", NAMES)).isEmpty();
  }

  private static String ent(String doc, int b, int e, String type, String value) {
    return "{ \"_id\" : \"" + doc + "-" + b + "\", \"begin\" : " + b + ", \"end\" : " + e + ", \"type\" : \"" + type
        + "\", \"value\" : \"" + value + "\", \"documentId\" : \"" + doc + "\", \"confidence\" : 1 }";
  }

  private static String rel(String doc, String type, int sb, int se, String s, int tb, int te, String t) {
    return "{ \"_id\" : \"r\", \"begin\" : 0, \"end\" : 1, \"sourceBegin\" : " + sb + ", \"sourceEnd\" : " + se
        + ", \"source\" : \"" + s + "\", \"targetBegin\" : " + tb + ", \"targetEnd\" : " + te + ", \"target\" : \""
        + t + "\", \"type\" : \"" + type + "\", \"value\" : \"v\", \"documentId\" : \"" + doc
        + "\", \"confidence\" : 0.9 }";
  }
}
