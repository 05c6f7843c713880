package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons next to a title whom the NER does not type as persons, and titles apposed to a name in a list of
 * people, read on the tokens ({@code EntityLinker.linkTitledNames}, {@code RepresentsExtractor}, session 12).
 * Sentences and persons written for this test, on the real pipeline.
 */
class TitledNamesTest {

  private static List<String> represents(String text) {
    return SentenceFacts.represents(text);
  }

  @Test
  void aNameAfterATitleAndItsPortfolioIsAPersonOfTheTitlesState() {
    assertThat(represents("Secretary Blinken will join Portuguese Minister of Foreign Affairs and International "
        + "Cooperation Marco Tavolieri in co-hosting a meeting of the coalition."))
        .anyMatch(r -> r.startsWith("marco-tavolieri ") && r.endsWith(" PRT"));
  }

  @Test
  void aNameBeforeACommaAndATitleForAStatesMissionRepresentsThatState() {
    assertThat(represents("Martina Keller, Chargé d’Affaires for the United States Mission to Oman, attended the "
        + "signing ceremony in Muscat."))
        .anyMatch(r -> r.startsWith("martina-keller ") && r.endsWith(" USA"))
        .noneMatch(r -> r.startsWith("martina-keller ") && r.endsWith(" OMN"));
  }

  @Test
  void aDemonymBeforeAnApposedTitleInAListOfPeopleGivesTheState() {
    assertThat(represents("The ceremony was attended by Hamad bin Faisal al-Qasimi, Omani Minister of Transport "
        + "and Communications, Laura Benning, Administrator of the space agency, and others."))
        .anyMatch(r -> r.startsWith("hamad-bin-faisal-al-qasimi ") && r.endsWith(" OMN"))
        .noneMatch(r -> r.startsWith("laura-benning ") && r.endsWith(" OMN"));
  }

  @Test
  void aTitleOfAStateAfterTheNameGivesThatState() {
    assertThat(represents("Hiroshi Tanabe, Minister of Foreign Affairs of Japan, arrived in Canberra on Monday."))
        .anyMatch(r -> r.startsWith("hiroshi-tanabe ") && r.endsWith(" JPN"));
  }

  @Test
  void thePostingOfAnApposedTitleAndAPlainForAreNotWhomItRepresents() {
    assertThat(represents("Princess Nadia bint Khalid, Ambassador to the United States, spoke at the event."))
        .noneMatch(r -> r.endsWith(" USA"));
    assertThat(represents("Daniel Okafor, Special Envoy for Sudan, met aid groups in Nairobi."))
        .noneMatch(r -> r.endsWith(" SDN"));
  }

  @Test
  void aStateAfterForInATitleIsItsPortfolioNotWhomTheHolderRepresents() {
    assertThat(represents("Special Representative for the DPRK Daniel Harrow met Japanese officials in Tokyo."))
        .noneMatch(r -> r.startsWith("daniel-harrow ") && r.endsWith(" PRK"));
    assertThat(represents("Special Envoy for Yemen Laura Benning traveled to Riyadh on Monday."))
        .noneMatch(r -> r.startsWith("laura-benning ") && r.endsWith(" YEM"));
    // The state named before the title is still whom the holder represents.
    assertThat(represents("U.S. Special Envoy for Sudan Tom Okello met aid groups in Nairobi."))
        .anyMatch(r -> r.startsWith("tom-okello ") && r.endsWith(" USA"))
        .noneMatch(r -> r.startsWith("tom-okello ") && r.endsWith(" SDN"));
    // Nor in a state's own release (the publisher's envoy rule takes a bare title right before the name only).
    assertThat(SentenceFacts.represents("Special Envoy for Yemen Laura Benning traveled to Riyadh to discuss "
        + "the peace process.", "https://www.state.gov/special-envoy-travel/"))
        .noneMatch(r -> r.startsWith("laura-benning ") && r.endsWith(" YEM"));
  }

  @Test
  void aTitleOfAStateBeforeTheNameGivesThatState() {
    assertThat(represents("Deputy Secretary Sherman spoke with Minister of Foreign Affairs of Guatemala Mario Ortega "
        + "Luna about migration."))
        .anyMatch(r -> r.startsWith("mario-ortega-luna ") && r.endsWith(" GTM"));
    assertThat(represents("The Secretary welcomed Vice Minister of Defense of the Republic of Chile Andres Molina "
        + "Reyes to Washington."))
        .anyMatch(r -> r.startsWith("andres-molina-reyes ") && r.endsWith(" CHL"));
  }

  @Test
  void aTitleOfAStateBeforeACommaAndTheNameGivesThatState() {
    // The parser hangs the name on the posting's last noun ("Nations"); the tokens give the title.
    assertThat(represents("The Permanent Representative of Chile to the United Nations, Rodrigo Alcaino, "
        + "addressed the Security Council on Tuesday."))
        .anyMatch(r -> r.startsWith("rodrigo-alcaino ") && r.endsWith(" CHL"));
    assertThat(represents("The Secretary met the Minister of Foreign Affairs and Trade of Hungary, Tamas "
        + "Szabados, and the Ambassador of Kenya to the United States, Peter Wanjiru, in Washington."))
        .anyMatch(r -> r.startsWith("tamas-szabados ") && r.endsWith(" HUN"))
        .anyMatch(r -> r.startsWith("peter-wanjiru ") && r.endsWith(" KEN"))
        .noneMatch(r -> r.startsWith("peter-wanjiru ") && r.endsWith(" USA"));
  }

  @Test
  void aPortfoliosWordsAfterAJoinerAreNoPerson() {
    assertThat(represents("Namibian Minister of Fisheries and Marine Resources Aina Kaurua met the delegation "
        + "in Windhoek."))
        .noneMatch(r -> r.startsWith("marine-resources "));
  }

  @Test
  void aDeputySecretaryIsAUsOfficialAndAUnDeputySecretaryGeneralIsNot() {
    assertThat(represents("Deputy Secretary Karen Whitcombe met with Moroccan officials in Rabat on Monday."))
        .anyMatch(r -> r.startsWith("karen-whitcombe ") && r.endsWith(" USA"));
    assertThat(represents("UN Deputy Secretary General Amina Diallo visited refugee camps in Kenya."))
        .noneMatch(r -> r.endsWith(" USA"));
  }

  @Test
  void anEnvoyWithABareTitleInAStatesOwnReleaseIsThatStates() {
    String release = "https://www.state.gov/special-envoy-travel/";
    assertThat(SentenceFacts.represents("Special Envoy Daniel Harrow traveled to Riyadh and met Saudi officials "
        + "to discuss the war in Yemen.", release))
        .anyMatch(r -> r.startsWith("daniel-harrow ") && r.endsWith(" USA"));
    // Not in a text of no known publisher, and not when a state is named before the title.
    assertThat(SentenceFacts.represents("Special Envoy Daniel Harrow traveled to Riyadh and met Saudi officials "
        + "to discuss the war in Yemen.", null))
        .noneMatch(r -> r.startsWith("daniel-harrow ") && r.endsWith(" USA"));
    assertThat(SentenceFacts.represents("Kenyan Ambassador Peter Wanjiru met with Secretary Blinken in "
        + "Washington.", release))
        .anyMatch(r -> r.startsWith("peter-wanjiru ") && r.endsWith(" KEN"))
        .noneMatch(r -> r.startsWith("peter-wanjiru ") && r.endsWith(" USA"));
  }

  @Test
  void aCounselorOrSpecialRepresentativeWithABareTitleInAStatesOwnReleaseIsThatStates() {
    String release = "https://www.state.gov/counselor-travel/";
    assertThat(SentenceFacts.represents("Counselor Martin Reeve traveled to Warsaw and met Polish officials to "
        + "discuss energy security.", release))
        .anyMatch(r -> r.startsWith("martin-reeve ") && r.endsWith(" USA"));
    assertThat(SentenceFacts.represents("Special Representative Helen Park spoke with Japanese officials about "
        + "the missile launches.", release))
        .anyMatch(r -> r.startsWith("helen-park ") && r.endsWith(" USA"));
    // Another state's envoy is written with the state before the title.
    assertThat(SentenceFacts.represents("Japanese Special Representative Kenji Mori spoke with Secretary "
        + "Blinken about the missile launches.", release))
        .noneMatch(r -> r.startsWith("kenji-mori ") && r.endsWith(" USA"));
  }

  @Test
  void aLeaderCalledByTheOfficeTheTablesDateFromALaterTermRepresentsItsState() {
    // The sentences are dated 2023-05-02; the tables give Kyriakos Mitsotakis the office from 2023-06-26
    // only (the Factbook's start of his second term).
    assertThat(represents("Prime Minister Mitsotakis met the visiting delegation in Athens."))
        .anyMatch(r -> r.startsWith("kyriakos-mitsotakis ") && r.endsWith(" GRC"));
    assertThat(represents("Mitsotakis met the visiting delegation in Athens."))
        .noneMatch(r -> r.startsWith("kyriakos-mitsotakis "));
  }

  @Test
  void anotherStatesEnvoyNamedBeforeIsNotThePublishersByABareTitleLater() {
    String release = "https://www.state.gov/special-representative-meeting/";
    // A bracketed acronym closes the state's name before the title.
    assertThat(SentenceFacts.represents("Secretary Blinken met Republic of Korea (ROK) Special Representative Kang "
        + "in Seoul.", release))
        .noneMatch(r -> r.startsWith("kang ") && r.endsWith(" USA"));
    // A family name written first, named in full before with its state, then by the bare title.
    assertThat(SentenceFacts.represents("Special Representative Helen Park met the People’s Republic of China "
        + "Special Representative for Korean Peninsula Affairs Wu Jiandong in Washington. Special Representative "
        + "Park and Special Representative Wu discussed the missile launches.", release))
        .anyMatch(r -> r.startsWith("helen-park ") && r.endsWith(" USA"))
        .noneMatch(r -> r.startsWith("wu ") && r.endsWith(" USA"));
  }
  @Test
  void aUnOfficesTitleWithItsPortfolioRepresentsTheUnNotThePortfolio() {
    assertThat(represents("The minister met UN High Commissioner for Refugees Marta Lindqvist at the camp in Jordan."))
        .anyMatch(r -> r.equals("marta-lindqvist UN"));
    assertThat(represents("The ministers spoke with UN Special Coordinator for Middle East Peace Johan Berglund on "
        + "Friday."))
        .anyMatch(r -> r.equals("johan-berglund UN"));
    assertThat(represents("British High Commissioner to Kenya Peter Alcott met farmers in Nakuru."))
        .anyMatch(r -> r.equals("peter-alcott GBR")).noneMatch(r -> r.equals("peter-alcott KEN"));
  }

  @Test
  void aBareTitleAndItsPronounInAStatesReleaseAreItsOfficeHolder() {
    String text = "The President traveled to Europe on Monday. He met with Chancellor Anna Vogt of Germany in Berlin.";
    assertThat(SentenceFacts.represents(text, "https://www.state.gov/a-release/")).contains("joe-biden USA");
    assertThat(SentenceFacts.represents(text, null)).noneMatch(r -> r.startsWith("joe-biden "));
  }
}
