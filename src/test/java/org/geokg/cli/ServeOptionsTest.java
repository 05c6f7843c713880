package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg serve}'s refusals that come before any store is opened or port bound. */
class ServeOptionsTest {
  @TempDir Path dir;
  String err;

  int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    CliContext context = new CliContext(new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), false, data -> {
          throw new AssertionError("serve loads no extractor");
        });
    int code = Main.execute(context, args);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void updateOnAllInterfacesWithoutAuthIsRefusedBeforeAnythingStarts() {
    int code = run("serve", "--store", dir.resolve("none").toString(), "--host", "0.0.0.0", "--update");
    System.out.println("serve --host 0.0.0.0 --update -> exit " + code + ": " + err.lines().findFirst().orElse(""));
    assertThat(code).isEqualTo(2);
    assertThat(err).contains("--update on 0.0.0.0").contains("--auth FILE");
  }

  @Test
  void aConcurrencyCapBelowOneIsRefused() {
    assertThat(run("serve", "--store", dir.resolve("none").toString(), "--max-concurrent", "0")).isEqualTo(2);
    assertThat(err).contains("--max-concurrent must be at least 1");
  }
}
