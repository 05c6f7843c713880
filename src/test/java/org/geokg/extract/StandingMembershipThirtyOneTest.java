package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 31: membership and alliance said as a standing rather than an act. "As NATO Allies, we …" and
 * "our NATO Allies" make the subjects (the possessor) members of the organisation (ties.rules
 * member-as-ally, member-possessed-allies); "X is a NATO Ally" is X's membership, not an alliance with
 * NATO ({@code RelationExtractor}: a state is no ally of a body the tables list it in); "X is a close friend
 * and Ally of Y" and "X and Y are steadfast Allies" are alliances (relations.rules
 * ally-conjoined-predicate-of, ally-copula-reciprocal). And organisations State Department releases name
 * that no table knew (the ILO, SICA, Burma's National Unity Government, ISIS-K, the 3+1, the Departments
 * of Labor and the Export-Import Bank as U.S. bodies). Sentences written for this test.
 */
class StandingMembershipThirtyOneTest {

  private static final String RELEASE = "https://www.state.gov/membership-test/";

  private static List<String> facts(String text) {
    return SentenceFacts.shown(text, SentenceFacts.facts(text, RELEASE));
  }

  @Test
  void asNatoAlliesWeAreMembers() {
    assertThat(facts("As NATO Allies, we are strengthening our collective defense in the Baltic region."))
        .contains("USA memberOf NATO Asserted");
  }

  @Test
  void asNatoAlliesBothSubjectsAreMembers() {
    assertThat(facts("As close NATO Allies, the United States and Norway reviewed their work on Arctic security."))
        .contains("USA memberOf NATO Asserted", "NOR memberOf NATO Asserted");
  }

  @Test
  void asPartnersIsNoMembership() {
    assertThat(facts("As partners, Portugal and the United States have worked together on many challenges."))
        .noneMatch(f -> f.contains(" memberOf "));
  }

  @Test
  void aNatoAllyIsAMemberNotAnAllyOfNato() {
    assertThat(facts("Portugal is a key NATO Ally and a reliable partner."))
        .contains("PRT memberOf NATO Asserted")
        .noneMatch(f -> f.contains("alliedWith"));
  }

  @Test
  void aMajorNonNatoAllyIsNoMember() {
    assertThat(facts("Thailand is a major non-NATO Ally of the United States."))
        .noneMatch(f -> f.startsWith("THA memberOf NATO"));
    assertThat(facts("In 2004, the United States designated Morocco a major non-NATO Ally."))
        .noneMatch(f -> f.startsWith("MAR memberOf NATO"));
  }

  @Test
  void ourNatoAlliesMakeUsMembers() {
    assertThat(facts("The Secretary stressed the value of close consultations with our NATO Allies."))
        .contains("USA memberOf NATO Asserted");
  }

  @Test
  void ourNatoAllyNamedIsAboutThatAlly() {
    assertThat(facts("The Deputy Secretary traveled to Vilnius to meet our NATO Ally Lithuania."))
        .contains("LTU memberOf NATO Asserted")
        .doesNotContain("USA memberOf NATO Asserted");
  }

  @Test
  void ourNatoAllyNamedIsAlsoOurAlly() {
    assertThat(facts("The Secretary reaffirmed our solidarity with our NATO Ally and EU partner Estonia."))
        .anyMatch(f -> f.equals("USA alliedWith EST Asserted") || f.equals("EST alliedWith USA Asserted"));
  }

  @Test
  void ourEuPartnerIsNoAlly() {
    assertThat(facts("The Secretary reaffirmed our solidarity with our EU partner Ukraine."))
        .noneMatch(f -> f.contains("alliedWith"));
  }

  @Test
  void friendAndAllyOfIsAnAlliance() {
    assertThat(facts("Norway is a close friend and Ally of the United States."))
        .anyMatch(f -> f.equals("NOR alliedWith USA Asserted") || f.equals("USA alliedWith NOR Asserted"));
  }

  @Test
  void coordinatedPartiesAreAlliesOfEachOther() {
    assertThat(facts("The United States and Slovenia are steadfast Allies and partners."))
        .anyMatch(f -> f.equals("SVN alliedWith USA Asserted") || f.equals("USA alliedWith SVN Asserted"));
  }

  @Test
  void aLoneAllyOrANegatedOneIsNoAlliance() {
    assertThat(facts("Slovenia is a steadfast Ally.")).noneMatch(f -> f.contains("alliedWith"));
    assertThat(facts("The United States and Iran are not allies."))
        .noneMatch(f -> f.contains("alliedWith") && f.endsWith(" Asserted"));
  }

  @Test
  void theIloIsAnOrganisation() {
    assertThat(facts("The International Labour Organization condemned the PRC's forced labor practices."))
        .anyMatch(f -> f.startsWith("ILO Accuse CHN"));
    assertThat(facts("China joined the ILO in 1919 as a founding member."))
        .contains("CHN memberOf ILO Asserted");
  }

  @Test
  void aBodyOwnedByTheIloIsNoPerson() {
    List<String> reps = SentenceFacts.represents("The Department of State welcomes the issuance today of a report by "
        + "a committee of the International Labour Organization (ILO) calling on the PRC to revise its laws. This "
        + "report, produced by the ILO's Committee of Experts on the Application of Conventions and "
        + "Recommendations, expresses deep concern regarding the PRC's policies.", RELEASE);
    assertThat(reps).noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).startsWith("committee"));
  }

  @Test
  void sicaAndTheNugAreOrganisations() {
    assertThat(facts("The Secretary met with the foreign ministers of the Central American Integration System."))
        .anyMatch(f -> f.endsWith("Consult SICA Asserted"));
    assertThat(facts("We call on the National Unity Government to protect civilians."))
        .anyMatch(f -> f.startsWith("USA Demand NUG"));
  }

  @Test
  void libyasGovernmentOfNationalUnityIsNotTheNug() {
    assertThat(facts("The United States welcomed the Government of National Unity in Libya."))
        .noneMatch(f -> f.contains("NUG"));
  }

  @Test
  void isisKIsItsOwnGroup() {
    assertThat(facts("The United States condemned the attack ISIS-K carried out in Kabul."))
        .noneMatch(f -> f.contains(" ISIS ") || f.startsWith("ISIS "));
    assertThat(facts("The Secretary expressed concern about the threat from ISIS-K in Afghanistan."))
        .anyMatch(f -> f.contains("ISIS-K"));
  }

  @Test
  void laborAndExportImportBankAreUsBodies() {
    List<String> reps = SentenceFacts.represents(
        "The Department of Labor and the Export-Import Bank of the United States announced new measures.", RELEASE);
    assertThat(reps).contains("US-LABOR USA", "US-EXIM USA");
  }
}
