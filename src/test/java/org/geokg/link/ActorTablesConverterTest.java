package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.geokg.SharedExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tables {@code tools/gazetteer/make_actors.py} writes are its output: the converter is
 * run on a copy of the gazetteer folder and must write the same files.
 */
class ActorTablesConverterTest {
  private static final Path GAZETTEER = Path.of("src/main/resources/geokg/gazetteer");

  @Test
  void theCommittedActorTablesAreTheConvertersOutput(@TempDir Path tmp) throws Exception {
    assumeTrue(SharedExtractor.sharedPresent(), "../shared not found: the coders' dictionaries are not in a user's clone");
    assumeTrue(Files.exists(SharedExtractor.SHARED.resolve("reference/petrarch2/Phoenix.Countries.actors.txt")),
        "../shared/reference/petrarch2 not found");
    try (Stream<Path> files = Files.list(GAZETTEER)) {
      for (Path f : files.toList()) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    Process p;
    try {
      p = new ProcessBuilder("python3", "tools/gazetteer/make_actors.py", "--ref",
          SharedExtractor.SHARED.resolve("reference").toString(), "--out", tmp.toString())
          .redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "python3 not available: " + e.getMessage());
      return;
    }
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    for (String table : List.of("terms.tsv", "actors.tsv", "agents.tsv", "places.tsv")) {
      assertThat(Files.readString(tmp.resolve(table))).as(table).isEqualTo(Files.readString(GAZETTEER.resolve(table)));
    }
    // The coders' spelling of a curated person is that person, not a second one.
    assertThat(log).contains("alyaksandr-lukashenka = alexander-lukashenko");
  }
}
