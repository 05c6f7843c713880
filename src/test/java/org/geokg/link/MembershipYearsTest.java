package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Gazetteer.Membership#heldIn}: a membership's years, with bounds written as a year or an ISO date. */
class MembershipYearsTest {

  @Test
  void anUnboundedMembershipHoldsEveryYear() {
    assertThat(new Gazetteer.Membership("NATO", "NOR", "", "").heldIn(1990)).isTrue();
    assertThat(new Gazetteer.Membership("NATO", "NOR", null, null).heldIn(2022)).isTrue();
  }

  @Test
  void boundsHoldTheirOwnYears() {
    Gazetteer.Membership m = new Gazetteer.Membership("EU", "GBR", "1973-01-01", "2020");
    assertThat(m.heldIn(1973)).isTrue();
    assertThat(m.heldIn(2020)).isTrue();
    assertThat(m.heldIn(1972)).isFalse();
    assertThat(m.heldIn(2021)).isFalse();
  }
}
