package org.geokg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.rulesys.RuleContext;
import org.apache.jena.reasoner.rulesys.builtins.BaseBuiltin;

/**
 * The rule builtin {@code differentStates(?a, ?b)}: true unless the two actors are one state's, a state
 * and a group of it ({@code group/FRA-LAB} and {@code state/FRA}) or two groups of one state. Used by
 * {@code inference.jena} so that a domestic event ("French workers blocked a bridge", a protest at
 * their own government) implies no stance of a state toward itself. Persons and organisations are
 * never the same state as anything here: whom they represent is a claim, not part of their IRI.
 */
public final class DifferentStates extends BaseBuiltin {
  private static final String STATE = GK.ID + "state/";
  private static final String GROUP = GK.ID + "group/";

  @Override
  public String getName() {
    return "differentStates";
  }

  @Override
  public int getArgLength() {
    return 2;
  }

  @Override
  public boolean bodyCall(Node[] args, int length, RuleContext context) {
    checkArgs(length, context);
    String a = stateOf(getArg(0, args, context));
    String b = stateOf(getArg(1, args, context));
    return a == null || b == null || !a.equals(b);
  }

  /** The ISO3 code of the state an actor's IRI is, or is a group of; null for anything else. */
  static String stateOf(Node n) {
    if (n == null || !n.isURI()) {
      return null;
    }
    String iri = n.getURI();
    if (iri.startsWith(STATE)) {
      return iri.substring(STATE.length());
    }
    if (iri.startsWith(GROUP)) {
      String key = iri.substring(GROUP.length());
      int dash = key.lastIndexOf('-');
      return dash > 0 ? key.substring(0, dash) : null;
    }
    return null;
  }
}
