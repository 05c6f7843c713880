package org.geokg.store;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.geokg.rdf.GK;

/**
 * The prefixes of {@code docs/RDF.md}, used when geokg writes RDF (dumps, {@code geokg extract}) and
 * when it expands prefixed names given on the command line.
 */
public final class Prefixes {
  private static final PrefixMapping STANDARD = build();

  private Prefixes() {}

  /** The prefixes of {@code docs/RDF.md} plus {@code rdf rdfs owl xsd}, as an unmodifiable mapping. */
  public static PrefixMapping standard() {
    return STANDARD;
  }

  /** A fresh, modifiable copy of {@link #standard()} in RIOT's form, for the writers. */
  public static PrefixMap standardPrefixMap() {
    return PrefixMapFactory.create(STANDARD);
  }

  private static PrefixMapping build() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
    pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    pm.setNsPrefix("gk", GK.NS);
    pm.setNsPrefix("gkd", GK.ID);
    pm.setNsPrefix("state", GK.ID + "state/");
    pm.setNsPrefix("igo", GK.ID + "org/");
    pm.setNsPrefix("person", GK.ID + "person/");
    pm.setNsPrefix("group", GK.ID + "group/");
    pm.setNsPrefix("region", GK.ID + "region/");
    pm.setNsPrefix("resource", GK.ID + "resource/");
    pm.setNsPrefix("infra", GK.ID + "infrastructure/");
    pm.setNsPrefix("doc", GK.ID + "doc/");
    pm.setNsPrefix("claim", GK.ID + "claim/");
    pm.setNsPrefix("ev", GK.ID + "evidence/");
    pm.setNsPrefix("graph", GK.ID + "graph/");
    pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
    pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
    pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
    pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
    return pm.lock();
  }
}
