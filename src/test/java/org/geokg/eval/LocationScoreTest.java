package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.geokg.claim.Modality;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.Test;

/** Location accuracy on a tiny hand-made gold and system pair. */
class LocationScoreTest {
  private static final List<String> GOLD = List.of(
      "# d1: a meeting in Rome and talks in Munich; d2: an offensive in a state, a call with no place",
      "d1\tUSA\tCONSULT\tITA\tasserted\tmet in Rome\tRome|3169070",
      "d1\tUSA\tCONSULT\tFRA\tasserted\tmet in Munich\tMunich|2867714",
      "d1\tUSA\tCONSULT\tFRA\tasserted\tdiscussed\tMunich|2867714",
      "d1\tUSA\tAGREE\tDEU\tasserted\tsigned in Berlin\tBerlin|2950159",
      "d2\tHOUTHIS\tASSAULT\tSAU\tasserted\tattacks in Saudi Arabia\tSAU",
      "d2\tUSA\tCONSULT\tYEM\tasserted\tspoke with\t",
      "d2\tUSA\tDEMAND\tIRN\tasserted\tcalled on Iran\t");

  private static EvalSet set() {
    LocalDate day = LocalDate.of(2022, 2, 19);
    return StatedeptReader.parse(List.of(Document.plain("d1", "one", day), Document.plain("d2", "two", day)), GOLD);
  }

  private static SystemFact fact(String doc, String s, String r, String o, String... where) {
    return new SystemFact(doc, s, r, o, List.of(Modality.ASSERTED), List.of("sentence of " + r + " " + o),
        List.of(where));
  }

  private static EvalResult score(List<SystemFact> system) {
    return Scorer.score(set(), system, ActorNormalizer.empty(), Scorer.Mode.STRICT, null);
  }

  @Test
  void keysOfGoldCellsAndOfLocationIris() {
    assertThat(LocationScore.goldKey("Ma'rib|72968")).isEqualTo("place:72968");
    assertThat(LocationScore.goldKey(" grl ")).isEqualTo("GRL");
    assertThat(LocationScore.systemKey(GK.ID + "place/3169070")).isEqualTo("place:3169070");
    assertThat(LocationScore.systemKey(GK.ID + "state/GRL")).isEqualTo("GRL");
  }

  @Test
  void locatedGoldFoundRightWrongOrUnplacedAndSystemPrecision() {
    LocationScore l = LocationScore.of(score(List.of(
        fact("d1", "USA", "CONSULT", "ITA", "place:3169070"),     // right
        fact("d1", "USA", "CONSULT", "FRA", "place:2950159"),     // found, wrong place
        // d1 USA AGREE DEU: not found
        fact("d2", "HOUTHIS", "ASSAULT", "SAU", "SAU"),           // right, a state where no city is named
        fact("d2", "USA", "CONSULT", "YEM", "place:71137"),       // a place the gold does not give
        fact("d2", "USA", "DEMAND", "IRN"),                       // no place, none in gold: not counted
        fact("d2", "USA", "ACCUSE", "IRN", "place:112931"))));    // no gold fact: not judged

    assertThat(l.goldLocated()).isEqualTo(4); // the two Munich rows are one fact
    assertThat(l.goldFound()).isEqualTo(3);
    assertThat(l.goldRight()).isEqualTo(2);
    assertThat(l.recallFound()).isEqualTo(2.0 / 3);
    assertThat(l.recallAll()).isEqualTo(0.5);
    assertThat(l.systemLocated()).isEqualTo(4);
    assertThat(l.systemRight()).isEqualTo(2);
    assertThat(l.precision()).isEqualTo(0.5);
    assertThat(l.systemUnjudged()).isEqualTo(1);
    assertThat(l.errorLines()).hasSize(2);
    assertThat(l.errorLines().get(0)).startsWith("LOCATION\td1\tUSA\tCONSULT\tFRA")
        .endsWith("gold: place:2867714; geokg: place:2950159");
    assertThat(l.errorLines().get(1)).startsWith("LOCATION\td2\tUSA\tCONSULT\tYEM")
        .endsWith("gold: none; geokg: place:71137");
    assertThat(l.describe()).startsWith("locations: 2/3 found located gold interactions placed right (0.667;"
        + " 2/4 = 0.500 of all 4 located gold); 2/4 located matched system interactions right (0.500)");
  }

  @Test
  void aFoundEventWithNoPlaceIsNotPlacedRight() {
    LocationScore l = LocationScore.of(score(List.of(fact("d1", "USA", "CONSULT", "ITA"))));
    assertThat(l.goldFound()).isEqualTo(1);
    assertThat(l.goldRight()).isZero();
    assertThat(l.systemLocated()).isZero();
    assertThat(l.precision()).isNaN();
    assertThat(l.errorLines()).singleElement().asString().endsWith("gold: place:3169070; geokg: none");
  }

  @Test
  void theReportPrintsAndWritesTheFigures() {
    EvalResult strict = score(List.of(fact("d1", "USA", "CONSULT", "ITA", "place:3169070")));
    EvalResult lenient = Scorer.score(set(), List.of(), ActorNormalizer.empty(), Scorer.Mode.LENIENT, Set.of());
    SetReport report = new SetReport(strict, lenient, null, null);
    assertThat(report.notes()).contains("statedept: locations: 1/1 found located gold interactions placed right");
    JsonObject where = report.toJson().get("locations").getAsObject();
    assertThat(where.get("goldLocated").getAsNumber().value().intValue()).isEqualTo(4);
    assertThat(where.get("goldRight").getAsNumber().value().intValue()).isEqualTo(1);
    assertThat(where.get("precision").getAsNumber().value().doubleValue()).isEqualTo(1.0);
    assertThat(strict.errorLines()).noneMatch(x -> x.startsWith("LOCATION"));
  }

  @Test
  void aTerritoryPlaceMatchesAGoldWrittenAsTheTerritorysOwnCode() {
    // A hand-made pair: an event the gold places by Greenland's code, and one it places in Denmark.
    List<String> gold = List.of(
        "t1\tUSA\tCONSULT\tDNK\tasserted\tmet in Nuuk's island\tGRL",
        "t1\tUSA\tAGREE\tDNK\tasserted\tsigned in the kingdom\tDNK");
    EvalSet set = StatedeptReader.parse(List.of(Document.plain("t1", "one", LocalDate.of(2022, 2, 19))), gold);
    LocationScore l = LocationScore.of(Scorer.score(set, List.of(
        fact("t1", "USA", "CONSULT", "DNK", "place:greenland"),
        // The holding state's code does not take the territory: the gold names the territory where the text does.
        fact("t1", "USA", "AGREE", "DNK", "place:greenland")), ActorNormalizer.empty(), Scorer.Mode.STRICT, null));
    assertThat(l.goldRight()).isEqualTo(1);
    assertThat(l.systemRight()).isEqualTo(1);
    assertThat(l.errorLines()).singleElement().asString().endsWith("gold: DNK; geokg: place:greenland");
  }

  @Test
  void onlyTerritoriesWithTheirOwnCodeHaveOne() {
    assertThat(LocationScore.given(List.of("GRL"), "place:greenland")).isTrue();
    assertThat(LocationScore.given(List.of("PRI"), "place:puerto-rico")).isTrue();
    // Crimea has no ISO code of its own: no gold code names it.
    assertThat(LocationScore.given(List.of("UKR"), "place:crimea")).isFalse();
    assertThat(LocationScore.given(List.of("GRL"), "place:3421319")).isFalse();
  }
}
