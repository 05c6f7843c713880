package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static final Path DEV = Path.of("../shared/corpus/dev/whitehouse");

  private final MarkdownReader reader = new MarkdownReader();

  private CollectingSink read(String name, String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(name, text, sink);
    return sink;
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = MarkdownReaderTest.class.getResourceAsStream("/doc/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void whiteHouseFrontMatterGivesTitleDateAndSource() throws IOException {
    String text = fixture("statement.md");
    Document d = read("statement.md", text).only();
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 28));
    // \_ is YAML's no-break space; "\" at a line end joins the lines; "\ " is a kept space.
    assertThat(d.title())
        .isEqualTo("Joint Statement by President\u00A0Biden\u2019s Team on U.S.-EU Cooperation on Energy\u00A0Security");
    assertThat(d.source())
        .isEqualTo("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/01/28/joint-statement/");
    assertThat(d.text()).isEqualTo(text);
    CollectingSink.assertAligned(d);
    int body = text.indexOf("We are");
    assertThat(d.content().substring(0, body)).matches("[ \n]*");
    assertThat(d.content().substring(0, body).chars().filter(c -> c == '\n').count()).isEqualTo(10);
    int i = text.indexOf("Europe’s");
    assertThat(d.content().substring(i, i + 24)).isEqualTo(text.substring(i, i + 24));
  }

  @Test
  void markdownSyntaxInTheFixtureIsBlanked() throws IOException {
    Document d = read("statement.md", fixture("statement.md")).only();
    assertThat(d.content()).contains("  I. Security and Defense    \n");
    assertThat(d.content()).contains("      Standing up to Russian Aggression  :");
    assertThat(d.content()).contains("the 21     st       century");
    assertThat(d.content()).doesNotContain("<!--", "<sup>", "**", "\\");
    assertThat(d.content()).contains(" ###");
  }

  @Test
  void syntaxBlankingKeepsTextAndLength() {
    String body = "# Sanctions #\n"
        + "> NATO *will* respond.\n"
        + "* Item with [the statement](https://ex.org/a_(b) \"t\") and ![map](m.png).\n"
        + "Literal \\*star\\* and `code`.\n"
        + "---\n"
        + "[1]: https://ex.org/ref\n"
        + "1 + 2 > 1 and a-b.";
    Document d = read("s.md", body).only();
    assertThat(d.content()).isEqualTo(
        "  Sanctions  \n"
            + "  NATO  will  respond.\n"
            + "  Item with  the statement                            and   map        .\n"
            + "Literal  *star * and  code .\n"
            + "   \n"
            + "                       \n"
            + "1 + 2 > 1 and a-b.");
    CollectingSink.assertAligned(d);
  }

  @Test
  void quotingStylesAndKeyFallbacks() {
    String text = "---\n"
        + "title: 'Putin''s war: a \"choice\"'\n"
        + "date: 2022-03-02 10:00:00-05:00\n"
        + "url: https://example.org/x # a comment\n"
        + "tags:\n- a\n- b\n"
        + "---\nText.\n";
    Document d = read("q.md", text).only();
    assertThat(d.title()).isEqualTo("Putin's war: a \"choice\"");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 2));
    assertThat(d.source()).isEqualTo("https://example.org/x");
    assertThat(d.content()).endsWith("\nText.\n").hasSameSizeAs(text);
  }

  @Test
  void escapesAndPlainFolding() {
    String text = "---\r\ntitle: \"Sauli Niinist\\xF6 \\U0001F600\"\r\nsource: https://s.org\r\ndate: \"2022-03-04\"\r\n---\r\nBody\r\n";
    Document d = read("e.md", text).only();
    assertThat(d.title()).isEqualTo("Sauli Niinistö \uD83D\uDE00");
    assertThat(d.source()).isEqualTo("https://s.org");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 4));
    assertThat(d.content()).isEqualTo(text.replaceAll("[^\r\n]", " ").substring(0, text.indexOf("Body")) + "Body\r\n");

    Document p = read("p.md", "---\ntitle: A long\n  plain title\n\n  in two paragraphs\n---\nx").only();
    assertThat(p.title()).isEqualTo("A long plain title\nin two paragraphs");
  }

  @Test
  void noFrontMatterMeansNoMetadata() {
    Document d = read("n.md", "Russia and Belarus.\n").only();
    assertThat(d.date()).isNull();
    assertThat(d.title()).isNull();
    assertThat(d.content()).isEqualTo("Russia and Belarus.\n");
  }

  @Test
  void badFrontMatterIsRejected() {
    assertThat(read("d.md", "---\ndate: '2022-02-30'\n---\nText").onlyError())
        .isEqualTo(new DocumentError("d.md", "impossible date 2022-02-30 in the front matter"));
    assertThat(read("d.md", "---\ndate: yesterday\n---\nText").onlyError().reason())
        .isEqualTo("date 'yesterday' in the front matter is not a date (expected YYYY-MM-DD)");
    assertThat(read("u.md", "---\ntitle: x\nText without a closing fence").onlyError().reason())
        .contains("never closed");
    assertThat(read("q.md", "---\ntitle: \"no closing quote\n---\nText").onlyError().reason())
        .isEqualTo("front matter 'title': quoted value has no closing \"");
    assertThat(read("o.md", "---\ntitle: Only\n---\n").onlyError().reason())
        .isEqualTo("no text after the front matter");
  }

  @Test
  void everyDevArticleReads() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared not present: skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(DEV)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Document d = read(name, Files.readString(f)).only();
      assertThat(d.date()).as(name).hasToString(name.substring(0, 10));
      assertThat(d.title()).as(name).isNotBlank().doesNotContain("\\", "\n", "  ");
      assertThat(d.source()).as(name).startsWith("https://bidenwhitehouse.archives.gov/");
      assertThat(d.content()).as(name).doesNotContain("source_url", "---\n");
      CollectingSink.assertAligned(d);
    }
  }
}
