package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared reader of name-gender tables: one read per resource, and the rows it keeps. */
class NameGenderTableTwentyTest {
  static final String SAMPLE = "nlp/name-gender-sample.txt";

  @Test
  void aTableIsReadOnceWhateverTheSpellingOfItsPath() {
    assertThat(NameGenderTable.of(SAMPLE)).isSameAs(NameGenderTable.of("/" + SAMPLE));
  }

  @Test
  void rowsOfNameTabGenderAreKeptAndOthersIgnored() {
    NameGenderTable t = NameGenderTable.of(SAMPLE);
    List<String> pairs = new ArrayList<>();
    t.forEachGender((name, g) -> pairs.add(name + "=" + g));
    assertThat(pairs).containsExactlyInAnyOrder("aline=FEMALE", "bruno=MALE", "sasha=MALE", "sasha=FEMALE",
        // a doubled TAB is one separator; a name of one letter or of two words keeps its gender
        "miko=FEMALE", "x=MALE", "maria jose=FEMALE", "renata=FEMALE");
    // Given names in letters only, in any case: not the one-letter name nor the two-word one.
    assertThat(t.isLetterName("ALINE")).isTrue();
    assertThat(t.isLetterName("Miko")).isTrue();
    assertThat(t.isLetterName("renata")).isTrue();
    assertThat(t.isLetterName("x")).isFalse();
    assertThat(t.isLetterName("maria jose")).isFalse();
    assertThat(t.isLetterName("noel")).isFalse(); // three columns
    assertThat(t.isLetterName("tarek")).isFalse(); // no gender
    assertThat(t.letterNames()).isEqualTo(5);
    assertThat(t.found()).isTrue();
  }

  @Test
  void anAbsentTableIsEmpty() {
    NameGenderTable t = NameGenderTable.of("nlp/no-such-table.txt");
    assertThat(t.found()).isFalse();
    assertThat(t.letterNames()).isZero();
    assertThat(t.isLetterName("aline")).isFalse();
  }
}
