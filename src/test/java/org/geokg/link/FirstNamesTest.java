package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.nlp.NameGenderTable;
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

  @Test
  void theListIsTheTableReadOnceForTheLinkerAndPersonGender() {
    // Every extractor's linker loads it: the rows are read once and the names of letters only are its list.
    assertThat(FirstNames.load().size()).isEqualTo(NameGenderTable.of(FirstNames.RESOURCE).letterNames());
    assertThat(NameGenderTable.of(FirstNames.RESOURCE)).isSameAs(NameGenderTable.of("/" + FirstNames.RESOURCE));
    assertThat(FirstNames.load().contains("kaiyo")).isTrue(); // its row has a doubled TAB
  }
}
