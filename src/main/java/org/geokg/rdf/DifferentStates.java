package org.geokg.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.rulesys.RuleContext;
import org.apache.jena.reasoner.rulesys.builtins.BaseBuiltin;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;

/**
 * The rule builtin {@code differentStates(?a, ?b)}: true unless the two actors are one state's, a state
 * and a group of it ({@code group/FRA-LAB} and {@code state/FRA}) or two groups of one state. Used by
 * {@code inference.jena} so that a domestic event ("French workers blocked a bridge", a protest at
 * their own government) implies no stance of a state toward itself. Persons and organisations are
 * never the same state as anything here: whom they represent is a claim, not part of their IRI.
 */
public final class DifferentStates extends BaseBuiltin {
  private static final List<EntityKind> KINDS = List.of(EntityKind.STATE, EntityKind.GROUP);

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
    for (EntityKind kind : KINDS) {
      String prefix = GK.ID + kind.pathSegment() + "/";
      if (iri.startsWith(prefix)) {
        return Entity.stateCode(kind, iri.substring(prefix.length()));
      }
    }
    return null;
  }
}
