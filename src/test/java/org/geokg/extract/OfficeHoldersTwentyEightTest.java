package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: the last place of a title's portfolio that lists several places ("UK Minister of State for
 * Europe and North America X") is no more the holder's state than the first; an organisation's commission
 * between its name and the title ("African Union Commission Chairperson X") is read through to the
 * organisation, which the text gives over the tables' older office of the same person. Sentences written
 * for this test; the persons are invented except the one whose table entry the last case is about.
 */
class OfficeHoldersTwentyEightTest {

  private static final String RELEASE = "https://www.state.gov/readout-ministers/";

  private static List<String> represents(String text) {
    List<String> r = SentenceFacts.represents(text, RELEASE);
    System.out.println(text + " => " + r);
    return r;
  }

  @Test
  void aPortfolioListingSeveralPlacesKeepsTheStateBeforeTheTitle() {
    assertThat(represents("The Secretary spoke today with UK Minister of State for Europe and North America Robert Lambton."))
        .contains("robert-lambton GBR")
        .noneMatch(r -> r.startsWith("robert-lambton USA"));
  }

  @Test
  void aPostingToOnePlaceIsReadAsBefore() {
    assertThat(represents("The Secretary met U.S. Ambassador to Canada Robert Lambton in Ottawa."))
        .contains("robert-lambton USA");
  }

  @Test
  void aStateBeforeAPossessiveTitleIsStillTheHolders() {
    // The list rule needs the place right before the name: "China's" is the holder's state.
    assertThat(represents("The Secretary met the Ambassador to Russia and China's Foreign Minister Li Wenbo in Beijing."))
        .contains("li-wenbo CHN");
  }

  @Test
  void anOrganisationsCommissionBeforeTheTitleIsReadThrough() {
    assertThat(represents("The Secretary spoke today with ECOWAS Commission Chairperson Ibrahim Sanou about Mali."))
        .contains("ibrahim-sanou ECOWAS");
  }

  @Test
  void theTextsTitleOutweighsAnOlderOfficeInTheTables() {
    // The tables list Moussa Faki Mahamat as a minister of Chad (PETRARCH's dictionary, no end date).
    assertThat(represents("The Secretary spoke today with African Union Commission Chairperson Moussa Faki Mahamat."))
        .contains("moussa-faki-mahamat AU")
        .noneMatch(r -> r.startsWith("moussa-faki-mahamat TCD"));
  }
}
