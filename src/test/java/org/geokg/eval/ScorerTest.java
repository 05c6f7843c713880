package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.claim.Modality;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final String PREFIXES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX state: <https://w3id.org/geokg/id/state/>
      PREFIX igo: <https://w3id.org/geokg/id/org/>
      PREFIX person: <https://w3id.org/geokg/id/person/>
      PREFIX group: <https://w3id.org/geokg/id/group/>
      PREFIX region: <https://w3id.org/geokg/id/region/>
      PREFIX doc: <https://w3id.org/geokg/id/doc/>
      PREFIX claim: <https://w3id.org/geokg/id/claim/>
      PREFIX ev: <https://w3id.org/geokg/id/evidence/>
      PREFIX graph: <https://w3id.org/geokg/id/graph/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  private static DatasetGraph dataset(String trig) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    RDFParser.create().source(new StringReader(PREFIXES + trig)).lang(Lang.TRIG).parse(dsg);
    return dsg;
  }

  /** A document graph with the given claims (Turtle statements) and one evidence sentence. */
  private static String doc(String id, String name, String claims) {
    return "GRAPH doc:" + id + " { doc:" + id + " a gk:Document ; dcterms:identifier \"" + name + "\" .\n"
        + "ev:" + id + "-1 a gk:Evidence ; gk:document doc:" + id + " ; gk:text \"A sentence of " + name + ".\" .\n"
        + claims + "\n}\n";
  }

  private static String claim(String id, String s, String p, String o, String modality, String doc) {
    return "claim:" + id + " a gk:Claim ; gk:subject " + s + " ; gk:predicate " + p + " ; gk:object " + o
        + " ; gk:modality gk:" + modality + " ; gk:evidence ev:" + doc + "-1 .\n";
  }

  private static String interaction(String id, String type, String s, String o, String modality, String doc) {
    return "claim:" + id + " a gk:Claim, gk:Interaction, gk:" + type + " ; gk:source " + s + " ; gk:target " + o
        + " ; gk:modality gk:" + modality + " ; gk:evidence ev:" + doc + "-1 .\n";
  }

  private static EvalResult score(DatasetGraph dsg, String... goldLines) {
    List<GoldFact> gold = SeedGoldReader.parse(List.of(goldLines)).facts();
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), false);
    return Evaluation.scoreDataset(set, dsg, null);
  }

  private static EvalResult.RelationScore row(EvalResult r, String relation) {
    return r.relations().stream().filter(x -> x.relation().equals(relation)).findFirst().orElseThrow();
  }

  @Test
  void exactMatch() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("c1", "state:USA", "gk:alliedWith", "state:KOR", "Asserted", "a1")
            + claim("c2", "state:USA", "gk:opposes", "state:CHN", "Asserted", "a1")));
    EvalResult r = score(dsg, "USA\talliedWith\tKOR\tasserted\tcue", "JPN\topposes\tRUS\tasserted\tcue");
    assertThat(r.overall().gold()).isEqualTo(2);
    assertThat(r.overall().system()).isEqualTo(2);
    assertThat(r.overall().goldMatched()).isEqualTo(1);
    assertThat(r.overall().systemMatched()).isEqualTo(1);
    assertThat(r.overall().precision()).isEqualTo(0.5);
    assertThat(r.overall().recall()).isEqualTo(0.5);
    assertThat(r.misses()).extracting(Scorer.ScoredGold::subject).containsExactly("JPN");
    assertThat(r.falsePositives()).extracting(s -> s.fact().object()).containsExactly("CHN");
    assertThat(r.falsePositives().get(0).fact().evidence()).containsExactly("A sentence of a.txt.");
  }

  @Test
  void symmetricRelationsMatchEitherWayButDirectedOnesDoNot() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("c1", "state:KOR", "gk:alliedWith", "state:USA", "Asserted", "a1")
            + claim("c2", "state:UKR", "gk:supports", "state:USA", "Asserted", "a1")));
    EvalResult r = score(dsg, "USA\talliedWith\tKOR\tasserted\t", "USA\tsupports\tUKR\tasserted\t");
    assertThat(row(r, "alliedWith").goldMatched()).isEqualTo(1);
    assertThat(row(r, "supports").goldMatched()).isZero();
  }

  @Test
  void subPropertyCountsForItsParentButNotTheOtherWay() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("c1", "state:IND", "gk:economicTiesWith", "state:RUS", "Asserted", "a1")
            + claim("c2", "state:BRA", "gk:tiesWith", "state:RUS", "Asserted", "a1")));
    EvalResult r = score(dsg, "RUS\ttiesWith\tIND\tasserted\t", "BRA\tmilitaryTiesWith\tRUS\tasserted\t");
    assertThat(row(r, "tiesWith").goldMatched()).isEqualTo(1);
    assertThat(row(r, "tiesWith").systemMatched()).isEqualTo(1);
    assertThat(row(r, "militaryTiesWith").goldMatched()).isZero();
    assertThat(r.overall().systemMatched()).isEqualTo(1);
  }

  @Test
  void personCountsAsTheStateItRepresents() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("r1", "person:antony-blinken", "gk:represents", "state:USA", "Asserted", "a1")
            + claim("r2", "person:sergey-lavrov", "gk:represents", "state:RUS", "Asserted", "a1")
            + interaction("i1", "Consult", "person:antony-blinken", "person:sergey-lavrov", "Asserted", "a1")
            + interaction("i2", "Mobilize", "group:RUS-MIL", "state:UKR", "Asserted", "a1")));
    EvalResult r = score(dsg, "USA\tCONSULT\tRUS\tasserted\t", "RUS\tMOBILIZE\tUKR\tasserted\t",
        "person:Antony Blinken\trepresents\tUSA\tasserted\t");
    assertThat(r.misses()).isEmpty();
    assertThat(row(r, "CONSULT").systemMatched()).isEqualTo(1);
    assertThat(row(r, "MOBILIZE").systemMatched()).isEqualTo(1);
    // Lavrov's represents claim is a system fact the gold lacks.
    assertThat(r.falsePositives()).extracting(s -> s.fact().subject()).containsExactly("person:sergey-lavrov");
  }

  @Test
  void mostFrequentRepresentedStateWins() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("r1", "person:x-smith", "gk:represents", "state:GBR", "Asserted", "a1")
            + claim("r2", "person:x-smith", "gk:represents", "state:USA", "Asserted", "a1"))
        + doc("a2", "b.txt", claim("r3", "person:x-smith", "gk:represents", "state:USA", "Asserted", "a2")
            + interaction("i1", "Threaten", "person:x-smith", "state:IRN", "Asserted", "a2")));
    EvalResult r = score(dsg, "USA\tTHREATEN\tIRN\tasserted\t");
    assertThat(r.misses()).isEmpty();
  }

  @Test
  void governmentBodyCountsAsItsStateAndRepresentsMatchesBySurname() {
    DatasetGraph dsg = dataset("GRAPH graph:reference { igo:CIA a gk:Organization ; gk:represents state:USA . }\n"
        + doc("a1", "a.txt",
            claim("r1", "person:william-burns", "gk:represents", "igo:CIA", "Asserted", "a1")
                + interaction("i1", "Investigate", "igo:CIA", "state:RUS", "Asserted", "a1")
                + interaction("i2", "Consult", "person:william-burns", "state:RUS", "Asserted", "a1")));
    EvalResult r = score(dsg, "person:Burns\trepresents\tUSA\tasserted\t", "USA\tINVESTIGATE\tRUS\tasserted\t",
        "USA\tCONSULT\tRUS\tasserted\t", "CIA\tINVESTIGATE\tRUS\tasserted\t");
    // The gold's CIA row normalises to USA too, so it collapses with the USA row.
    assertThat(r.gold()).hasSize(3);
    assertThat(r.misses()).isEmpty();
    assertThat(r.falsePositives()).isEmpty();
  }

  @Test
  void duplicatesCollapseOnBothSides() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        interaction("i1", "Consult", "state:USA", "state:RUS", "Asserted", "a1")
            + interaction("i2", "Consult", "state:USA", "state:RUS", "Asserted", "a1")
            + claim("c1", "state:USA", "gk:alliedWith", "state:JPN", "Asserted", "a1")
            + claim("c2", "state:JPN", "gk:alliedWith", "state:USA", "Asserted", "a1"))
        + doc("a2", "b.txt", interaction("i3", "Consult", "state:USA", "state:RUS", "Reported", "a2")));
    EvalResult r = score(dsg, "USA\tCONSULT\tRUS\tasserted\tone", "USA\tCONSULT\tRUS\tasserted\ttwo",
        "JPN\talliedWith\tUSA\tasserted\t");
    assertThat(r.overall().gold()).isEqualTo(2);
    assertThat(r.overall().system()).isEqualTo(2);
    assertThat(r.overall().f1()).isEqualTo(1.0);
    assertThat(r.gold().get(0).cues()).containsExactly("one", "two");
  }

  @Test
  void modalityAccuracyIsOverMatchedFacts() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        interaction("i1", "Consult", "state:RUS", "state:FRA", "Asserted", "a1")
            + interaction("i2", "Sanction", "state:JPN", "state:RUS", "Hypothetical", "a1")
            + claim("c1", "person:william-taylor", "gk:represents", "state:USA", "Former", "a1")));
    String[] gold = {"RUS\tCONSULT\tFRA\treported\t", "JPN\tSANCTION\tRUS\thypothetical\t",
        "person:William Taylor\trepresents\tUSA\tformer\t", "USA\tCONSULT\tKOR\tasserted\t"};
    EvalResult r = score(dsg, gold);
    assertThat(r.modalityTotal()).isEqualTo(3);
    assertThat(r.modalityCorrect()).isEqualTo(2);
    assertThat(r.modalityMismatches()).singleElement()
        .satisfies(m -> assertThat(m.system()).isEqualTo(Modality.ASSERTED));
    assertThat(r.errorLines()).anyMatch(l -> l.startsWith("MODALITY\t"));
  }

  @Test
  void strictlyAnInteractionMatchesOnlyWhenBothSidesAgreeItHappened() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        interaction("i1", "Consult", "state:RUS", "state:FRA", "Asserted", "a1")
            + interaction("i2", "Consult", "state:USA", "state:KOR", "Planned", "a1")
            + interaction("i3", "Consult", "state:USA", "state:KOR", "Asserted", "a1")
            + claim("c1", "state:USA", "gk:alliedWith", "state:KOR", "Hypothetical", "a1")));
    List<GoldFact> gold = SeedGoldReader.parse(List.of("RUS\tCONSULT\tFRA\tplanned\tcue",
        "USA\tCONSULT\tKOR\tplanned\t", "USA\talliedWith\tKOR\tasserted\t")).facts();
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), false);
    EvalResult strict = Evaluation.scoreDataset(set, dsg, null, Scorer.Mode.STRICT);
    // "met" where the gold says "will meet" is a miss and a false positive; a tie's modality is not required.
    assertThat(strict.misses()).singleElement().satisfies(g -> {
      assertThat(g.object()).isEqualTo("FRA");
      assertThat(g.note()).startsWith("modality").contains("Asserted");
    });
    // The asserted and the planned USA-KOR talks are two facts: the planned one matches, the other does not.
    assertThat(strict.overall().system()).isEqualTo(4);
    assertThat(strict.overall().systemMatched()).isEqualTo(2);
    EvalResult lenient = Evaluation.scoreDataset(set, dsg, null, Scorer.Mode.LENIENT);
    assertThat(lenient.misses()).isEmpty();
    assertThat(lenient.overall().system()).isEqualTo(3);
  }

  @Test
  void strictlyGoldPersonsCountAsWhatTheGoldSaysTheyRepresentAndNamesMatchInEitherOrder() {
    DatasetGraph dsg = dataset("GRAPH graph:reference { igo:MOFA-JPN a gk:Organization ; gk:represents state:JPN . }\n"
        + doc("a1", "a.txt",
            claim("r1", "person:fumio-kishida", "gk:represents", "state:JPN", "Asserted", "a1")
                + interaction("i1", "Consult", "state:USA", "state:JPN", "Asserted", "a1")
                + interaction("i2", "Aid", "igo:MOFA-JPN", "state:UKR", "Asserted", "a1")));
    List<GoldFact> gold = SeedGoldReader.parse(List.of("person:Kishida Fumio\trepresents\tMOFA-JPN\tasserted\t",
        "USA\tCONSULT\tperson:Kishida Fumio\tasserted\t", "MOFA-JPN\tAID\tUKR\tasserted\t")).facts();
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), false);
    EvalResult strict = Evaluation.scoreDataset(set, dsg, null, Scorer.Mode.STRICT);
    // Kishida → the ministry (the gold's row) → Japan (reference data); the system's represents row names
    // the same person in the other order, and says JPN where the gold says the ministry, which counts as JPN.
    assertThat(strict.misses()).isEmpty();
    assertThat(strict.falsePositives()).isEmpty();
    EvalResult lenient = Evaluation.scoreDataset(set, dsg, null, Scorer.Mode.LENIENT);
    assertThat(lenient.misses()).extracting(Scorer.ScoredGold::relation).contains("represents");
  }

  @Test
  void aSystemPersonTakesTheGoldNameOnlyWhenOneAgrees() {
    GoldActors actors = new GoldActors(List.of(
        new GoldFact("d", "person:antony-blinken", "represents", "USA", Modality.ASSERTED, ""),
        new GoldFact("d", "person:donald-blinken", "represents", "USA", Modality.FORMER, "")), true, k -> null);
    assertThat(actors.unifyPerson("d", "person:blinken-antony")).isEqualTo("person:antony-blinken");
    assertThat(actors.unifyPerson("d", "person:antony-j-blinken")).isEqualTo("person:antony-blinken");
    assertThat(actors.unifyPerson("d", "person:blinken")).isEqualTo("person:blinken");
    assertThat(actors.unifyPerson("other", "person:blinken-antony")).isEqualTo("person:blinken-antony");
    assertThat(actors.normalize("d", "person:antony-blinken")).isEqualTo("USA");
  }

  @Test
  void aSystemPersonMatchesTheGoldByAnotherNameTheReferenceDataGivesThem() {
    // Was a false positive and a miss at once: the gold spells the name as the release does.
    DatasetGraph dsg = dataset("GRAPH graph:reference { person:alexander-lukashenko a gk:Person ;"
        + " <http://www.w3.org/2000/01/rdf-schema#label> \"Alexander Lukashenko\" ;"
        + " <http://www.w3.org/2004/02/skos/core#altLabel> \"Lukashenka\", \"Alyaksandr Lukashenka\" . }\n"
        + doc("a1", "r1", claim("r1", "person:alexander-lukashenko", "gk:represents", "state:BLR", "Asserted", "a1")));
    List<GoldFact> gold = List.of(new GoldFact("r1", "person:lukashenka", "represents", "BLR", Modality.ASSERTED, ""));
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), true);
    EvalResult strict = Evaluation.scoreDataset(set, dsg, null, Scorer.Mode.STRICT);
    assertThat(strict.misses()).isEmpty();
    assertThat(strict.falsePositives()).isEmpty();
    // An alias shared by two gold persons decides nothing.
    GoldActors two = new GoldActors(List.of(
        new GoldFact("d", "person:alyaksandr-lukashenka", "represents", "BLR", Modality.ASSERTED, ""),
        new GoldFact("d", "person:viktor-lukashenka", "represents", "BLR", Modality.ASSERTED, "")), true, k -> null,
        k -> Set.of("person:lukashenka"));
    assertThat(two.unifyPerson("d", "person:alexander-lukashenko")).isEqualTo("person:alexander-lukashenko");
  }

  @Test
  void macroFiguresAreMeansOverGoldDocumentsAndLeaveDocumentsWithoutSystemFactsOutOfPrecision() {
    List<GoldFact> gold = List.of(new GoldFact("a", "USA", "CONSULT", "RUS", Modality.ASSERTED, ""),
        new GoldFact("a", "USA", "AID", "UKR", Modality.ASSERTED, ""),
        new GoldFact("b", "USA", "CONSULT", "FRA", Modality.ASSERTED, ""),
        new GoldFact("c", "USA", "CONSULT", "DEU", Modality.ASSERTED, ""));
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), true);
    List<Modality> yes = List.of(Modality.ASSERTED);
    List<SystemFact> system = List.of(new SystemFact("a", "USA", "CONSULT", "RUS", yes, List.of("s")),
        new SystemFact("b", "USA", "CONSULT", "FRA", yes, List.of("s")),
        new SystemFact("b", "USA", "CONSULT", "ITA", yes, List.of("s")),
        new SystemFact("b", "USA", "CONSULT", "ESP", yes, List.of("s")),
        new SystemFact("z", "USA", "CONSULT", "ESP", yes, List.of("s")));
    EvalResult r = Scorer.score(set, system, ActorNormalizer.empty(), Scorer.Mode.STRICT, null);
    MacroScore m = MacroScore.of(r);
    // P: a 1/1, b 1/3, c left out (no system fact), z not a gold document; R: a 1/2, b 1/1, c 0/1.
    assertThat(m.documents()).isEqualTo(3);
    assertThat(m.noSystem()).isEqualTo(1);
    assertThat(m.precision()).isCloseTo((1.0 + 1.0 / 3) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.recall()).isCloseTo((0.5 + 1.0 + 0.0) / 3, org.assertj.core.data.Offset.offset(1e-9));
    SetReport report = new SetReport(r, r, null, null);
    assertThat(report.notes()).contains("t: strict macro P 0.667 R 0.500 (mean over 3 gold documents; 1 with no"
        + " system fact left out of P)");
    assertThat(report.toJson().get("macro").getAsObject().get("recall").getAsNumber().value().doubleValue())
        .isEqualTo(0.5);
    // One document (the seed article) or facts scored as a whole: no macro figures.
    EvalSet whole = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), false);
    assertThat(MacroScore.of(Scorer.score(whole, system, ActorNormalizer.empty(), Scorer.Mode.STRICT, null))).isNull();
  }

  @Test
  void strictlyGoldWhoseActorsHaveNoKeyCountsAsMissesWithTheReason() {
    List<GoldFact> gold = List.of(new GoldFact("r1", "USA", "CONSULT", "RUS", null, "s"));
    List<SkippedGold> skipped = List.of(new SkippedGold("r1", "ACCUSE IMG(al-Qaeda) -> USA",
        "actor with no state or organisation key", "ACCUSE"),
        new SkippedGold("r1", "USA 010 RUS", "CAMEO code with no PLOVER event"));
    EvalSet set = new EvalSet("t", List.of(), gold, skipped, RelationScheme.eventData(), true);
    List<SystemFact> system = List.of(
        new SystemFact("r1", "USA", "CONSULT", "RUS", List.of(Modality.ASSERTED), List.of("s")));
    EvalResult strict = Scorer.score(set, system, ActorNormalizer.empty(), Scorer.Mode.STRICT, Set.of("USA", "RUS"));
    assertThat(strict.overall().gold()).isEqualTo(2);
    assertThat(strict.overall().recall()).isEqualTo(0.5);
    assertThat(strict.misses()).singleElement().satisfies(g -> {
      assertThat(g.relation()).isEqualTo("ACCUSE");
      assertThat(g.note()).isEqualTo("actor with no state or organisation key");
    });
    assertThat(strict.errorLines()).anyMatch(l -> l.startsWith("MISS\tr1\tACCUSE IMG") && l.endsWith("key"))
        .anyMatch(l -> l.startsWith("SKIP\tr1")).noneMatch(l -> l.startsWith("SKIP") && l.contains("IMG"));
    assertThat(strict.headline().relation()).isEqualTo("overall (gold relations)");
    EvalResult lenient = Scorer.score(set, system, ActorNormalizer.empty(), Scorer.Mode.LENIENT, null);
    assertThat(lenient.overall().recall()).isEqualTo(1.0);
  }

  @Test
  void strictlyUnknownOrganisationsAreNotedOnTheirMisses() {
    List<GoldFact> gold = List.of(new GoldFact("d", "USA", "SANCTION", "HOUTHIS", Modality.ASSERTED, "c"));
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), true);
    EvalResult strict = Scorer.score(set, List.of(), ActorNormalizer.empty(), Scorer.Mode.STRICT, Set.of("USA"));
    assertThat(strict.misses()).singleElement()
        .satisfies(g -> assertThat(g.note()).isEqualTo("not a state or organisation geokg knows: HOUTHIS"));
  }

  @Test
  void derivedClaimsInTheInferredGraphAreScoredWithTheRest() {
    // A stance implied by an interaction is what an analyst reads the text to say ("weapons
    // shipments to Ukraine" → supports), so the gold sets list such facts.
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        interaction("i1", "Threaten", "state:USA", "state:RUS", "Asserted", "a1"))
        + "GRAPH graph:inferred { claim:d1 a gk:Claim ; gk:subject state:USA ; gk:predicate gk:opposes ;"
        + " gk:object state:RUS ; gk:modality gk:Asserted ; prov:wasDerivedFrom claim:i1 . }\n");
    EvalResult r = score(dsg, "USA\tTHREATEN\tRUS\tasserted\t", "USA\topposes\tRUS\tasserted\t");
    assertThat(r.overall().system()).isEqualTo(2);
    assertThat(r.overall().goldMatched()).isEqualTo(2);
  }

  @Test
  void perDocumentSetsNeedTheFactInItsOwnDocument() {
    DatasetGraph dsg = dataset(doc("a1", "r1", interaction("i1", "Consult", "state:USA", "state:RUS", "Asserted", "a1"))
        + doc("a2", "r2", interaction("i2", "Aid", "state:USA", "state:UKR", "Asserted", "a2")));
    List<GoldFact> gold = List.of(new GoldFact("r1", "USA", "CONSULT", "RUS", null, ""),
        new GoldFact("r1", "USA", "AID", "UKR", null, ""));
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), true);
    EvalResult r = Evaluation.scoreDataset(set, dsg, null);
    assertThat(r.overall().goldMatched()).isEqualTo(1);
    assertThat(r.overall().systemMatched()).isEqualTo(1);
    assertThat(r.modalityAccuracy()).isNaN();
  }

  @Test
  void restrictingToOneDocumentGraphStillNormalisesWithTheWholeDataset() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        claim("r1", "person:antony-blinken", "gk:represents", "state:USA", "Asserted", "a1"))
        + doc("a2", "seed.txt", interaction("i1", "Consult", "person:antony-blinken", "state:IND", "Asserted", "a2")));
    assertThat(SystemFacts.findDocumentGraph(dsg, "seed.txt")).contains("https://w3id.org/geokg/id/doc/a2");
    List<GoldFact> gold = SeedGoldReader.parse(List.of("USA\tCONSULT\tIND\tasserted\t")).facts();
    EvalSet set = new EvalSet("t", List.of(), gold, List.of(), RelationScheme.ontology(), false);
    EvalResult r = Evaluation.scoreDataset(set, dsg, "https://w3id.org/geokg/id/doc/a2");
    assertThat(r.overall().system()).isEqualTo(1);
    assertThat(r.overall().f1()).isEqualTo(1.0);
  }

  @Test
  void relationsTheGoldNeverAnnotatesAreCountedAndMarked() {
    DatasetGraph dsg = dataset(doc("a1", "a.txt",
        interaction("i1", "Consult", "state:USA", "state:RUS", "Asserted", "a1")
            + claim("c1", "state:USA", "gk:waryOf", "state:CHN", "Asserted", "a1")));
    EvalResult r = score(dsg, "USA\tCONSULT\tRUS\tasserted\t");
    assertThat(row(r, "waryOf").inGold()).isFalse();
    assertThat(r.overall().precision()).isEqualTo(0.5);
    assertThat(r.overallGoldRelations().precision()).isEqualTo(1.0);
    assertThat(r.table()).contains("*waryOf").contains("overall").contains("modality accuracy");
  }

  @Test
  void keysFromIrisAndGoldAgree() {
    assertThat(EntityKeys.fromIri("https://w3id.org/geokg/id/region/europe")).isEqualTo(EntityKeys.fromGold("region:Europe"));
    assertThat(EntityKeys.fromIri("https://w3id.org/geokg/id/infrastructure/nord-stream-2"))
        .isEqualTo(EntityKeys.fromGold("infrastructure:Nord Stream 2"));
    assertThat(EntityKeys.fromIri("https://w3id.org/geokg/id/person/antony-blinken")).isEqualTo("person:antony-blinken");
    assertThat(EntityKeys.surname("person:antony-blinken")).isEqualTo("person:blinken");
    assertThat(EntityKeys.surname("USA")).isEqualTo("USA");
    assertThat(EntityKeys.fromGold("person:Biden")).isEqualTo("person:biden");
    assertThat(EntityKeys.samePerson("person:kishida-fumio", "person:fumio-kishida")).isTrue();
    assertThat(EntityKeys.samePerson("person:blinken", "person:antony-j-blinken")).isTrue();
    assertThat(EntityKeys.samePerson("person:antony-blinken", "person:donald-blinken")).isFalse();
    assertThat(EntityKeys.samePerson("person:usa", "USA")).isFalse();
    assertThat(EntityKeys.fromIri("https://w3id.org/geokg/id/resource/oil")).isEqualTo("resource:oil");
    assertThat(EntityKeys.fromGold("usa")).isEqualTo("USA");
    assertThat(Relations.canonical("DISAPPROVE")).isEqualTo("ACCUSE");
    assertThat(Relations.canonical("Request")).isEqualTo("DEMAND");
  }

  @Test
  void aNonStateGroupOfTheReferenceDataCountsForItsCountryOnBothSides() {
    // The reference graph places the Taliban in Afghanistan: a gold set that names the group by its id
    // (statedept) and one that codes it by its country (PLOVER) both meet the system's claim on it.
    DatasetGraph dsg = dataset("GRAPH graph:reference { igo:TALIBAN a gk:Organization ; gk:country state:AFG . }");
    ActorNormalizer n = ActorNormalizer.from(SystemFacts.unionGraph(dsg));
    assertThat(n.normalize("https://w3id.org/geokg/id/org/TALIBAN")).isEqualTo("AFG");
    assertThat(n.referenceKey("TALIBAN")).isEqualTo("AFG");
    assertThat(n.referenceKey("NATO")).isNull();
  }
}
