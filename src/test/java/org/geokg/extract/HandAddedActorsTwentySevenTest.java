package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.link.Gazetteer;
import org.geokg.link.Gazetteer.PersonRole;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the office-holders of PETRARCH2's country dictionary that {@code tools/gazetteer/make_actors.py}
 * left out. It took a record as a person only when its first line carried the coders' "CountryInfo" comment,
 * which misses the records whose comment is in capitals ("# COUNTRYINFO.TXT") or on a synonym line, and the
 * records the coders added by hand with no comment at all (heads of government of 2011-2015, US cabinet
 * members). Now the comment is read case-blind on any line, and a hand-added record is a person when it is a
 * name (two to five words, no word of a body or an office) whose codes all carry a role and whose dated codes
 * include a civil state office (GOV, LEG, JUD, SPY). Two mis-reads of dated codes are mended with it: a
 * blank after the bound ("[EGYGOV > 140301]") lost the term, and Kosovo's KSV (the World Bank's code) is
 * XKX. Sentences written for this test (SentenceFacts dates its documents 2 May 2023).
 */
class HandAddedActorsTwentySevenTest {

  private static final Gazetteer GZ = Gazetteer.load(null);

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.interactions(text));
  }

  private static List<String> states(String slug) {
    return GZ.roles(slug).stream().map(PersonRole::represents).distinct().toList();
  }

  @Test
  void aCountryInfoMarkInCapitalsIsRead() {
    // LEONID_KUCHMA_  # COUNTRYINFO.TXT
    assertThat(states("leonid-kuchma")).containsExactly("UKR");
  }

  @Test
  void aCountryInfoMarkOnASynonymLineIsRead() {
    // MUAMMAR_GADDAFI_ / +MUAMMAR_QADHAFI_  # CountryInfo.txt
    assertThat(states("muammar-gaddafi")).containsExactly("LBY");
  }

  @Test
  void aHandAddedHeadOfGovernmentIsAPerson() {
    assertThat(states("haidar-al-abadi")).containsExactly("IRQ");
    assertThat(states("alexis-tsipras")).containsExactly("GRC");
  }

  @Test
  void aBlankAfterADateBoundIsRead() {
    // IBRAHIM_MAHLAB_ / [EGYGOV > 140301]: the blank after ">" made the term no code at all.
    assertThat(states("ibrahim-mahlab")).containsExactly("EGY");
  }

  @Test
  void theCodersKosovoCodeIsKosovo() {
    // ATIFETE_JAHJAGA_ [KSVGOV >110407]: KSV is the World Bank's code, XKX the states table's.
    assertThat(states("atifete-jahjaga")).containsExactly("XKX");
    assertThat(states("fatmir-sejdiu")).containsExactly("XKX");
  }

  @Test
  void aHandAddedOfficeHolderActsForHisState() {
    // DENIS_MCDONOUGH_ [USAGOV >130125]: unknown before, so the person who met had no state.
    String text = "Denis McDonough met with Kenyan health officials in Nairobi on Tuesday.";
    assertThat(facts(text)).anyMatch(f -> f.startsWith("denis-mcdonough Consult KEN"));
    List<String> represents = SentenceFacts.represents(text);
    System.out.println(text + " => " + represents);
    assertThat(represents).anyMatch(r -> r.startsWith("denis-mcdonough") && r.contains("USA"));
  }

  @Test
  void aHandAddedRecordWithATitleInItsNameIsNoPerson() {
    // COMMUNIST_LEADER_LEONID_BREZHNEV, RUSSIAN_PRESIDENT_YELTSIN: the title is not part of a name.
    assertThat(GZ.roles("communist-leader-leonid-brezhnev")).isEmpty();
    assertThat(GZ.roles("russian-president-yeltsin")).isEmpty();
  }

  @Test
  void aHandAddedArmedGroupNamedLikeAPersonIsNoPerson() {
    // JAYSH_AL_SHA'BI_ [SYRMIL >120101]: a militia; MIL is not taken from a hand-added record.
    assertThat(GZ.roles("jaysh-al-sha-bi")).isEmpty();
  }

  @Test
  void aBodyOrAPlaceOfTheCountryDictionaryIsNoPerson() {
    // SOVIET_OF_NATIONALITIES [SUNGOVLEG ...], LEIPZIG_ [DDR ...][DEU >901003], PALESTINIAN_AUTHORITY.
    assertThat(GZ.roles("soviet-of-nationalities")).isEmpty();
    assertThat(GZ.roles("leipzig")).isEmpty();
    assertThat(GZ.roles("palestinian-authority")).isEmpty();
  }
}
