package org.geokg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    org.apache.jena.reasoner.rulesys.BuiltinRegistry.theRegistry.register(new DifferentStates());
  }

  private static final String RULES = "/geokg/rules/inference.jena";
  private static final String DERIVED = GK.ID + "derived/";
  private static final Node SUBJECT = GK.subject.asNode();
  private static final Node PREDICATE = GK.predicate.asNode();
  private static final Node OBJECT = GK.object.asNode();
  private static final Node CONNECTS = GK.property("connects").asNode();
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
   * The facts {@code data} implies (claims of every document plus the reference graph): every derived
   * claim (a {@code gkd:derived/} node with {@code prov:wasDerivedFrom} the claim it comes from) and,
   * for each, its direct triple, whether or not {@code data} states that triple too. A derived claim
   * comes from one claim and the facts it joins with ({@link #isJoinFact}), so what a document implies
   * is {@code infer(document + join facts)}, and the union of that over every document is
   * {@code infer(all of them)}: the ground of incremental inference.
   */
  public static Graph infer(Graph data) {
    GenericRuleReasoner reasoner = new GenericRuleReasoner(RULE_LIST);
    reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
    Model base = ModelFactory.createModelForGraph(data);
    InfModel inf = ModelFactory.createInfModel(reasoner, base);
    Graph out = GraphFactory.createDefaultGraph();
    Graph deductions = inf.getDeductionsModel().getGraph();
    deductions.find().forEachRemaining(t -> {
      if (isDerived(t.getSubject())) {
        out.add(t);
      }
    });
    // The direct triple of each derived claim, read off the claim rather than the engine's output,
    // which leaves out a conclusion that is already in its input.
    out.find(Node.ANY, SUBJECT, Node.ANY).toList().forEach(t -> {
      Node p = Graphs.object(out, t.getSubject(), PREDICATE);
      Node o = Graphs.object(out, t.getSubject(), OBJECT);
      if (p != null && o != null) {
        out.add(Triple.create(t.getObject(), p, o));
      }
    });
    return out;
  }

  /**
   * Whether {@code t} is a fact that claims of one document can join with in the rules (the states a
   * pipeline connects): such facts come from {@code graph:reference}, and a change to them changes
   * what every document implies.
   */
  public static boolean isJoinFact(Triple t) {
    return t.getPredicate().equals(CONNECTS);
  }

  /** The predicate of the join facts (see {@link #isJoinFact}). */
  public static Node joinPredicate() {
    return CONNECTS;
  }

  /** Whether {@code n} is a claim the rules derived ({@code gkd:derived/…}). */
  public static boolean isDerived(Node n) {
    return n.isURI() && n.getURI().startsWith(DERIVED);
  }
}
