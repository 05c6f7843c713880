package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

class IrisTest {
  @Test
  void slugsFoldAccentsAndPunctuation() {
    assertThat(Iris.slug("Sauli Niinistö")).isEqualTo("sauli-niinisto");
    assertThat(Iris.slug("  Jean-Yves Le Drian ")).isEqualTo("jean-yves-le-drian");
    assertThat(Iris.slug("<>{}\"")).isEqualTo("x");
  }

  @Test
  void entityIrisFollowTheOntologyPatterns() {
    assertThat(Iris.entity(new Entity(EntityKind.STATE, "RUS", "Russia")))
        .isEqualTo("https://w3id.org/geokg/id/state/RUS");
    assertThat(Iris.entity(new Entity(EntityKind.ORGANIZATION, "NATO", "NATO")))
        .isEqualTo("https://w3id.org/geokg/id/org/NATO");
    assertThat(Iris.entity(new Entity(EntityKind.GROUP, "RUS-MIL", "Russian military")))
        .isEqualTo("https://w3id.org/geokg/id/group/RUS-MIL");
  }

  @Test
  void unsafeKeysNeverBecomeIris() {
    assertThatThrownBy(() -> new Entity(EntityKind.PERSON, "a b>", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Iris.document("abc/../x")).isInstanceOf(IllegalArgumentException.class);
  }
}
