package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderTest {

  private static final Path SEED =
      Path.of("../shared/corpus/seed/2022-01-27-us-diplomacy-russia-ukraine.txt");

  private final PlainTextReader reader = new PlainTextReader();

  private CollectingSink read(String name, String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(name, text, sink);
    return sink;
  }

  @Test
  void textWithoutHeaderIsAllContent() {
    String text = "Russia massed troops near Ukraine.\n\nNATO answered.";
    Document d = read("a.txt", text).only();
    assertThat(d.name()).isEqualTo("a.txt");
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.content()).isEqualTo(text);
    assertThat(d.date()).isNull();
  }

  @Test
  void seedHeaderOnTheFirstSentenceLineGivesTheDateAndIsBlanked() {
    String text = " date 2022-01-27 Huddling with Seoul and Tokyo reminds the Kremlin.\n\nSo far, nothing.";
    Document d = read("seed.txt", text).only();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(d.content()).startsWith(" ".repeat(17) + "Huddling");
    CollectingSink.assertAligned(d);
    int i = text.indexOf("Seoul");
    int j = text.indexOf("Kremlin") + "Kremlin".length();
    assertThat(d.content().substring(i, j)).isEqualTo(text.substring(i, j)).isEqualTo("Seoul and Tokyo reminds the Kremlin");
  }

  @Test
  void headerOnItsOwnLineAfterBomKeepsTheLineBreak() {
    String text = "\uFEFF\nDate: 2022-03-01\nGermany halted Nord Stream 2.";
    Document d = read("x.txt", text).only();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(d.content()).isEqualTo(" \n" + " ".repeat(16) + "\nGermany halted Nord Stream 2.");
    assertThat(d.text()).isEqualTo(text);
  }

  @Test
  void timestampHeaderGivesItsDatePart() {
    Document d = read("x.txt", "date 2022-02-24T05:00+02:00 Russia invaded Ukraine.").only();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 2, 24));
    assertThat(d.content().strip()).isEqualTo("Russia invaded Ukraine.");
  }

  @Test
  void proseStartingWithDateIsNotAHeader() {
    String text = "Date night in Paris was cancelled.";
    Document d = read("x.txt", text).only();
    assertThat(d.date()).isNull();
    assertThat(d.content()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-02-30", "2022-13-01", "2021-02-29"})
  void impossibleHeaderDateIsRejectedNamingTheDate(String bad) {
    DocumentError e = read("bad.txt", "date " + bad + " Text follows.").onlyError();
    assertThat(e.name()).isEqualTo("bad.txt");
    assertThat(e.reason()).contains("impossible date").contains(bad);
  }

  @Test
  void malformedHeaderDateIsRejected() {
    DocumentError e = read("bad.txt", "date 2022-1-27 Text follows.").onlyError();
    assertThat(e.reason()).isEqualTo("malformed date header 'date 2022-1-27': expected 'date YYYY-MM-DD'");
  }

  @Test
  void headerWithoutTextIsRejected() {
    assertThat(read("h.txt", "date 2022-01-27\n").onlyError().reason())
        .isEqualTo("no text after the date header");
  }

  @Test
  void emptyAndBlankTextsAreRejected() {
    assertThat(read("e.txt", "").onlyError().reason()).isEqualTo("empty document");
    assertThat(read("w.txt", " \n\t\uFEFF\u00A0").onlyError().reason()).isEqualTo("no text: whitespace only");
  }

  @Test
  void seedArticle() throws Exception {
    Assumptions.assumeTrue(Files.exists(SEED), "../shared not present: skipping");
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    Document d = read(SEED.getFileName().toString(), text).only();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(d.content()).matches("(?s) +Huddling with Seoul.*");
    assertThat(d.text()).isEqualTo(text);
    CollectingSink.assertAligned(d);
    int at = text.indexOf("Vladimir Putin");
    assertThat(at).isPositive();
    assertThat(d.content().substring(at, at + 14)).isEqualTo("Vladimir Putin");
  }
}
