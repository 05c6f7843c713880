package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void lineWithTotalHasPercentRateAndEta() {
    assertThat(Progress.line(Progress.Unit.DOCUMENTS, 120, 1000, 30, "3 skipped"))
        .isEqualTo("120 / 1,000 documents (12%)  4.0 docs/s  ETA 3m 40s  3 skipped");
  }

  @Test
  void lineWithoutTotalHasNoEta() {
    assertThat(Progress.line(Progress.Unit.DOCUMENTS, 120, -1, 30, ""))
        .isEqualTo("120 documents  4.0 docs/s");
    assertThat(Progress.line(Progress.Unit.DOCUMENTS, 1, -1, 0.01, "")).isEqualTo("1 document");
  }

  @Test
  void doneBeyondAnUnderestimatedTotalShowsDoneAsTotal() {
    assertThat(Progress.line(Progress.Unit.DOCUMENTS, 12, 10, 4, ""))
        .isEqualTo("12 / 12 documents (100%)  3.0 docs/s");
  }

  @Test
  void bytesLine() {
    assertThat(Progress.line(Progress.Unit.BYTES, 312_000_000, 1_200_000_000, 10, "9,000 quads"))
        .isEqualTo("312.0 MB / 1.2 GB (26%)  31.2 MB/s  ETA 29s  9,000 quads");
    assertThat(Progress.bytes(999)).isEqualTo("999 B");
    assertThat(Progress.bytes(3_400)).isEqualTo("3.4 kB");
  }

  @Test
  void durations() {
    assertThat(Progress.duration(41.2)).isEqualTo("42s");
    assertThat(Progress.duration(185)).isEqualTo("3m 05s");
    assertThat(Progress.duration(2 * 3600 + 7 * 60 + 3)).isEqualTo("2h 07m");
  }

  @Test
  void terminalRedrawsOneLineAtMostFiveTimesASecond() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), Progress.Mode.LINE,
        Progress.Unit.DOCUMENTS, now::get);
    p.total(10);
    now.set(SECOND);
    p.update(1, "");
    now.set(SECOND + 100_000_000L);
    p.update(2, ""); // too soon: not drawn
    now.set(2 * SECOND);
    p.update(3, "");
    p.message("error: x: broken");
    p.clear();
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).isEqualTo("\r\033[K1 / 10 documents (10%)  1.0 docs/s  ETA 9s"
        + "\r\033[K3 / 10 documents (30%)  1.5 docs/s  ETA 5s"
        + "\r\033[Kerror: x: broken" + System.lineSeparator());
    assertThat(out).doesNotContain("2 / 10");
  }

  @Test
  void withoutTerminalPlainLinesEveryTenSeconds() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), Progress.Mode.PERIODIC,
        Progress.Unit.DOCUMENTS, now::get);
    for (int i = 1; i <= 25; i++) {
      now.set(i * SECOND);
      p.update(i, "");
    }
    p.clear();
    assertThat(buf.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly("10 documents  1.0 docs/s", "20 documents  1.0 docs/s");
  }

  @Test
  void quietShowsNothing() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8),
        Progress.Mode.of(true, true), Progress.Unit.DOCUMENTS);
    p.update(1, "");
    p.clear();
    assertThat(p.enabled()).isFalse();
    assertThat(buf.size()).isZero();
    assertThat(Progress.Mode.of(true, false)).isEqualTo(Progress.Mode.LINE);
    assertThat(Progress.Mode.of(false, false)).isEqualTo(Progress.Mode.PERIODIC);
  }

  @Test
  void inputCountCountsFilesAndJsonLines(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "x");
    Files.writeString(dir.resolve("a/b/two.md"), "y");
    Files.writeString(dir.resolve("a/.hidden.txt"), "z");
    Files.writeString(dir.resolve("a/b/docs.jsonl"), "{\"text\":\"a\"}\n\n  \n{\"text\":\"b\"}\r\n{\"text\":\"c\"}");
    Files.writeString(dir.resolve("single.txt"), "s");
    assertThat(InputCount.documents(List.of(dir.resolve("a").toString(), dir.resolve("single.txt").toString())))
        .isEqualTo(6);
    assertThat(InputCount.documents(List.of(dir.resolve("a").toString(), "-"))).isEqualTo(-1);
    assertThat(InputCount.documents(List.of(dir.resolve("missing.txt").toString()))).isEqualTo(1);
  }
}
