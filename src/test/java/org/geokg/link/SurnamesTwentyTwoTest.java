package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which person a bare surname names when a text names two of that surname (session 22, s22-actors). */
class SurnamesTwentyTwoTest {
  private static final Entity MINISTER = new Entity(EntityKind.PERSON, "dritan-osmani", "Dritan Osmani");
  private static final Entity PRESIDENT = new Entity(EntityKind.PERSON, "vjosa-osmani", "Vjosa Osmani");

  @Test
  void onePersonOfTheNameIsNamedWhereverTheSurnameStands() {
    Surnames s = new Surnames();
    s.add("Osmani", 4, MINISTER);
    assertThat(s.at("Osmani", 1)).isEqualTo(MINISTER);
    assertThat(s.at("Osmani", 9)).isEqualTo(MINISTER);
    assertThat(s.at("Kurti", 9)).isNull();
  }

  @Test
  void ofTwoTheSurnameIsTheOneNamedLastBeforeIt() {
    Surnames s = new Surnames();
    s.add("Osmani", 2, MINISTER);
    s.add("Osmani", 6, PRESIDENT);
    assertThat(s.at("Osmani", 3)).isEqualTo(MINISTER);
    assertThat(s.at("Osmani", 6)).isEqualTo(PRESIDENT);
    assertThat(s.at("Osmani", 8)).isEqualTo(PRESIDENT);
  }

  @Test
  void ofTwoNamedOnlyAfterItTheSurnameIsNobody() {
    Surnames s = new Surnames();
    s.add("Osmani", 2, MINISTER);
    s.add("Osmani", 6, PRESIDENT);
    assertThat(s.at("Osmani", 0)).isNull();
  }

  @Test
  void aNameWithAMiddleInitialMoreIsTheSamePerson() {
    Surnames s = new Surnames();
    Entity full = new Entity(EntityKind.PERSON, "anna-k-lindqvist", "Anna K. Lindqvist");
    s.add("Lindqvist", 1, full);
    s.add("Lindqvist", 5, new Entity(EntityKind.PERSON, "anna-lindqvist", "Anna Lindqvist"));
    assertThat(s.at("Lindqvist", 0)).isEqualTo(full);
    assertThat(s.at("Lindqvist", 7)).isEqualTo(full);
  }
}
