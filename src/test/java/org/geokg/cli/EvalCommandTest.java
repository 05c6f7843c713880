package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg eval} on the project's own kind of set, with an extractor that needs no CoreNLP. */
class EvalCommandTest {
  private static final String MINI = "src/test/resources/eval/statedept-mini";

  @TempDir Path dir;
  private String out;
  private String err;

  @Test
  void oneSetPrintsItsRelationsStrictAndLenientAndWritesErrorsAndJson() throws Exception {
    Path json = dir.resolve("figures.json");
    int code = run("eval", "--set", "statedept", "--statedept", MINI, "--errors", dir.toString(), "--out",
        json.toString(), "--threads", "1");
    assertThat(code).as(err).isZero();
    assertThat(out).contains("== statedept ==").contains("strict").contains("lenient").contains("CONSULT")
        .contains("*alliedWith").contains("strict misses by cause");
    assertThat(Files.readAllLines(dir.resolve("statedept-errors.tsv"))).anyMatch(l -> l.startsWith("MISS\t"))
        .anyMatch(l -> l.startsWith("FP\tstatedept-9001\tKOR\talliedWith\tUSA"));
    assertThat(dir.resolve("statedept-errors-lenient.tsv")).exists();
    var root = JSON.read(json.toString());
    assertThat(root.get("sets").getAsArray()).hasSize(1);
    assertThat(root.get("sets").getAsArray().get(0).getAsObject().getObj("strict").getObj("headline")
        .get("gold").getAsNumber().value().intValue()).isEqualTo(7);
  }

  @Test
  void allWithoutTheSharedFolderScoresTheProjectsOwnSetInOneTable() {
    int code = run("eval", "--set", "all", "--shared", dir.resolve("none").toString(), "--statedept", MINI,
        "--errors", dir.toString(), "--threads", "1");
    assertThat(code).as(err).isZero();
    assertThat(err).contains("seed: left out").contains("plover: left out").contains("re3d: left out");
    assertThat(out).contains("strict (default)").contains("statedept      7 ").doesNotContain("== statedept ==");
  }

  @Test
  void aFolderGivenToOutStillGetsTheErrorFiles() {
    int code = run("eval", "--set", "statedept", "--statedept", MINI, "--out", dir.toString(), "--threads", "1");
    assertThat(code).as(err).isZero();
    assertThat(err).contains("--errors DIR");
    assertThat(dir.resolve("statedept-errors.tsv")).exists();
  }

  @Test
  void theHeldOutCheckSetIsASetOfItsOwnName() {
    // The project's folder eval/statedept-check, found from the working folder the tests run in.
    int code = run("eval", "--set", "statedept-check", "--errors", dir.toString(), "--threads", "1");
    assertThat(code).as(err).isZero();
    assertThat(err).contains("statedept-check: extracting 20 documents");
    assertThat(out).contains("== statedept-check ==").contains("strict misses by cause");
    assertThat(dir.resolve("statedept-check-errors.tsv")).exists();
    assertThat(dir.resolve("statedept-errors.tsv")).doesNotExist();
  }

  @Test
  void aSetWithoutItsGoldIsAUsageError() {
    int code = run("eval", "--set", "statedept", "--statedept", dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err).contains("no gold.tsv");
  }

  private int run(String... args) {
    CliRun r = CliRun.of(new FakeExtractor(), args);
    out = r.out();
    err = r.err();
    return r.code();
  }
}
