package org.geokg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.claim.Claim;
import org.geokg.claim.ClaimDate;
import org.geokg.claim.Evidence;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Place;

/**
 * Writes one document's claims as its graph, in the shape of {@code docs/RDF.md}: the
 * {@code gk:Document} node, the persons and groups it names, a claim node for every fact, evidence
 * nodes, and a direct triple for every asserted or reported tie or stance. Literals and IRIs are
 * made by Jena's factories from checked IRIs ({@link Iris}); no text is spliced into syntax.
 */
public final class ClaimWriter {
  static {
    // Jena's vocabulary classes need Jena initialised first, or their constants come out null.
    org.apache.jena.sys.JenaSystem.init();
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final String PROV_ENTITY = "http://www.w3.org/ns/prov#Entity";

  private ClaimWriter() {}

  /**
   * @param document the document
   * @param claims its claims
   * @param personTitles titles the document gives its persons (may be empty)
   */
  public static Graph write(Document document, List<Claim> claims, Map<Entity, String> personTitles) {
    return write(document, claims, personTitles, id -> null);
  }

  /**
   * As {@link #write(Document, List, Map)}, describing each event location that {@code places} knows
   * (by GeoNames id) in the document's graph: its name, state, coordinates and GeoNames IRI.
   */
  public static Graph write(Document document, List<Claim> claims, Map<Entity, String> personTitles,
      Function<String, Place> places) {
    Graph g = GraphFactory.createDefaultGraph();
    Node doc = iri(Iris.document(document.id()));
    g.add(doc, TYPE, GK.Document.asNode());
    g.add(doc, TYPE, iri(PROV_ENTITY));
    g.add(doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(document.name()));
    if (document.date() != null) {
      g.add(doc, DCTerms.date.asNode(), NodeFactory.createLiteralDT(document.date().toString(), XSDDatatype.XSDdate));
    }
    if (document.title() != null && !document.title().isBlank()) {
      g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(document.title()));
    }
    if (document.source() != null && !document.source().isBlank()) {
      try {
        g.add(doc, DCTerms.source.asNode(), iri(org.apache.jena.irix.IRIs.reference(document.source()).str()));
      } catch (RuntimeException notAnIri) {
        g.add(doc, DCTerms.source.asNode(), NodeFactory.createLiteralString(document.source()));
      }
    }
    for (Claim c : claims) {
      describe(g, c.subject(), personTitles);
      if (!c.targetless()) {
        describe(g, c.object(), personTitles);
      }
      if (c.attributedTo() != null) {
        describe(g, c.attributedTo(), personTitles);
      }
      writeClaim(g, doc, document, c, places);
    }
    return g;
  }

  private static void describe(Graph g, Entity e, Map<Entity, String> titles) {
    Node n = iri(Iris.entity(e));
    if (e.kind() == EntityKind.PERSON) {
      g.add(n, TYPE, GK.Person.asNode());
      g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
      String t = titles.get(e);
      if (t != null && !t.isBlank()) {
        g.add(n, GK.title.asNode(), NodeFactory.createLiteralString(t));
      }
    } else if (e.kind() == EntityKind.GROUP) {
      g.add(n, TYPE, GK.Group.asNode());
      g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
      g.add(n, GK.country.asNode(), iri(GK.ID + "state/" + e.stateCode()));
      g.add(n, GK.sector.asNode(), NodeFactory.createLiteralString(e.key().substring(e.stateCode().length() + 1)));
    } else if (e.kind() == EntityKind.INFRASTRUCTURE) {
      g.add(n, TYPE, GK.Infrastructure.asNode());
      g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
    } else if (e.kind() == EntityKind.ORGANIZATION && !e.key().equals(e.key().toUpperCase(java.util.Locale.ROOT))) {
      // A body the text names with its state and no table lists (keyed by its lower-case slug, where the
      // tables' ids are upper case): the reference graph does not describe it, so the document does.
      g.add(n, TYPE, GK.Organization.asNode());
      g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(e.label()));
    }
  }

  /**
   * A place as docs/RDF.md shows it: its name, state, WGS84 coordinates and GeoNames IRI; a region has
   * coordinates only where its source gives them, and its Wikidata IRI where known.
   */
  static void describePlace(Graph g, Node n, Place p) {
    g.add(n, TYPE, GK.Place.asNode());
    g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralString(p.name()));
    g.add(n, GK.country.asNode(), iri(GK.ID + "state/" + p.iso3()));
    if (p.located()) {
      g.add(n, GK.lat.asNode(), NodeFactory.createLiteralDT(decimal(p.lat()), XSDDatatype.XSDdecimal));
      g.add(n, GK.lon.asNode(), NodeFactory.createLiteralDT(decimal(p.lon()), XSDDatatype.XSDdecimal));
    }
    if (p.geonames()) {
      g.add(n, OWL.sameAs.asNode(), iri(Iris.geonames(p.id())));
    } else if (!p.wikidata().isEmpty()) {
      g.add(n, OWL.sameAs.asNode(), iri(Iris.wikidata(p.wikidata())));
    }
  }

  private static String decimal(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void writeClaim(Graph g, Node doc, Document document, Claim c, Function<String, Place> places) {
    String identity = String.join("|", document.id(), c.relation().localName(), c.subject().toString(),
        c.targetless() ? "-" : c.object().toString(), c.modality().name(), c.date() == null ? "" : c.date().value());
    Node claim = iri(Iris.claim(identity));
    Node s = iri(Iris.entity(c.subject()));
    Node o = c.targetless() ? null : iri(Iris.entity(c.object()));
    g.add(claim, TYPE, GK.Claim.asNode());
    if (c.relation().isInteraction()) {
      g.add(claim, TYPE, GK.Interaction.asNode());
      g.add(claim, TYPE, GK.resource(c.relation().localName()).asNode());
      g.add(claim, GK.source.asNode(), s);
      // A targetless event (the source withdraws, resigns, on no one) has no gk:target (docs/RDF.md).
      if (o != null) {
        g.add(claim, GK.target.asNode(), o);
      }
      if (c.mode() != null) {
        g.add(claim, GK.mode.asNode(), GK.resource(c.mode()).asNode());
      }
      if (c.coding().cameoCode() != null) {
        g.add(claim, GK.cameoCode.asNode(), NodeFactory.createLiteralString(c.coding().cameoCode()));
      }
      if (c.coding().amount() != null) {
        g.add(claim, GK.amount.asNode(),
            NodeFactory.createLiteralDT(c.coding().amount().toPlainString(), XSDDatatype.XSDdecimal));
        if (c.coding().currency() != null) {
          g.add(claim, GK.currency.asNode(), NodeFactory.createLiteralString(c.coding().currency()));
        }
      }
      if (c.location() != null) {
        Node where = iri(Iris.entity(c.location()));
        g.add(claim, GK.location.asNode(), where);
        Place p = c.location().kind() == EntityKind.PLACE ? places.apply(c.location().key()) : null;
        if (p != null) {
          describePlace(g, where, p);
        }
      }
    } else {
      Node p = GK.property(c.relation().localName()).asNode();
      g.add(claim, GK.subject.asNode(), s);
      g.add(claim, GK.predicate.asNode(), p);
      g.add(claim, GK.object.asNode(), o);
      if (c.modality().isFactual()) {
        g.add(s, p, o);
      }
    }
    g.add(claim, GK.modality.asNode(), GK.resource(c.modality().localName()).asNode());
    String conf = BigDecimal.valueOf(c.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString();
    g.add(claim, GK.confidence.asNode(), NodeFactory.createLiteralDT(conf, XSDDatatype.XSDdecimal));
    if (c.date() != null) {
      g.add(claim, GK.date.asNode(), NodeFactory.createLiteralDT(c.date().value(), datatype(c.date())));
      if (c.dateText() != null) {
        g.add(claim, GK.dateText.asNode(), NodeFactory.createLiteralString(c.dateText()));
      }
    }
    if (c.attributedTo() != null) {
      g.add(claim, GK.attributedTo.asNode(), iri(Iris.entity(c.attributedTo())));
    }
    g.add(claim, GK.extractedBy.asNode(), NodeFactory.createLiteralString(c.extractedBy()));
    for (Evidence e : c.evidence()) {
      Node ev = iri(Iris.evidence(e.documentId(), e.sentenceIndex()));
      g.add(claim, GK.evidence.asNode(), ev);
      g.add(ev, TYPE, GK.Evidence.asNode());
      g.add(ev, GK.document.asNode(), doc);
      g.add(ev, GK.sentenceIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.sentenceIndex()), XSDDatatype.XSDinteger));
      g.add(ev, GK.begin.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.begin()), XSDDatatype.XSDinteger));
      g.add(ev, GK.end.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.end()), XSDDatatype.XSDinteger));
      g.add(ev, GK.text.asNode(), NodeFactory.createLiteralString(e.text()));
    }
  }

  private static RDFDatatype datatype(ClaimDate d) {
    return switch (d.precision()) {
      case DAY -> XSDDatatype.XSDdate;
      case MONTH -> XSDDatatype.XSDgYearMonth;
      case YEAR -> XSDDatatype.XSDgYear;
    };
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
