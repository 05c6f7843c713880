package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pronoun sets read off the one table: exactly the words each reading held before it was shared. */
class PronounTest {
  @Test
  void personAndGroupPronounsSplitTheTable() {
    assertThat(Antecedents.PERSON_PRONOUNS)
        .containsExactlyInAnyOrder("he", "him", "his", "she", "her", "hers", "himself", "herself");
    assertThat(Antecedents.GROUP_PRONOUNS)
        .containsExactlyInAnyOrder("it", "its", "they", "them", "their", "itself", "themselves");
    assertThat(Antecedents.PERSON_PRONOUNS).doesNotContainAnyElementsOf(Antecedents.GROUP_PRONOUNS);
  }

  @Test
  void pluralsAreTheGroupPronounsOfThey() {
    assertThat(Antecedents.PLURAL_PRONOUNS).containsExactlyInAnyOrder("they", "them", "their", "themselves");
    assertThat(Antecedents.GROUP_PRONOUNS).containsAll(Antecedents.PLURAL_PRONOUNS);
  }

  @Test
  void possessivesAreTheDeterminersOnlyNotTheFreeStandingHers() {
    assertThat(Antecedents.POSSESSIVES).containsExactlyInAnyOrder("his", "her", "its", "their");
    assertThat(Antecedents.POSSESSIVES).doesNotContain("hers", "them", "him");
  }
}
