package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

  @Test
  void standardSuffixes() {
    assertThat(DocumentReaders.forName("a.md")).isInstanceOf(MarkdownReader.class);
    assertThat(DocumentReaders.forName("dir/B.MARKDOWN")).isInstanceOf(MarkdownReader.class);
    assertThat(DocumentReaders.forName("x.jsonl")).isInstanceOf(JsonLinesReader.class);
    assertThat(DocumentReaders.forName("x.ndjson")).isInstanceOf(JsonLinesReader.class);
    assertThat(DocumentReaders.forName("x.html")).isInstanceOf(HtmlReader.class);
    assertThat(DocumentReaders.forName("c:\\news\\x.htm")).isInstanceOf(HtmlReader.class);
    assertThat(DocumentReaders.forName("x.txt")).isInstanceOf(PlainTextReader.class);
  }

  @Test
  void unknownNamesAreReadAsPlainText() {
    assertThat(DocumentReaders.forName("README")).isSameAs(DocumentReaders.plainText());
    assertThat(DocumentReaders.forName("x.csv")).isSameAs(DocumentReaders.plainText());
    assertThat(DocumentReaders.forName(".md")).isSameAs(DocumentReaders.plainText());
    assertThat(DocumentReaders.forName("md")).isSameAs(DocumentReaders.plainText());
  }

  @Test
  void registeredSuffixWinsAndLongestSuffixFirst() {
    DocumentReader custom = (in, name, sink, context) -> sink.reject(new DocumentError(name, "custom"));
    DocumentReaders.register(".geokgtest.jsonl", custom);
    DocumentReaders.register("GEOKGTEST", custom);
    assertThat(DocumentReaders.forName("day.geokgtest.jsonl")).isSameAs(custom);
    assertThat(DocumentReaders.forName("day.other.jsonl")).isInstanceOf(JsonLinesReader.class);
    assertThat(DocumentReaders.forName("day.geokgtest")).isSameAs(custom);
    assertThatThrownBy(() -> DocumentReaders.register(".", custom))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentWithNoNameIsJsonLinesWhenItStartsWithABrace() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '{'};
    assertThat(DocumentReaders.forContent(bom)).isInstanceOf(JsonLinesReader.class);
    assertThat(DocumentReaders.forContent("  [1]".getBytes(StandardCharsets.UTF_8))).isSameAs(DocumentReaders.plainText());
    assertThat(DocumentReaders.forContent(new byte[0])).isSameAs(DocumentReaders.plainText());
  }
}
