package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geokg.claim.Claim;
import org.geokg.claim.Evidence;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.junit.jupiter.api.Test;

/**
 * The state a document follows ({@link RelationExtractor#leadActor}): the one that starts the most
 * interactions, and on a tie the one whose first interaction comes first in the text, whatever the order
 * of the claims or of a hash set of entities.
 */
class LeadActorTest {
  private static final Entity USA = new Entity(EntityKind.STATE, "USA", "United States");
  private static final Entity IND = new Entity(EntityKind.STATE, "IND", "India");
  private static final Entity FRA = new Entity(EntityKind.STATE, "FRA", "France");
  private static final Entity KEMP = new Entity(EntityKind.PERSON, "kemp-chester", "Kemp Chester");

  private static Claim act(Entity s, Entity o, int sentence, int begin) {
    return new Claim(s, Relation.of("Cooperate"), o, Modality.ASSERTED, 0.65, null, null, null, null, "rule",
        List.of(new Evidence("doc", sentence, begin, begin + 10, "s" + sentence)));
  }

  @Test
  void theStateThatStartsMostInteractionsLeads() {
    List<Claim> claims = List.of(act(IND, USA, 0, 0), act(USA, IND, 1, 50), act(USA, FRA, 2, 90));
    assertThat(RelationExtractor.leadActor(claims, Map.of())).isEqualTo(USA);
  }

  @Test
  void aTieGoesToTheStateWhoseFirstInteractionComesFirstInTheText() {
    // Each starts two; India's first is in sentence 1, the United States' in sentence 2: India leads,
    // in whatever order the claims come (the rules find them rule by rule, not sentence by sentence).
    List<Claim> claims = List.of(act(USA, IND, 2, 80), act(IND, USA, 1, 40), act(USA, IND, 5, 200),
        act(IND, USA, 6, 250));
    assertThat(RelationExtractor.leadActor(claims, Map.of())).isEqualTo(IND);
    List<Claim> reversed = new java.util.ArrayList<>(claims);
    java.util.Collections.reverse(reversed);
    assertThat(RelationExtractor.leadActor(reversed, Map.of())).isEqualTo(IND);
  }

  @Test
  void aTieInOneSentenceGoesToTheEarlierOffset() {
    List<Claim> claims = List.of(act(USA, IND, 3, 120), act(IND, USA, 3, 100), act(USA, IND, 4, 10),
        act(IND, USA, 4, 30));
    assertThat(RelationExtractor.leadActor(claims, Map.of())).isEqualTo(IND);
  }

  @Test
  void coAuthorsTiedOnTheSameWordsLeadNothing() {
    // Session 22: "We, the Foreign Ministers of A, B and C, … call on the government to …": every author
    // starts the same acts from the same span; the text follows none of them, and the key's order is no
    // reason to make "the government" the first author's.
    List<Claim> sameSpan = List.of(act(USA, IND, 3, 100), act(IND, USA, 3, 100), act(FRA, USA, 3, 100),
        act(USA, IND, 4, 10), act(IND, USA, 4, 10), act(FRA, IND, 4, 10));
    assertThat(RelationExtractor.leadActor(sameSpan, Map.of())).isNull();
  }

  @Test
  void twoPartiesTiedOnTheSameWordsKeepALead() {
    // "Slovenia and the United States enjoy close partnerships … They also discussed continued cooperation":
    // the pair's subject-less acts need one of them as subject (the key's order decides, as before).
    List<Claim> sameSpan = List.of(act(USA, IND, 3, 100), act(IND, USA, 3, 100), act(USA, IND, 4, 10),
        act(IND, USA, 4, 10));
    assertThat(RelationExtractor.leadActor(sameSpan, Map.of())).isEqualTo(IND);
  }

  @Test
  void aPersonCountsForTheStateTheyRepresentAndOneInteractionLeadsNothing() {
    assertThat(RelationExtractor.leadActor(List.of(act(KEMP, IND, 0, 0), act(USA, FRA, 1, 20)),
        Map.of(KEMP, USA))).isEqualTo(USA);
    assertThat(RelationExtractor.leadActor(List.of(act(IND, USA, 0, 0)), Map.of())).isNull();
  }

  @Test
  void anEntityHashesAlikeInEveryRun() {
    // By the kind's name and the key (String hashes are fixed by the language), not the enum's identity.
    assertThat(USA.hashCode()).isEqualTo(java.util.Objects.hash("STATE", "USA"));
  }
}
