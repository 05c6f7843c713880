package org.geokg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What the stored facts imply, by the Jena rules in {@code geokg/rules/inference.jena}: stances
 * implied by interactions, the symmetric closure of symmetric ties, energy ties through pipelines.
 * The result is the content of {@code graph:inferred}.
 */
public final class Inference {
  static {
    org.apache.jena.sys.JenaSystem.init();
  }

  private static final String RULES = "/geokg/rules/inference.jena";
  private static final String TMP = "urn:geokg:tmp#";
  private static final List<Rule> RULE_LIST = load();

  private Inference() {}

  private static List<Rule> load() {
    try (InputStream in = Inference.class.getResourceAsStream(RULES)) {
      return Rule.parseRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The facts {@code data} implies (claims of every document plus the reference graph), without
   * {@code data} itself.
   */
  public static Graph infer(Graph data) {
    GenericRuleReasoner reasoner = new GenericRuleReasoner(RULE_LIST);
    reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
    Model base = ModelFactory.createModelForGraph(data);
    InfModel inf = ModelFactory.createInfModel(reasoner, base);
    Graph out = GraphFactory.createDefaultGraph();
    inf.getDeductionsModel().getGraph().find().forEachRemaining(t -> {
      if (!isTemporary(t) && !data.contains(t)) {
        out.add(t);
      }
    });
    return out;
  }

  private static boolean isTemporary(Triple t) {
    return t.getPredicate().getURI().startsWith(TMP)
        || (t.getSubject().isURI() && t.getSubject().getURI().startsWith("https://w3id.org/geokg/ontology#"));
  }
}
