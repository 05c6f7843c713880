package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geokg.extract.ResolverFixture.keys;

import java.time.LocalDate;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

/**
 * Session 19 (s19-gender): a "she" or "he" is a person of that gender, as the person's first name tells
 * (CoreNLP's first-name tables, {@link PersonGender}). Sentences written for this test, on the real
 * pipeline.
 */
class GenderNineteenTest {
  private static final String STATE = "https://www.state.gov/a-release/";
  private static final LocalDate DAY = LocalDate.of(2021, 7, 1);

  @Test
  void firstNamesTellAGenderAndSurnamesAloneOrUnknownNamesDoNot() {
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "ana-ruiz", "Ana Ruiz"))).isEqualTo(PersonGender.FEMALE);
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "david-clark", "David Clark"))).isEqualTo(PersonGender.MALE);
    // A one-word key may be a surname; a name the tables do not hold tells nothing.
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "clark", "Clark"))).isNull();
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "tshering-dorji", "Tshering Dorji"))).isNull();
    // A family name written first that the tables read as a given name tells nothing either.
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "kim-jong-un", "Kim Jong Un"))).isNull();
    assertThat(PersonGender.of(new Entity(EntityKind.PERSON, "li-qiang", "Li Qiang"))).isNull();
    assertThat(PersonGender.of(new Entity(EntityKind.STATE, "CHL", "Chile"))).isNull();
  }

  @Test
  void aSubjectSheAfterAManAsSubjectIsTheWomanNamedBefore() {
    ResolverFixture f = ResolverFixture.of("Secretary of State David Clark spoke with Foreign Minister Ana Ruiz of "
        + "Chile. She thanked him for the support of the United States.", DAY, STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "She")))).containsExactly("ana-ruiz");
  }

  @Test
  void aSubjectHeAfterAWomanAsSubjectIsTheManNamedBefore() {
    ResolverFixture f = ResolverFixture.of("Foreign Minister Ana Ruiz of Chile met with Secretary of State David "
        + "Clark in Santiago. He then traveled to Lima.", DAY, STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "He")))).containsExactly("david-clark");
  }

  @Test
  void aSubjectSheWithNoWomanNamedBeforeIsNoOne() {
    ResolverFixture f = ResolverFixture.of("Secretary of State David Clark met with Foreign Minister Jonas Dahl "
        + "in Oslo. She then traveled to Bergen.", DAY, STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "She")))).isEmpty();
  }

  @Test
  void aSubjectPronounAfterASubjectOfTheSameOrAnUntoldGenderStillContinuesIt() {
    ResolverFixture same = ResolverFixture.of("Foreign Minister Ana Ruiz of Chile met with Secretary of State "
        + "David Clark in Santiago. She then traveled to Lima.", DAY, STATE);
    assertThat(keys(same.actors.resolve(1, same.graph(1), same.node(1, "She")))).containsExactly("ana-ruiz");
    ResolverFixture untold = ResolverFixture.of("Foreign Minister Tshering Dorji met with Secretary of State "
        + "David Clark in Thimphu. She then traveled to Paro.", DAY, STATE);
    assertThat(keys(untold.actors.resolve(1, untold.graph(1), untold.node(1, "She")))).containsExactly("tshering-dorji");
  }

  @Test
  void aHeAfterALeaderWhoseFamilyNameComesFirstStillContinuesHim() {
    ResolverFixture f = ResolverFixture.of("Chairman Kim Jong Un met with Foreign Minister Ana Ruiz in Pyongyang. "
        + "He then traveled to Wonsan.", DAY, STATE);
    assertThat(keys(f.actors.resolve(1, f.graph(1), f.node(1, "He")))).containsExactly("kim-jong-un");
  }

  @Test
  void whatASheDoesIsTheWomansAct() {
    assertThat(SentenceFacts.interactions("Secretary of State David Clark spoke with Foreign Minister Ana Ruiz "
        + "of Chile on Monday. She condemned Russia's attack on Ukraine.", STATE))
        .contains("ana-ruiz Accuse RUS Asserted").doesNotContain("david-clark Accuse RUS Asserted");
  }
}
