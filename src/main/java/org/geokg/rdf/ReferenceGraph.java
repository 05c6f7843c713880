package org.geokg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;

/** The curated gazetteer as the {@code graph:reference} graph (see {@code docs/RDF.md}). */
public final class ReferenceGraph {
  static {
    // Jena's vocabulary classes need Jena initialised first, or their constants come out null.
    org.apache.jena.sys.JenaSystem.init();
  }

  private static final String WD = "http://www.wikidata.org/entity/";

  private ReferenceGraph() {}

  public static Graph build(Gazetteer gz) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Gazetteer.State s : gz.states().values()) {
      Node n = node(new Entity(EntityKind.STATE, s.iso3(), s.name()));
      g.add(n, RDF.type.asNode(), GK.State.asNode());
      g.add(n, RDFS.label.asNode(), lit(s.name()));
      g.add(n, GK.iso3.asNode(), lit(s.iso3()));
      if (!s.iso2().isEmpty()) {
        g.add(n, GK.iso2.asNode(), lit(s.iso2()));
      }
      for (String a : s.aliases()) {
        g.add(n, SKOS.altLabel.asNode(), lit(a));
      }
      for (String a : s.demonyms()) {
        g.add(n, SKOS.altLabel.asNode(), lit(a));
      }
      sameAs(g, n, s.wikidata());
    }
    for (Gazetteer.Organization o : gz.organizations().values()) {
      Node n = node(new Entity(EntityKind.ORGANIZATION, o.id(), o.name()));
      g.add(n, RDF.type.asNode(), GK.Organization.asNode());
      if (o.isAlliance()) {
        g.add(n, RDF.type.asNode(), GK.Alliance.asNode());
      }
      g.add(n, RDFS.label.asNode(), lit(o.name()));
      for (String a : o.aliases()) {
        g.add(n, SKOS.altLabel.asNode(), lit(a));
      }
      if (!o.represents().isEmpty()) {
        gz.actor(o.represents()).ifPresent(a -> g.add(n, GK.represents.asNode(), node(a)));
      }
      if (!o.country().isEmpty()) {
        // A non-state group's country ("the Taliban": Afghanistan), as listed actors of the coders carry it.
        gz.entity(EntityKind.STATE, o.country()).ifPresent(c -> g.add(n, GK.country.asNode(), node(c)));
      }
      sameAs(g, n, o.wikidata());
    }
    for (Gazetteer.Membership m : gz.memberships()) {
      if (!m.until().isEmpty()) {
        continue;
      }
      var state = gz.entity(EntityKind.STATE, m.iso3());
      var org = gz.entity(EntityKind.ORGANIZATION, m.org());
      if (state.isPresent() && org.isPresent()) {
        g.add(node(state.get()), GK.memberOf.asNode(), node(org.get()));
      }
    }
    for (Gazetteer.Region r : gz.regions().values()) {
      Node n = node(new Entity(EntityKind.REGION, r.slug(), r.label()));
      g.add(n, RDF.type.asNode(), GK.Region.asNode());
      g.add(n, RDFS.label.asNode(), lit(r.label()));
      for (String a : r.aliases()) {
        g.add(n, SKOS.altLabel.asNode(), lit(a));
      }
      for (String m : r.members()) {
        gz.entity(EntityKind.STATE, m).ifPresent(s -> g.add(n, GK.includes.asNode(), node(s)));
      }
    }
    for (String id : gz.resources().keySet()) {
      Node n = node(new Entity(EntityKind.RESOURCE, id, gz.resourceLabel(id)));
      g.add(n, RDF.type.asNode(), GK.EnergyResource.asNode());
      g.add(n, RDFS.label.asNode(), lit(gz.resourceLabel(id)));
    }
    for (Gazetteer.Infrastructure i : gz.infrastructure().values()) {
      Node n = node(new Entity(EntityKind.INFRASTRUCTURE, i.slug(), i.name()));
      g.add(n, RDF.type.asNode(), GK.Infrastructure.asNode());
      g.add(n, RDFS.label.asNode(), lit(i.name()));
      for (String a : i.aliases()) {
        g.add(n, SKOS.altLabel.asNode(), lit(a));
      }
      for (String c : i.connects()) {
        gz.entity(EntityKind.STATE, c).ifPresent(s -> g.add(n, GK.property("connects").asNode(), node(s)));
      }
    }
    Map<String, String> roles = new HashMap<>();
    for (String slug : gz.persons().keySet()) {
      Gazetteer.PersonRole p = gz.roles(slug).get(0);
      Node n = node(new Entity(EntityKind.PERSON, slug, p.name()));
      g.add(n, RDF.type.asNode(), GK.Person.asNode());
      g.add(n, RDFS.label.asNode(), lit(p.name()));
      // A term from the coders' dictionary has no Wikidata id: the curated rows' id is the person's.
      sameAs(g, n, gz.roles(slug).stream().map(Gazetteer.PersonRole::wikidata)
          .filter(q -> q != null && !q.isEmpty()).findFirst().orElse(""));
      // The other names a text may give ("Lukashenka" for Lukashenko), so that a reader of the graph
      // (the scorer, a query) can tell them for the same person.
      java.util.Set<String> aliases = new java.util.LinkedHashSet<>();
      for (Gazetteer.PersonRole r : gz.roles(slug)) {
        term(g, gz, n, slug, r, roles);
        aliases.addAll(r.aliases());
      }
      aliases.remove(p.name());
      aliases.forEach(a -> g.add(n, SKOS.altLabel.asNode(), lit(a)));
    }
    for (Gazetteer.ListedActor a : gz.listedActors().values()) {
      if (a.isGroup()) {
        continue;  // a state's institution is one of the names of its group, written where a text names it
      }
      Node n = node(new Entity(EntityKind.ORGANIZATION, a.id(), a.name()));
      g.add(n, RDF.type.asNode(), GK.Organization.asNode());
      g.add(n, RDF.type.asNode(), GK.resource(a.kind()).asNode());
      g.add(n, RDFS.label.asNode(), lit(a.name()));
      for (String x : a.aliases()) {
        g.add(n, SKOS.altLabel.asNode(), lit(x));
      }
      if (!a.country().isEmpty()) {
        gz.entity(EntityKind.STATE, a.country()).ifPresent(c -> g.add(n, GK.country.asNode(), node(c)));
      }
    }
    Node reference = NodeFactory.createURI(GK.REFERENCE_GRAPH);
    for (String source : SOURCES) {
      g.add(reference, DCTerms.source.asNode(), NodeFactory.createURI(source));
    }
    return g;
  }

  /** Where the tables' facts come from, beyond the curated ones (SOURCES.md of the gazetteer). */
  private static final List<String> SOURCES = List.of(
      "https://www.geonames.org/", "https://github.com/openeventdata/petrarch2");

  /** A role of a person as a {@code gk:Term}: who held which office of what, from when to when. */
  private static void term(Graph g, Gazetteer gz, Node holder, String holderKey, Gazetteer.PersonRole r,
      Map<String, String> roles) {
    Optional<Entity> of = gz.actor(r.represents());
    if (of.isEmpty()) {
      return;
    }
    String office = r.title() == null || r.title().isEmpty() ? "office" : r.title();
    Node t = NodeFactory.createURI(GK.ID + "term/" + holderKey + "-" + of.get().key() + "-"
        + roles.computeIfAbsent(office, Entity::slug) + (r.from() == null ? "" : "-" + r.from()));
    g.add(t, RDF.type.asNode(), GK.Term.asNode());
    g.add(t, GK.holder.asNode(), holder);
    g.add(t, GK.office.asNode(), lit(office));
    g.add(t, GK.of.asNode(), node(of.get()));
    if (r.from() != null) {
      g.add(t, GK.start.asNode(), NodeFactory.createLiteralDT(r.from().toString(), XSDDatatype.XSDdate));
    }
    if (r.to() != null) {
      g.add(t, GK.end.asNode(), NodeFactory.createLiteralDT(r.to().toString(), XSDDatatype.XSDdate));
    }
  }

  private static void sameAs(Graph g, Node n, String qid) {
    if (qid != null && qid.matches("Q\\d+")) {
      g.add(n, OWL.sameAs.asNode(), NodeFactory.createURI(WD + qid));
    }
  }

  private static Node node(Entity e) {
    // An entity's key is IRI-safe by construction (Entity checks it): no need to parse each of the
    // tens of thousands of reference IRIs again.
    return NodeFactory.createURI(GK.ID + e.kind().pathSegment() + "/" + e.key());
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
