package org.geokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.geokg.SharedExtractor;
import org.geokg.doc.Document;

/** What the real pipeline finds in a short text written for a test, as lines easy to assert on. */
final class SentenceFacts {
  private static final String PREFIX = "PREFIX gk: <https://w3id.org/geokg/ontology#>\n";

  private SentenceFacts() {}

  /** A readout of a call with two counterparts, the opening the joint-subject tests build on. */
  static final String NORDIC_CALL_RELEASE =
      "https://www.state.gov/deputy-secretarys-call-with-nordic-counterparts/";
  static final String NORDIC_CALL = "Deputy Secretary of State Wendy Sherman spoke today with Norwegian State "
      + "Secretary Eivind Vad Petersson and Swedish State Secretary Robert Rydberg. ";

  /** {@link #shown} facts of a text published as the call readout {@link #NORDIC_CALL_RELEASE}. */
  static List<String> callReadoutFacts(String text) {
    return shown(text, facts(text, NORDIC_CALL_RELEASE));
  }

  /** "SOURCE CLASS TARGET MODALITY" for every interaction. */
  static List<String> interactions(String text) {
    return select(text, PREFIX + """
        SELECT ?s ?c ?t ?m WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?m .
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""", s -> line(s));
  }

  /** "SOURCE CLASS - MODALITY" for every interaction with no target (a targetless event, session 20). */
  static List<String> targetless(String text) {
    return select(text, PREFIX + """
        SELECT ?s ?c ?m WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:modality ?m .
          FILTER NOT EXISTS { ?x gk:target ?t }
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""", s -> tail(s.get("s").toString()) + " " + tail(s.get("c").toString()) + " - "
            + tail(s.get("m").toString()));
  }

  /**
   * Returns {@code facts} after printing them beside {@code text}, so that a failing test's output shows
   * what geokg read from the sentence.
   */
  static List<String> shown(String text, List<String> facts) {
    System.out.println(text + " => " + facts);
    return facts;
  }

  /** As {@link #interactions}, for a document published at {@code source} (a URL, or null). */
  static List<String> interactions(String text, String source) {
    return select(text, source, PREFIX + """
        SELECT ?s ?c ?t ?m WHERE {
          ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?m .
          FILTER(?c != gk:Interaction && ?c != gk:Claim)
        }""", s -> line(s));
  }

  /**
   * As {@link #interactions}, each followed by its amount and currency and "cameo:CODE" when it has
   * them; and every tie or stance but represents as "SUBJECT predicate OBJECT MODALITY".
   */
  static List<String> facts(String text) {
    return facts(text, null);
  }

  /** As {@link #facts(String)}, for a document published at {@code source} (a URL, or null). */
  static List<String> facts(String text, String source) {
    return select(text, source, PREFIX + """
        SELECT ?s ?c ?t ?m ?amount ?cur ?code WHERE {
          { ?x a gk:Interaction, ?c ; gk:source ?s ; gk:target ?t ; gk:modality ?m .
            FILTER(?c != gk:Interaction && ?c != gk:Claim)
            OPTIONAL { ?x gk:amount ?amount } OPTIONAL { ?x gk:currency ?cur } OPTIONAL { ?x gk:cameoCode ?code } }
          UNION
          { ?x gk:subject ?s ; gk:predicate ?c ; gk:object ?t ; gk:modality ?m .
            FILTER(?c != gk:represents) }
        }""", s -> {
          String f = line(s);
          if (s.contains("amount")) {
            f += " " + s.getLiteral("amount").getLexicalForm() + " " + s.getLiteral("cur").getString();
          }
          if (s.contains("code")) {
            f += " cameo:" + s.getLiteral("code").getString();
          }
          return f;
        });
  }

  /** "PERSON STATE" (local names) for every represents claim. */
  static List<String> represents(String text) {
    return select(text, PREFIX + """
        SELECT ?p ?s WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s }""",
        s -> tail(s.get("p").toString()) + " " + tail(s.get("s").toString()));
  }

  /** As {@link #represents(String)}, for a document published at {@code source} (a URL, or null). */
  static List<String> represents(String text, String source) {
    return select(text, source, PREFIX + """
        SELECT ?p ?s WHERE { ?c gk:subject ?p ; gk:predicate gk:represents ; gk:object ?s }""",
        s -> tail(s.get("p").toString()) + " " + tail(s.get("s").toString()));
  }

  private static List<String> select(String text, String query, Function<QuerySolution, String> row) {
    return select(text, null, query, row);
  }

  private static List<String> select(String text, String source, String query, Function<QuerySolution, String> row) {
    Document d = new Document("sentence-test", text, text, LocalDate.of(2023, 5, 2), null, source);
    Model m = ModelFactory.createModelForGraph(SharedExtractor.get().extract(d).graph());
    List<String> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecutionFactory.create(query, m)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        out.add(row.apply(rs.next()));
      }
    }
    return out;
  }

  private static String line(QuerySolution s) {
    return tail(s.get("s").toString()) + " " + tail(s.get("c").toString()) + " " + tail(s.get("t").toString())
        + " " + tail(s.get("m").toString());
  }

  private static String tail(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }
}
