package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  private CollectingSink read(String name, String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(name, text, sink);
    return sink;
  }

  @Test
  void markupIsBlankedAndMetadataRead() {
    String text = "<!DOCTYPE html>\n<html><head><title>AT&amp;T &#8211; News</title>\n"
        + "<meta property=\"article:published_time\" content=\"2022-03-08T10:00:00Z\">\n"
        + "<link rel=\"canonical\" href=\"https://ex.org/a\">\n"
        + "<style>p { color: red }</style></head>\n"
        + "<body><h1>Oil ban</h1><p>The U.S. banned <b>Russian</b> oil &amp; gas.</p>"
        + "<script>var x = \"<p>not text</p>\";</script><!-- hidden --></body></html>";
    Document d = read("a.html", text).only();
    assertThat(d.title()).isEqualTo("AT&T \u2013 News");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 8));
    assertThat(d.source()).isEqualTo("https://ex.org/a");
    CollectingSink.assertAligned(d);
    String words = d.content().replaceAll("\\s+", " ").strip();
    assertThat(words).isEqualTo("Oil ban The U.S. banned Russian oil &amp; gas.");
    // Block tags break paragraphs so the heading is its own sentence.
    assertThat(d.content()).contains("Oil ban\n\n");
    int i = text.indexOf("banned");
    assertThat(d.content().substring(i, i + 6)).isEqualTo("banned");
  }

  @Test
  void headWithoutClosingTagEndsAtBody() {
    Document d = read("b.htm", "<html><head><title>T</title>\n<body>Kept text.").only();
    assertThat(d.content().strip()).isEqualTo("Kept text.");
    assertThat(d.title()).isEqualTo("T");
  }

  @Test
  void impossibleMetaDateRejectsButUnknownFormatIsIgnored() {
    assertThat(read("c.html", "<meta name=\"date\" content=\"2022-02-30\"><p>x</p>").onlyError().reason())
        .isEqualTo("impossible date 2022-02-30 in <meta date>");
    assertThat(read("d.html", "<meta name=\"date\" content=\"March 3, 2022\"><p>x</p>").only().date())
        .isNull();
  }

  @Test
  void onlyMarkupIsRejected() {
    assertThat(read("e.html", "<html><body><script>x()</script></body></html>").onlyError().reason())
        .isEqualTo("no text outside the markup");
  }
}
