package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader();

  private CollectingSink read(String name, String text) {
    CollectingSink sink = new CollectingSink();
    reader.read(name, text, sink);
    return sink;
  }

  @Test
  void oneBadLineAmongGoodOnesCostsThatLineOnly() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/doc/articles.jsonl")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    CollectingSink sink = read("articles.jsonl", text);
    assertThat(sink.names()).containsExactly("a1", "articles.jsonl#2", "a4");
    assertThat(sink.errors).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("articles.jsonl#3");
      assertThat(e.reason()).startsWith("invalid JSON: ").contains("column");
    });
    assertThat(sink.events).containsExactly("a1", "articles.jsonl#2", "!articles.jsonl#3", "a4");

    Document a1 = sink.documents.get(0);
    assertThat(a1.text()).isEqualTo("Russia invaded Ukraine.");
    assertThat(a1.content()).isEqualTo(a1.text());
    assertThat(a1.date()).isEqualTo(LocalDate.of(2022, 2, 24));
    assertThat(a1.title()).isEqualTo("Invasion");
    assertThat(a1.source()).isEqualTo("https://example.org/a1");
    assertThat(sink.documents.get(1).date()).isEqualTo(LocalDate.of(2022, 2, 26));
    assertThat(sink.documents.get(2).date()).isNull();
  }

  @Test
  void escapesBlankLinesCrLfAndBomAreHandled() {
    String text = "\uFEFF{\"id\":7,\"text\":\"Putin\\u2019s \\ud83d\\ude00 war\\nLine two\",\"source_url\":\"https://s\"}\r\n"
        + "\r\n"
        + "   \n"
        + "{\"text\":\"Fourth line\",\"source\":\"https://t\"}";
    CollectingSink sink = read("x.ndjson", text);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.names()).containsExactly("7", "x.ndjson#4");
    Document first = sink.documents.get(0);
    assertThat(first.text()).isEqualTo("Putin’s \uD83D\uDE00 war\nLine two");
    assertThat(first.source()).isEqualTo("https://s");
    assertThat(sink.documents.get(1).source()).isEqualTo("https://t");
  }

  @Test
  void eachKindOfBadLineIsRejectedWithItsLineNumber() {
    String text = String.join("\n",
        "{\"text\":\"ok\"}",
        "[1, 2]",
        "{\"title\":\"no text\"}",
        "{\"text\":42}",
        "{\"text\":\"  \"}",
        "{\"text\":\"x\",\"date\":\"2022-02-30\"}",
        "{\"text\":\"x\",\"date\":\"Feb 3\"}",
        "{\"id\":\"dup\",\"text\":\"x\"}",
        "{\"id\":\"dup\",\"text\":\"y\"}",
        "{\"text\":\"x\"} {\"text\":\"y\"}",
        "{\"text\":\"x\"} trailing",
        "{'text':'single quotes'}",
        "{\"id\":[1],\"text\":\"x\"}",
        "{\"text\":\"last\"}");
    CollectingSink sink = read("b.jsonl", text);
    assertThat(sink.names()).containsExactly("b.jsonl#1", "dup", "b.jsonl#14");
    assertThat(sink.errors).extracting(DocumentError::toString).containsExactly(
        "b.jsonl#2: not a JSON object",
        "b.jsonl#3: no \"text\" field",
        "b.jsonl#4: \"text\" is not a string",
        "b.jsonl#5: no text: whitespace only",
        "b.jsonl#6: impossible date 2022-02-30 in \"date\"",
        "b.jsonl#7: date 'Feb 3' in \"date\" is not a date (expected YYYY-MM-DD)",
        "b.jsonl#9: duplicate id \"dup\" (first used on line 8)",
        "b.jsonl#10: invalid JSON: text after the object",
        "b.jsonl#11: invalid JSON: text after the object",
        "b.jsonl#12: invalid JSON: Unexpected char 39 at (column 2)",
        "b.jsonl#13: \"id\" is not a string or a number");
  }

  @Test
  void aJsonArrayFileIsRejectedOnceNotPerLine() {
    CollectingSink sink = read("arr.jsonl", "[\n  {\"text\":\"a\"},\n  {\"text\":\"b\"}\n]\n");
    assertThat(sink.onlyError()).isEqualTo(
        new DocumentError("arr.jsonl", "a JSON array, not JSON Lines: put one object on each line"));
  }

  @Test
  void blankInputIsRejected() {
    assertThat(read("e.jsonl", "").onlyError().reason()).isEqualTo("empty document");
    assertThat(read("w.jsonl", "\n \n").onlyError().reason()).isEqualTo("no text: whitespace only");
  }

  @Test
  void halfASurrogatePairIsRefusedNotStoredAsAQuestionMark() {
    // JSON escapes can spell what UTF-8 cannot; a paired escape (an emoji) is fine.
    CollectingSink sink = read("s.jsonl", "{\"id\": \"s1\", \"text\": \"Kyiv \\ud800 and Moscow.\"}\n"
        + "{\"id\": \"s2\", \"text\": \"Kyiv \\ud83d\\ude00\"}\n"
        + "{\"id\": \"\\udc00\", \"text\": \"Kyiv\"}\n");
    assertThat(sink.names()).containsExactly("s2");
    assertThat(sink.documents.get(0).text()).isEqualTo("Kyiv \uD83D\uDE00");
    assertThat(sink.errors).extracting(DocumentError::reason).containsExactly(
        "invalid JSON: unpaired surrogate \\uD800 in \"text\"",
        "invalid JSON: unpaired surrogate \\uDC00 in \"id\"");
  }
}
