package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GZ = Gazetteer.load(null);

  @Test
  void statesCarryIsoCodesAliasesDemonymsAndSeats() {
    Gazetteer.State usa = GZ.states().get("USA");
    assertThat(usa.iso2()).isEqualTo("US");
    assertThat(usa.aliases()).contains("U.S.", "America");
    assertThat(GZ.states().get("RUS").capitals()).contains("Moscow", "Kremlin");
    assertThat(GZ.states().get("ARE").demonyms()).contains("Emirati");
    assertThat(GZ.states()).hasSizeGreaterThan(190);
  }

  @Test
  void everyMembershipNamesAKnownStateAndOrganisation() {
    assertThat(GZ.memberships()).allSatisfy(m -> {
      assertThat(GZ.states()).containsKey(m.iso3());
      assertThat(GZ.organizations()).containsKey(m.org());
    });
    assertThat(GZ.memberships()).anySatisfy(m -> {
      assertThat(m.org()).isEqualTo("NATO");
      assertThat(m.iso3()).isEqualTo("DEU");
    });
  }

  @Test
  void officeHoldersKnowWhenTheyHeldOffice() {
    var abe = GZ.roles("shinzo-abe");
    assertThat(abe).hasSizeGreaterThanOrEqualTo(2);
    assertThat(abe).anyMatch(r -> r.heldOn(LocalDate.of(2015, 1, 1)));
    assertThat(abe).noneMatch(r -> r.heldOn(LocalDate.of(2022, 1, 27)));
  }

  @Test
  void keyOfResolvesNamesOfStatesAndOrganisations() {
    assertThat(GZ.keyOf("Britain")).contains("GBR");
    assertThat(GZ.keyOf("NATO")).contains("NATO");
    assertThat(GZ.keyOf("Atlantis")).isEmpty();
  }
}
