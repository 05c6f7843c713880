package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void aBodyListedInTwoSpellingsIsOneActor() {
    // Session 21: the International dictionary lists some bodies once per spelling; one actor has both names.
    var coalition = GZ.listedActors().get("CHILD-LABOR-COALITION");
    assertThat(coalition.aliases()).contains("Child Labour Coalition");
    assertThat(GZ.listedActors()).doesNotContainKeys("CHILD-LABOUR-COALITION",
        "ORGANIZATION-OF-EASTERN-CARIBBEAN-STATES");
    // Session 31: the ILO became a curated organisation with both spellings, so the dictionary's rows
    // for it are left out of the actor table rather than kept as a second actor.
    assertThat(GZ.keyOf("International Labor Organization")).contains("ILO");
    assertThat(GZ.keyOf("International Labour Organization")).contains("ILO");
    assertThat(GZ.listedActors()).doesNotContainKeys("INTERNATIONAL-LABOR-ORGANIZATION",
        "INTERNATIONAL-LABOUR-ORGANIZATION");
  }

  @Test
  void officeHoldersKnowWhenTheyHeldOffice() {
    var abe = GZ.roles("shinzo-abe");
    assertThat(abe).hasSizeGreaterThanOrEqualTo(2);
    assertThat(abe).anyMatch(r -> r.heldOn(LocalDate.of(2015, 1, 1)));
    assertThat(abe).noneMatch(r -> r.heldOn(LocalDate.of(2022, 1, 27)));
  }

  @Test
  void noPersonIsNamedByAWordOfTheCalendarAlone() {
    // The converters drop one-word surname aliases that are weekdays, months or seasons (Godwin Friday).
    var calendar = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "spring", "summer", "autumn", "fall", "winter");
    assertThat(GZ.persons().values()).allSatisfy(r -> assertThat(r.aliases())
        .noneMatch(a -> calendar.contains(a.toLowerCase(java.util.Locale.ROOT))));
    assertThat(GZ.roles("godwin-friday")).isNotEmpty();
  }

  @Test
  void keyOfResolvesNamesOfStatesAndOrganisations() {
    assertThat(GZ.keyOf("Britain")).contains("GBR");
    assertThat(GZ.keyOf("NATO")).contains("NATO");
    assertThat(GZ.keyOf("Atlantis")).isEmpty();
  }

  @Test
  void listedOfficeHoldersCarryTheirTermsAndCuratedOnesWin() {
    var jospin = GZ.roles("lionel-jospin");
    assertThat(jospin).isNotEmpty().allSatisfy(r -> assertThat(r.represents()).isEqualTo("FRA"));
    assertThat(jospin).anyMatch(r -> r.heldOn(LocalDate.of(1999, 1, 1)));
    assertThat(GZ.isListedPerson("lionel-jospin")).isTrue();
    // Abe is curated: the coders' rows for him are not added.
    assertThat(GZ.isListedPerson("shinzo-abe")).isFalse();
  }

  @Test
  void placesHaveTheirStateAndCoordinates() {
    Place zurich = GZ.places().get("2657896");
    assertThat(zurich.name()).isEqualTo("Zürich");
    assertThat(zurich.iso3()).isEqualTo("CHE");
    assertThat(zurich.lat()).isBetween(47.0, 48.0);
    assertThat(GZ.placeAliases("2657896")).contains("Zurich");
    assertThat(GZ.places().values()).allSatisfy(p -> assertThat(GZ.states()).containsKey(p.iso3()));
    assertThat(GZ.places().values()).noneMatch(p -> p.name().equals("Reading") || p.name().equals("Nice"));
    assertThat(GZ.locatives()).contains("in", "near").doesNotContain("into");
  }

  @Test
  void agentNounsAddSectorsAndTheCuratedOnesWin() {
    assertThat(GZ.sectors().get("protesters").code()).isEqualTo("CVL");
    assertThat(GZ.sectors()).doesNotContainKey("protester");
    assertThat(GZ.sectors().get("abductor").code()).isEqualTo("CRM");
  }

  @Test
  void coderOrganisationsHaveTheirClassAndCountry() {
    Gazetteer.ListedActor flnc = GZ.listedActors().get("FLNC");
    assertThat(flnc.kind()).isEqualTo("NonStateArmedGroup");
    assertThat(flnc.country()).isEqualTo("FRA");
    assertThat(GZ.entity(EntityKind.ORGANIZATION, "UNICEF")).isPresent();
    assertThat(GZ.listedActors().get("AFG-MIL").isGroup()).isTrue();
  }

  @Test
  void theCodersAcronymsKeepTheirCapitalsAndCuratedBodiesWin() {
    // make_actors.py writes a curated acronym ("US", "UN") in capitals, not as a word ("Us", "Un").
    assertThat(GZ.listedActors().get("UN-MISSION-IN-SUDAN").name()).isEqualTo("UN Mission in Sudan");
    assertThat(GZ.listedActors().get("USA-GOV").aliases()).contains("US Supreme Court")
        .doesNotContain("Us Supreme Court")
        // A curated body's name after its state's acronym is the curated body's, not the group's.
        .doesNotContain("US Treasury Department", "US Department of State");
    // In a person's name, only before a title ("US President Bill Clinton"), never in the name itself.
    assertThat(GZ.roles("chung-un-chan").get(0).name()).isEqualTo("Chung Un Chan");
  }

  @Test
  void aCuratedNonStateGroupHasTheCountryTheCodersGiveIt() {
    assertThat(GZ.organizations().get("TALIBAN").country()).isEqualTo("AFG");
    assertThat(GZ.organizations().get("HEZBOLLAH").country()).isEqualTo("LBN");
    // By its own name only: "Ansar Allah" is also a Lebanese group's name in the dictionary.
    assertThat(GZ.organizations().get("HOUTHIS").country()).isEmpty();
    assertThat(GZ.organizations().get("NATO").country()).isEmpty();
  }

  @Test
  void aPublishersHostGivesTheStateOrBodyItSpeaksFor() {
    assertThat(GZ.publisher("https://www.state.gov/secretary-blinkens-call/")).map(Entity::key).hasValue("USA");
    assertThat(GZ.publisher("https://bidenwhitehouse.archives.gov/briefing-room/")).map(Entity::key).hasValue("USA");
    // A government domain of a country-code TLD, from country-codes.
    assertThat(GZ.publisher("https://www.gov.uk/government/news/x")).map(Entity::key).hasValue("GBR");
    assertThat(GZ.publisher("https://www.mofa.go.jp/press/")).map(Entity::key).hasValue("JPN");
    assertThat(GZ.publisher("https://www.nato.int/cps/en/")).map(Entity::key).hasValue("NATO");
    assertThat(GZ.publisher("https://www.reuters.com/world/")).isEmpty();
    assertThat(GZ.publisher("not a url at all")).isEmpty();
    assertThat(GZ.publisher(null)).isEmpty();
  }

  @Test
  void bodiesTheFactbookListsByNameAreOrganisationsWithTheirMembers() {
    assertThat(GZ.keyOf("Arctic Council")).hasValue("ARCTIC-COUNCIL");
    assertThat(GZ.memberships().stream().filter(m -> m.org().equals("ARCTIC-COUNCIL")).map(Gazetteer.Membership::iso3))
        .containsExactlyInAnyOrder("CAN", "DNK", "FIN", "ISL", "NOR", "RUS", "SWE", "USA");
    // A treaty the Factbook lists among organisations is no body.
    assertThat(GZ.keyOf("Schengen Convention")).isEmpty();
  }
  @Test
  void aPersonTheCodersSpellOtherwiseIsTheCuratedPersonWithTheirEarlierOffices() {
    // "Alyaksandr Lukashenka" (the coders' spelling) was a second person beside the curated Lukashenko.
    assertThat(GZ.roles("alyaksandr-lukashenka")).isEmpty();
    assertThat(GZ.roles("alexander-lukashenko")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.name()).isEqualTo("Alexander Lukashenko"));
    assertThat(GZ.isListedPerson("alexander-lukashenko")).isFalse();
    // An office the curated table does not hold (Gates at the CIA) is a term of the same person, in time order.
    var gates = GZ.roles("robert-gates");
    assertThat(GZ.roles("robert-m-gates")).isEmpty();
    assertThat(gates).anyMatch(r -> r.heldOn(LocalDate.of(1992, 1, 1)))
        .anyMatch(r -> r.heldOn(LocalDate.of(2008, 1, 1)));
    assertThat(gates.get(gates.size() - 1).from()).isEqualTo(LocalDate.of(2006, 12, 18));
    assertThat(GZ.isListedPerson("robert-gates")).isFalse();
  }

  @Test
  void aDiplomaticFormatIsAnOrganisationWithItsStates() {
    assertThat(GZ.keyOf("C5+1")).hasValue("C5-PLUS-1");
    assertThat(GZ.keyOf("E3+3")).hasValue("P5-PLUS-1");
    assertThat(GZ.memberships().stream().filter(m -> m.org().equals("C5-PLUS-1")).map(Gazetteer.Membership::iso3))
        .containsExactlyInAnyOrder("KAZ", "KGZ", "TJK", "TKM", "UZB", "USA");
  }

  @Test
  void aRegionIsNamedByTheWordBeforeStates() {
    java.util.Set<String> nouns = org.geokg.extract.Lexicons.load(null).get("region_state_nouns");
    assertThat(nouns).containsExactlyInAnyOrder("states", "countries", "nations");
    assertThat(GZ.regionOfStates("Gulf", nouns)).map(Entity::key).hasValue("gulf");
    assertThat(GZ.regionOfStates("Baltic", nouns)).map(Entity::key).hasValue("baltic-states");
    assertThat(GZ.regionOfStates("Washington", nouns)).isEmpty();
    // The nouns are data: without them no word names a region.
    assertThat(GZ.regionOfStates("Gulf", java.util.List.of())).isEmpty();
  }

  @Test
  void aDeputySecretaryIsTheUsRankAndTheDeputiesOfASecretaryGeneralKeepNoState() {
    // Session 14: "Deputy Secretary" alone, as "Under Secretary" and "Assistant Secretary" already were.
    assertThat(GZ.titles().get("Deputy Secretary").state()).isEqualTo("USA");
    assertThat(GZ.titles().get("Deputy Secretary General").state()).isEmpty();
    assertThat(GZ.titles().get("Under Secretary General").state()).isEmpty();
    assertThat(GZ.titles().get("Assistant Secretary General").state()).isEmpty();
  }

  @Test
  void peopleNamedByWhatTheyAreInAnEventAreCivilians() {
    assertThat(GZ.sectors().get("prisoners").code()).isEqualTo("CVL");
    assertThat(GZ.sectors().get("supporters").code()).isEqualTo("CVL");
    assertThat(GZ.sectors().get("mourner").code()).isEqualTo("CVL");
    // The coders' own reading of a detainee (OPP) stays.
    assertThat(GZ.sectors().get("detainee").code()).isEqualTo("OPP");
  }

  @Test
  void theSectorTablesMarkArmedGroupsOutsideAStatesForces() {
    // Curated sectors.tsv: rebels, insurgents, separatists; the coders' agents.tsv: its REB and UAF nouns.
    for (String word : new String[] {"rebels", "guerrilla", "insurgents", "militants", "separatists", "gunmen",
        "jihadists", "combatant"}) {
      assertThat(GZ.sectors().get(word).armed()).as(word).isTrue();
    }
    assertThat(GZ.sectors().get("gunmen").code()).isEqualTo("UAF");
    assertThat(GZ.sectors().get("gunmen").listed()).isTrue();
    assertThat(GZ.sectors().get("rebels").listed()).isFalse();
    // A state's own forces and everyone else are not.
    for (String word : new String[] {"troops", "soldiers", "police", "protesters", "officials", "detainee"}) {
      assertThat(GZ.sectors().get(word).armed()).as(word).isFalse();
    }
    assertThat(GZ.sectors().values()).allSatisfy(sector -> assertThat(sector.armed())
        .as(sector.code()).isEqualTo(java.util.Set.of("REB", "INS", "SEP", "UAF").contains(sector.code())));
  }

  @Test
  void aUserAddedSectorRowWithTheArmedFlagIsReadAsArmed(@TempDir Path data) throws Exception {
    Files.writeString(data.resolve("sectors.tsv"), String.join("\n",
        "word\tsector\tlabel\tarmed",
        "raiders\tUAF\tarmed\tyes",
        "vigilantes\tCVL\tcivilians\tyes",
        "traders\tBUS\tbusiness\t",
        "") , StandardCharsets.UTF_8);
    Gazetteer own = Gazetteer.load(data);
    assertThat(own.sectors().get("raiders").armed()).isTrue();
    assertThat(own.sectors().get("raiders").listed()).isFalse();
    // The flag, not the code, decides.
    assertThat(own.sectors().get("vigilantes").armed()).isTrue();
    assertThat(own.sectors().get("traders").armed()).isFalse();
    // An older table with no armed column reads as not armed.
    Files.writeString(data.resolve("sectors.tsv"), "word\tsector\tlabel\nrebels\tREB\trebels\n",
        StandardCharsets.UTF_8);
    assertThat(Gazetteer.load(data).sectors().get("rebels").armed()).isFalse();
  }

  @Test
  void prepositionsThatPlaceAGroupAreDataAndReadNoPlace() {
    assertThat(GZ.groupPlacePrepositions()).containsExactlyInAnyOrder("in", "of", "from", "throughout");
    // Kind "group" rows add nothing to the words that make a proper noun read as a place.
    assertThat(GZ.placeContext()).doesNotContain("of");
    assertThat(GZ.locatives()).doesNotContain("of", "from");
  }
}
