package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;
import org.junit.jupiter.api.Test;

/**
 * The constructions of readouts and statements on the real pipeline, with sentences written for this
 * test: light verbs with event nouns, courtesies, stated concern, designations and visa restrictions,
 * announced aid with its amount, lists of states acting together, calls on another to act.
 */
class ReadoutRulesTest {
  /** "SOURCE CLASS TARGET MODALITY [amount currency] [cameo]" for each interaction, and ties as "S p O". */
  private static List<String> facts(String text) {
    Document d = new Document("readout-test", text, text, LocalDate.of(2023, 5, 2), null, null);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    String q = """
        PREFIX gk: <https://w3id.org/geokg/ontology#>
        SELECT ?s ?c ?t ?m ?amount ?cur ?code WHERE {
          { ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?m .
            FILTER(?c != gk:Interaction && ?c != gk:Claim)
            OPTIONAL { ?x gk:amount ?amount } OPTIONAL { ?x gk:currency ?cur } OPTIONAL { ?x gk:cameoCode ?code } }
          UNION
          { ?x gk:subject ?s ; gk:predicate ?c ; gk:object ?t ; gk:modality ?m .
            FILTER(?c != gk:represents) }
        }""";
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(q, m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String f = tail(s.get("s").toString()) + " " + tail(s.get("c").toString()) + " " + tail(s.get("t").toString())
            + " " + tail(s.get("m").toString());
        if (s.contains("amount")) {
          f += " " + s.getLiteral("amount").getLexicalForm() + " " + s.getLiteral("cur").getString();
        }
        if (s.contains("code")) {
          f += " cameo:" + s.getLiteral("code").getString();
        }
        out.add(f);
      }
    }
    return out;
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }

  @Test
  void havingACallOrTalksIsConsultingButHavingATreatyIsNot() {
    assertThat(facts("Chile had a phone call with Peru on Monday.")).contains("CHL Consult PER Asserted");
    assertThat(facts("Chile held talks with Peru.")).contains("CHL Consult PER Asserted");
    assertThat(facts("Chile has a treaty with Peru.")).noneMatch(f -> f.contains("Consult") || f.contains("Agree"));
  }

  @Test
  void partiesThatDiscussOrExchangeViewsConsultEachOther() {
    assertThat(facts("Japan and Australia discussed regional security."))
        .contains("JPN Consult AUS Asserted", "AUS Consult JPN Asserted");
    assertThat(facts("Egypt and Jordan exchanged views on the situation in the region."))
        .contains("EGY Consult JOR Asserted", "JOR Consult EGY Asserted");
    assertThat(facts("Egypt exchanged views with Jordan.")).contains("EGY Consult JOR Asserted");
  }

  @Test
  void condolencesThanksAndCongratulationsAreSupport() {
    assertThat(facts("Spain expressed condolences to Turkey.")).contains("ESP Support TUR Asserted");
    assertThat(facts("Italy conveyed its deepest sympathy to Greece.")).contains("ITA Support GRC Asserted");
    assertThat(facts("Canada thanked Norway for its help.")).contains("CAN Support NOR Asserted");
    assertThat(facts("Portugal congratulated Brazil on the election.")).contains("PRT Support BRA Asserted");
    assertThat(facts("Japan is grateful to India for its help.")).contains("JPN Support IND Asserted");
  }

  @Test
  void concernIsWarinessAndGraveConcernARebuke() {
    assertThat(facts("Mexico expressed concern over Venezuela's arrests of journalists."))
        .contains("MEX waryOf VEN Asserted").noneMatch(f -> f.contains("Accuse"));
    assertThat(facts("Sweden expressed deep concern about Iran's nuclear program."))
        .contains("SWE Accuse IRN Asserted").noneMatch(f -> f.contains("waryOf"));
  }

  @Test
  void designationsAndVisaRestrictionsAreSanctions() {
    assertThat(facts("The United States designated Hizballah under Executive Order 13224."))
        .anyMatch(f -> f.startsWith("USA Sanction") && f.endsWith("Asserted"));
    assertThat(facts("The United States designated Kenya as a partner.")).noneMatch(f -> f.contains("Sanction"));
    assertThat(facts("The United States imposed visa restrictions on Nicaragua."))
        .contains("USA Sanction NIC Asserted").noneMatch(f -> f.contains("Coerce"));
    assertThat(facts("The United States imposed restrictions on Nicaragua.")).contains("USA Coerce NIC Asserted");
  }

  @Test
  void announcedAidKeepsItsAmount() {
    assertThat(facts("The United States announced $50 million in humanitarian assistance for Sudan."))
        .contains("USA Aid SDN Asserted 50000000 USD");
    assertThat(facts("Japan announced 5 billion yen in aid for Sri Lanka."))
        .contains("JPN Aid LKA Asserted 5000000000 JPY");
  }

  @Test
  void eachStateOfAListActs() {
    assertThat(facts("The United States, Japan and South Korea condemned North Korea's missile launch."))
        .contains("USA Accuse PRK Asserted", "JPN Accuse PRK Asserted", "KOR Accuse PRK Asserted");
  }

  @Test
  void leadersWhoAgreeAgreeWithEachOther() {
    assertThat(facts("President Biden and Prime Minister Kishida agreed to strengthen the alliance."))
        .contains("joe-biden Agree fumio-kishida Asserted");
  }

  @Test
  void tiesAsStatementsPutThem() {
    assertThat(facts("China is Brazil's largest trading partner.")).contains("CHN economicTiesWith BRA Asserted");
    assertThat(facts("Norway is a reliable energy supplier to Germany.")).contains("NOR energyTiesWith DEU Asserted");
    assertThat(facts("Brazil is an important partner of China.")).noneMatch(f -> f.contains("TiesWith"));
    assertThat(facts("India's military-technical cooperation with Russia continues."))
        .contains("IND militaryTiesWith RUS Asserted");
    assertThat(facts("Vietnam's strategic partnership with Japan has grown.")).contains("VNM friendlyWith JPN Asserted");
  }

  @Test
  void callingOnAnotherToActIsADemand() {
    assertThat(facts("France called on Iran to release the prisoners.")).contains("FRA Demand IRN Asserted");
  }

  @Test
  void signingAMemorandumOfUnderstandingIsAnAgreement() {
    assertThat(facts("Poland signed a memorandum of understanding with Lithuania.")).contains("POL Agree LTU Asserted");
  }

  @Test
  void theVerbDictionaryCodesVerbsTheHandWrittenTablesLack() {
    assertThat(facts("Israel retaliated against Hamas."))
        .anyMatch(f -> f.startsWith("ISR Assault HAMAS Asserted cameo:19"));
  }
}
