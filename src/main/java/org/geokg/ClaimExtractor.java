package org.geokg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.geokg.claim.Claim;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.Gazetteer;

/**
 * An {@link Extractor} that can also hand back a document's claims before they become RDF, and the
 * gazetteer it links against: for tools that rework real claims (the query benchmark synthesises
 * documents from them) rather than store them as they are.
 */
public interface ClaimExtractor extends Extractor {

  /** What {@link #claims} found in one document: the claims and the titles given to its persons. */
  record Claims(List<Claim> claims, Map<Entity, String> personTitles) {
    public Claims {
      claims = ImmutableList.copyOf(claims);
      personTitles = ImmutableMap.copyOf(personTitles);
    }
  }

  /** The claims of one document, exactly those {@link #extract} writes as its graph. */
  Claims claims(Document document);

  /** The reference tables entities are linked against. */
  Gazetteer gazetteer();
}
