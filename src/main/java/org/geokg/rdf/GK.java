package org.geokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The geokg vocabulary ({@code gk:}) and the base of minted resources ({@code gkd:}). */
public final class GK {
  static {
    // Jena's vocabulary classes need Jena initialised first, or their constants come out null.
    org.apache.jena.sys.JenaSystem.init();
  }

  /** The ontology namespace. */
  public static final String NS = "https://w3id.org/geokg/ontology#";
  /** The namespace under which entities, documents, claims and graphs are minted. */
  public static final String ID = "https://w3id.org/geokg/id/";

  public static final String REFERENCE_GRAPH = ID + "graph/reference";
  public static final String INFERRED_GRAPH = ID + "graph/inferred";
  public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
  /** Counts per document, fact and dyad for the listings, kept with the documents (derived data). */
  public static final String SUMMARY_GRAPH = ID + "graph/summary";

  public static final Resource Document = resource("Document");
  public static final Resource Claim = resource("Claim");
  public static final Resource Interaction = resource("Interaction");
  public static final Resource Evidence = resource("Evidence");
  public static final Resource State = resource("State");
  public static final Resource Organization = resource("Organization");
  public static final Resource Alliance = resource("Alliance");
  public static final Resource Person = resource("Person");
  public static final Resource Group = resource("Group");
  public static final Resource Region = resource("Region");
  public static final Resource EnergyResource = resource("EnergyResource");
  public static final Resource Infrastructure = resource("Infrastructure");

  public static final Property subject = property("subject");
  public static final Property predicate = property("predicate");
  public static final Property object = property("object");
  public static final Property source = property("source");
  public static final Property target = property("target");
  public static final Property mode = property("mode");
  public static final Property cameoCode = property("cameoCode");
  public static final Property amount = property("amount");
  public static final Property currency = property("currency");
  public static final Property modality = property("modality");
  public static final Property confidence = property("confidence");
  public static final Property date = property("date");
  public static final Property dateText = property("dateText");
  public static final Property attributedTo = property("attributedTo");
  public static final Property extractedBy = property("extractedBy");
  public static final Property evidence = property("evidence");
  public static final Property document = property("document");
  public static final Property sentenceIndex = property("sentenceIndex");
  public static final Property begin = property("begin");
  public static final Property end = property("end");
  public static final Property text = property("text");
  public static final Property iso2 = property("iso2");
  public static final Property iso3 = property("iso3");
  public static final Property title = property("title");
  public static final Property country = property("country");
  public static final Property sector = property("sector");
  public static final Property includes = property("includes");
  public static final Property represents = property("represents");
  public static final Property memberOf = property("memberOf");

  // Places, event locations and terms of office (ONTOLOGY.md, "Extensions").
  /** The W3C WGS84 basic geo vocabulary ({@code geo:lat}, {@code geo:long}). */
  public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
  /** GeoNames' own IRIs for its places: {@code <https://sws.geonames.org/<id>/>}. */
  public static final String GEONAMES = "https://sws.geonames.org/";
  public static final Resource Place = resource("Place");
  public static final Resource Term = resource("Term");
  public static final Property location = property("location");
  public static final Property holder = property("holder");
  public static final Property office = property("office");
  public static final Property of = property("of");
  public static final Property start = property("start");
  public static final Property lat = ResourceFactory.createProperty(GEO, "lat");
  public static final Property lon = ResourceFactory.createProperty(GEO, "long");

  private GK() {}

  /** A term of the ontology by local name, e.g. {@code alliedWith}, {@code Consult}, {@code Asserted}. */
  public static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  public static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }
}
