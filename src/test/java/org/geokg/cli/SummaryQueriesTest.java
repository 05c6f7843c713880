package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing queries that read graph:summary give the rows that counting over every claim gave (the
 * saved queries as they were before summaries, kept in test resources), on a store made by adds and
 * --force replaces; and they page: the default limit, the line that says how many more rows there are,
 * --offset and --all.
 */
class SummaryQueriesTest {
  @TempDir static Path dir;
  private static Path store;
  private static final ScriptedExtractor EXTRACTOR = new ScriptedExtractor();

  @BeforeAll
  static void build() throws Exception {
    Random random = new Random(41);
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int d = 0; d < 60; d++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
        List<String> states = ScriptedExtractor.STATES;
        List<String> rels = ScriptedExtractor.RELATIONS;
        sb.append(states.get(random.nextInt(states.size()))).append(' ').append(rels.get(random.nextInt(rels.size())))
            .append(' ').append(states.get(random.nextInt(states.size()))).append(' ')
            .append(ScriptedExtractor.MODALITIES.get(random.nextInt(ScriptedExtractor.MODALITIES.size())))
            .append(String.format(" 2022-%02d-%02d 0.%d%n", 1 + random.nextInt(12), 1 + random.nextInt(28), 5 + random.nextInt(5)));
      }
      // Officials: a few persons, each representing a state or two, with any modality, some undated.
      for (int i = 0, n = random.nextInt(3); i < n; i++) {
        sb.append(ScriptedExtractor.PERSON).append(PERSONS.get(random.nextInt(PERSONS.size()))).append(" represents ")
            .append(ScriptedExtractor.STATES.get(random.nextInt(3))).append(' ')
            .append(List.of("Asserted", "Reported", "Former", "Planned").get(random.nextInt(4)))
            .append(random.nextBoolean() ? String.format(" 2022-%02d-%02d 0.8%n", 1 + random.nextInt(12), 1 + random.nextInt(28)) : "\n");
      }
      Files.writeString(in.resolve(String.format("doc-%02d.txt", d)), sb);
    }
    store = dir.resolve("store");
    assertThat(run("build", "--store", store.toString(), "--no-progress", in.toString()).code()).isZero();
    EXTRACTOR.version = 3;
    assertThat(run("build", "--store", store.toString(), "--no-progress", "--force",
        in.resolve("doc-07.txt").toString(), in.resolve("doc-11.txt").toString()).code()).isZero();
    // A graph of bare stance triples, without claim nodes (RDF loaded as it is): no claims behind them.
    Path bare = dir.resolve("bare.nq");
    String g = " <" + GK.ID + "doc/bare> .\n";
    Files.writeString(bare, "<" + GK.ID + "state/JPN> <" + GK.NS + "waryOf> <" + GK.ID + "state/RUS>" + g
        + "<" + GK.ID + "state/RUS> <" + GK.NS + "tenseWith> <" + GK.ID + "state/JPN>" + g);
    CliRun load = run("load", "--store", store.toString(), bare.toString());
    assertThat(load.code()).as(load.err()).isZero();
  }

  @Test
  void theSummaryListingsGiveTheRowsOfCounting() {
    List<String> documents = rows("documents");
    assertThat(documents).hasSizeGreaterThan(10)
        .containsExactlyInAnyOrderElementsOf(rows(COUNTING + "documents.rq"));
    for (String q : List.of("facts-across-documents", "interaction-dyads")) {
      sameButDates(q, rows(q), rows(COUNTING + q + ".rq"));
    }
    List<String> usa = rows("--param", "actor=state:USA", "interaction-dyads");
    assertThat(usa).isNotEmpty().allMatch(r -> r.contains("state/USA"));
    sameButDates("dyads of USA", usa, rows("--param", "actor=state:USA", COUNTING + "interaction-dyads.rq"));
  }

  @Test
  void theOfficialsSummaryGivesTheRowsOfCounting() {
    for (String[] p : List.of(new String[0], new String[] {"--param", "state=state:USA"})) {
      List<String> summary = rows(concat(p, "officials-by-state"));
      List<String> counting = rows(concat(p, COUNTING + "officials-by-state.rq"));
      assertThat(summary).as(String.join(" ", p)).hasSizeGreaterThan(3)
          .extracting(SummaryQueriesTest::withoutLatestDate)
          .containsExactlyInAnyOrderElementsOf(counting.stream().map(SummaryQueriesTest::withoutLatestDate).toList());
      // Counting's MAX(STR(?date)) is blank as soon as one claim is undated; where it is not, the two agree.
      long dated = counting.stream().filter(r -> !r.matches(".*,,[^,]*"))
          .peek(r -> assertThat(summary).contains(r)).count();
      assertThat(dated).isPositive();
    }
  }

  /** An officials row without its ?latestDate, the next-to-last column. */
  private static String withoutLatestDate(String row) {
    int last = row.lastIndexOf(',');
    return row.substring(0, row.lastIndexOf(',', last - 1)) + row.substring(last);
  }

  @Test
  void theEvidenceGivesTheRowsOfReadingEveryClaim() {
    List<String[]> params = List.of(new String[0], new String[] {"--param", "s=state:USA"},
        new String[] {"--param", "p=gk:alliedWith"}, new String[] {"--param", "o=state:KOR", "--param", "p=gk:tenseWith"});
    sameRowsAsCounting("evidence-for-fact", params);
    // The claims of a fact together: once a fact's rows end, it does not come back.
    List<String> facts = rows("evidence-for-fact").stream().map(r -> String.join(",", List.of(r.split(",")).subList(0, 3))).toList();
    long runs = 0;
    for (int i = 0; i < facts.size(); i++) {
      runs += i == 0 || !facts.get(i).equals(facts.get(i - 1)) ? 1 : 0;
    }
    assertThat(runs).isEqualTo(facts.stream().distinct().count());
  }

  @Test
  void theTimelineGivesTheRowsOfFilteringEveryInteraction() {
    List<String[]> params = List.of(new String[0], new String[] {"--param", "actor=state:RUS"},
        new String[] {"--param", "type=gk:Threaten"}, new String[] {"--param", "actor=state:USA", "--param", "type=gk:Aid"});
    sameRowsAsCounting("interactions-timeline", params);
    // Earliest first, undated last: the dates of the rows never go down.
    List<String> dates = rows("interactions-timeline").stream().map(r -> r.substring(0, r.indexOf(','))).toList();
    assertThat(dates.stream().filter(d -> !d.isEmpty()).toList()).isSorted();
    assertThat(dates.subList(dates.indexOf("") < 0 ? dates.size() : dates.indexOf(""), dates.size())).allMatch(String::isEmpty);
  }

  @Test
  void theStancesGiveTheRowsOfCountingEveryClaim() {
    List<String[]> params = new java.util.ArrayList<>();
    params.add(new String[0]);
    ScriptedExtractor.STATES.forEach(s -> params.add(new String[] {"--param", "state=state:" + s}));
    sameRowsAsCounting("stances-toward-state", params);
    assertThat(rows("stances-toward-state")).as("the bare triples' stances")
        .anyMatch(r -> r.contains("state/JPN") && r.contains(",waryOf,0,derived"))
        .anyMatch(r -> r.contains("state/JPN") && r.contains(",tenseWith,0,derived"));
    assertThat(rows("--param", "state=state:JPN", "stances-toward-state")).as("a symmetric stance about each end")
        .anyMatch(r -> r.contains("state/RUS") && r.contains(",tenseWith,0,derived"));
    // By stance, most claims first within a stance.
    List<String[]> rows = rows("stances-toward-state").stream().map(r -> r.split(",")).toList();
    for (int i = 1; i < rows.size(); i++) {
      String[] a = rows.get(i - 1);
      String[] b = rows.get(i);
      assertThat(a[3].compareTo(b[3]) < 0 || a[3].equals(b[3]) && Long.parseLong(a[4]) >= Long.parseLong(b[4]))
          .as(String.join(",", a) + " before " + String.join(",", b)).isTrue();
    }
  }

  /** The saved query gives the rows its version before summaries gives, in any order, for each set of parameters. */
  private static void sameRowsAsCounting(String query, List<String[]> params) {
    for (String[] p : params) {
      assertThat(rows(concat(p, query))).as(query + " " + String.join(" ", p)).hasSizeGreaterThan(3)
          .containsExactlyInAnyOrderElementsOf(rows(concat(p, COUNTING + query + ".rq")));
    }
  }

  private static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  @Test
  void listingsArePagedWithALineThatSaysWhatIsLeft() {
    CliRun all = run("query", "--store", store.toString(), "--format", "csv", "--all", "facts-across-documents");
    long total = all.out().lines().count() - 1;
    assertThat(total).isGreaterThan(30);
    assertThat(all.err()).isEmpty();
    CliRun page = run("query", "--store", store.toString(), "--format", "csv", "--limit", "10", "facts-across-documents");
    assertThat(page.out().lines().skip(1).toList()).isEqualTo(all.out().lines().skip(1).limit(10).toList());
    assertThat(page.err()).contains(String.format("%,d more rows; use --offset 10", total - 10)).contains("--all");
    CliRun next = run("query", "--store", store.toString(), "--format", "csv", "--limit", "10", "--offset", "10",
        "facts-across-documents");
    assertThat(next.out().lines().skip(1).toList()).isEqualTo(all.out().lines().skip(11).limit(10).toList());
    // A query without a paged sub-select is paged by skipping and counting.
    CliRun plain = run("query", "--store", store.toString(), "--format", "csv", "--limit", "5",
        "SELECT ?c WHERE { ?c a gk:Claim } ORDER BY ?c");
    assertThat(plain.out().lines().count()).isEqualTo(6);
    assertThat(plain.err()).contains("more rows; use --offset 5");
    // The default limit.
    CliRun def = run("query", "--store", store.toString(), "--format", "csv", "SELECT ?c WHERE { ?c a gk:Claim }");
    assertThat(def.out().lines().count()).isEqualTo(101);
  }

  @Test
  void everyListingsPagesAreSlicesOfAllItsRows() {
    List<String[]> listings = List.of(new String[] {"documents"}, new String[] {"facts-across-documents"},
        new String[] {"--param", "p=gk:alliedWith", "facts-across-documents"}, new String[] {"interaction-dyads"},
        new String[] {"--param", "actor=state:USA", "interaction-dyads"}, new String[] {"interactions-timeline"},
        new String[] {"--param", "type=gk:Aid", "interactions-timeline"}, new String[] {"officials-by-state"},
        new String[] {"--param", "state=state:USA", "officials-by-state"}, new String[] {"evidence-for-fact"},
        new String[] {"--param", "s=state:USA", "evidence-for-fact"}, new String[] {"--param", "state=state:USA", "stances-toward-state"},
        new String[] {"--param", "state=state:DEU", "stances-toward-state"});
    for (String[] l : listings) {
      List<String> all = rows(l);
      String what = String.join(" ", l);
      assertThat(all).as(what).hasSizeGreaterThan(8);
      for (int offset : new int[] {0, 4}) {
        String[] args = new String[l.length + 9];
        System.arraycopy(new String[] {"query", "--store", store.toString(), "--format", "csv", "--limit", "4", "--offset",
            Integer.toString(offset)}, 0, args, 0, 9);
        System.arraycopy(l, 0, args, 9, l.length);
        CliRun page = run(args);
        assertThat(page.out().lines().skip(1).toList()).as(what + " from " + offset).isEqualTo(all.subList(offset, offset + 4));
        assertThat(page.err()).as(what).contains(String.format("%,d more row", all.size() - offset - 4));
      }
    }
  }

  private static final List<String> PERSONS = List.of("ann-lee", "bo-kim", "cy-ivanov", "di-park", "ed-cole");

  private static final String COUNTING = "src/test/resources/org/geokg/query/counting/";

  /**
   * The same rows; the last two columns (first and last date) the same wherever counting gave them:
   * its MIN(STR(?date)) over a claim without a date is an error that empties the aggregate, so one
   * undated claim (every derived one) left a fact's dates blank, where the summary gives the dates of
   * the dated claims.
   */
  private static void sameButDates(String what, List<String> summary, List<String> counting) {
    assertThat(summary).as(what).hasSizeGreaterThan(3);
    assertThat(summary.stream().map(SummaryQueriesTest::withoutDates).toList()).as(what)
        .containsExactlyInAnyOrderElementsOf(counting.stream().map(SummaryQueriesTest::withoutDates).toList());
    long dated = counting.stream().filter(r -> !r.endsWith(",,")).peek(r -> assertThat(summary).as(what).contains(r)).count();
    assertThat(dated).as(what + ": rows whose dates counting gave").isPositive();
  }

  private static String withoutDates(String row) {
    return row.substring(0, row.lastIndexOf(',', row.lastIndexOf(',') - 1));
  }

  private static List<String> rows(String... queryArgs) {
    String[] args = new String[queryArgs.length + 6];
    System.arraycopy(new String[] {"query", "--store", store.toString(), "--format", "csv", "--all"}, 0, args, 0, 6);
    System.arraycopy(queryArgs, 0, args, 6, queryArgs.length);
    CliRun r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().lines().skip(1).toList();
  }


  private static CliRun run(String... args) {
    return CliRun.of(EXTRACTOR, args);
  }
}
