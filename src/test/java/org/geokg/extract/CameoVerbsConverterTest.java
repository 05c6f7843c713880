package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.geokg.SharedExtractor;
import org.junit.jupiter.api.Test;

/**
 * The committed verb table is what {@code tools/cameo/cameo_verbs.py} makes from the shared CAMEO
 * dictionary: the converter is run (in check mode, twice) and must find both files up to date.
 */
class CameoVerbsConverterTest {
  @Test
  void theCommittedTableIsTheConvertersOutputAndStaysSoWhenRunAgain() throws Exception {
    assumeTrue(SharedExtractor.sharedPresent(), "../shared not found: the CAMEO dictionary is not in a user's clone");
    assumeTrue(Files.exists(SharedExtractor.SHARED.resolve("reference/petrarch2/CAMEO.2.0.txt")),
        "../shared/reference/petrarch2/CAMEO.2.0.txt not found");
    for (int run = 0; run < 2; run++) {
      Process p;
      try {
        p = new ProcessBuilder("python3", "tools/cameo/cameo_verbs.py", "--check", "--shared",
            SharedExtractor.SHARED.toString()).redirectErrorStream(true).start();
      } catch (java.io.IOException e) {
        assumeTrue(false, "python3 not available: " + e.getMessage());
        return;
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("up to date");
    }
  }

  @Test
  void theTableIsSortedAndEveryRowHasACodeAndAClass() throws Exception {
    Path table = Path.of("src/main/resources/geokg/rules/lexicons/cameo_verbs.tsv");
    java.util.List<String> rows = Files.readAllLines(table, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("lemma\t")).toList();
    assertThat(rows).isNotEmpty().isSorted();
    assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(8));
    assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)[5]).matches("\\d{2,4}|---"));
  }
}
