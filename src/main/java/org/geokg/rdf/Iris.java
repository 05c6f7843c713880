package org.geokg.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.apache.jena.irix.IRIs;
import org.geokg.link.Entity;

/**
 * Mints the IRIs of ONTOLOGY.md. Every IRI is checked by Jena's IRI parser before it is used, so no
 * document text can smuggle a malformed IRI into the store.
 */
public final class Iris {
  private Iris() {}

  /** {@code gkd:state/USA}, {@code gkd:org/NATO}, {@code gkd:person/antony-blinken} … */
  public static String entity(Entity e) {
    return checked(GK.ID + e.kind().pathSegment() + "/" + e.key());
  }

  /** GeoNames' IRI of one of its places, {@code https://sws.geonames.org/<id>/}. */
  public static String geonames(String geonamesId) {
    if (!geonamesId.matches("\\d+")) {
      throw new IllegalArgumentException("not a GeoNames id: " + geonamesId);
    }
    return checked(GK.GEONAMES + geonamesId + "/");
  }

  /** Wikidata's IRI of an item, {@code http://www.wikidata.org/entity/Q<digits>}. */
  public static String wikidata(String qid) {
    if (!qid.matches("Q\\d+")) {
      throw new IllegalArgumentException("not a Wikidata id: " + qid);
    }
    return checked("http://www.wikidata.org/entity/" + qid);
  }

  /** The IRI of a document, which is also the name of its graph. */
  public static String document(String documentId) {
    return checked(GK.ID + "doc/" + requireSafe(documentId));
  }

  /** The IRI of the evidence node for one sentence of one document. */
  public static String evidence(String documentId, int sentenceIndex) {
    return checked(GK.ID + "evidence/" + requireSafe(documentId) + "-" + sentenceIndex);
  }

  /** A claim IRI from the 16 first hex digits of a hash of what identifies the claim. */
  public static String claim(String identity) {
    String h = Hashing.sha256().hashString(identity, StandardCharsets.UTF_8).toString().substring(0, 16);
    return checked(GK.ID + "claim/" + h);
  }

  /**
   * A slug for names: accents folded, lower-case ASCII letters and digits joined by single hyphens.
   * Returns {@code "x"} for a name with no letter or digit, so a slug is never empty.
   */
  public static String slug(String name) {
    return Entity.slug(name);
  }

  private static String requireSafe(String id) {
    if (!id.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("not an IRI-safe id: " + id);
    }
    return id;
  }

  private static String checked(String iri) {
    return IRIs.reference(iri).str();
  }
}
