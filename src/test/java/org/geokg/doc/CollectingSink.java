package org.geokg.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Records what a reader produces, in order, for assertions. */
final class CollectingSink implements DocumentSink {
  final List<Document> documents = new ArrayList<>();
  final List<DocumentError> errors = new ArrayList<>();
  /** Document names and error names interleaved in the order they arrived. */
  final List<String> events = new ArrayList<>();

  @Override
  public void accept(Document document) {
    documents.add(document);
    events.add(document.name());
  }

  @Override
  public void reject(DocumentError error) {
    errors.add(error);
    events.add("!" + error.name());
  }

  Document only() {
    assertThat(errors).as("errors").isEmpty();
    assertThat(documents).hasSize(1);
    return documents.get(0);
  }

  DocumentError onlyError() {
    assertThat(documents).as("documents").isEmpty();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  List<String> names() {
    return documents.stream().map(Document::name).toList();
  }

  /**
   * Checks the invariant every reader keeps: same length, and outside blanked runs the content is
   * the text, so an offset into content is an offset into text.
   */
  static void assertAligned(Document d) {
    assertThat(d.content()).hasSameSizeAs(d.text());
    for (int i = 0; i < d.text().length(); i++) {
      char t = d.text().charAt(i);
      char c = d.content().charAt(i);
      if (c != t) {
        assertThat(c).as("content[%d] replaces '%s'", i, t).isIn(' ', '\n');
        assertThat(t).as("a line break is never blanked, at %d", i).isNotIn('\n', '\r');
      }
    }
  }
}
