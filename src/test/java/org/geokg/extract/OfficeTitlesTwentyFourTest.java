package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.geokg.link.Entity;
import org.junit.jupiter.api.Test;

/**
 * Session 24, s24-office, with sentences written for this test: a bare office title the text attaches to no
 * named holder ("The Secretary congratulated …" in a State Department release) is the publisher's own
 * office-holder on the document's date (lexicon publisher_offices: "Secretary" at state.gov is the Secretary of
 * State), or the publisher itself when the tables know no holder ("the Deputy Secretary"); never in another
 * side's quotation or in a question turn, nor where the sentence names another office of the same word.
 */
class OfficeTitlesTwentyFourTest {

  private static final String STATE = "https://www.state.gov/a-readout/";
  private static final LocalDate DAY = LocalDate.of(2022, 3, 4);

  private static List<String> keys(List<Entity> es) {
    return es.stream().map(Entity::key).toList();
  }

  @Test
  void aBareSecretaryInAStateDepartmentReleaseIsTheSecretaryOfState() {
    ResolverFixture f = ResolverFixture.of("The Secretary congratulated Kenya on its peaceful elections.", DAY, STATE);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "Secretary")))).containsExactly("antony-blinken");
    assertThat(SentenceFacts.interactions("The Secretary met with the Foreign Minister of Ghana in Accra.", STATE))
        .anyMatch(x -> x.startsWith("antony-blinken Consult GHA"));
  }

  @Test
  void aBareDeputySecretaryOfNoKnownHolderIsThePublisher() {
    assertThat(SentenceFacts.interactions("The Deputy Secretary condemned Belarus for its crackdown on "
        + "journalists.", STATE))
        .anyMatch(x -> x.startsWith("USA Accuse BLR"));
  }

  @Test
  void aBareTitleOfNoPublisherIsNoOne() {
    ResolverFixture f = ResolverFixture.of("The Secretary congratulated Kenya on its peaceful elections.", DAY, null);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "Secretary")))).isEmpty();
  }

  @Test
  void aTitleWithItsOwnComplementOrBesideAnotherOfficeOfTheWordIsNotThePublishers() {
    ResolverFixture treasury = ResolverFixture.of("The Secretary of the Treasury met with Kenya's finance minister.",
        DAY, STATE);
    assertThat(keys(treasury.actors.resolve(0, treasury.graph(0), treasury.node(0, "Secretary")))).isEmpty();
    ResolverFixture un = ResolverFixture.of("The Secretary welcomed the report of the UN Secretary-General on Mali.",
        DAY, STATE);
    assertThat(keys(un.actors.resolve(0, un.graph(0), un.node(0, "Secretary")))).isEmpty();
  }

  @Test
  void aBareTitleInAQuestionTurnIsNotThePublishers() {
    ResolverFixture f = ResolverFixture.of("MR PRICE: Go ahead.\n\nQUESTION: The Secretary met Kenya's president "
        + "yesterday. What did they discuss?", DAY, STATE);
    int s = f.doc.sentences().size() - 2;
    assertThat(keys(f.actors.resolve(s, f.graph(s), f.node(s, "Secretary")))).isEmpty();
  }

  @Test
  void aBareTitleInAnotherSidesQuotationIsNotThePublishers() {
    ResolverFixture f = ResolverFixture.of("\"The President has invited Kenya to the summit,\" said French Foreign "
        + "Minister Catherine Colonna.", DAY, STATE);
    assertThat(keys(f.actors.resolve(0, f.graph(0), f.node(0, "President")))).isEmpty();
  }

  @Test
  void aTitleThatGoesOnInACapitalisedNounIsNotThePublishers() {
    // Bulk release 0711: "met with ... the Secretary General of the OIC" gave a meeting with the Secretary of
    // State.
    assertThat(SentenceFacts.interactions("The envoy traveled to Riyadh, where he met with the Secretary General "
        + "of the Gulf Cooperation Council.", STATE))
        .noneMatch(x -> x.contains("antony-blinken"));
  }
}
