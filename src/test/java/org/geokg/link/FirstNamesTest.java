package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The given-name list comes from the CoreNLP models jar: a models upgrade that drops it must show here. */
class FirstNamesTest {
  @Test
  void theModelsJarListIsLoadedAndMatchesInAnyCase() {
    FirstNames names = FirstNames.load();
    assertThat(names.size()).isGreaterThan(10_000);
    assertThat(names.contains("Martina")).isTrue();
    assertThat(names.contains("LUIGI")).isTrue();
    assertThat(names.contains("Ministry")).isFalse();
  }
}
