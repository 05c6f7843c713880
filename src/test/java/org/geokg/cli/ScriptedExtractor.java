package org.geokg.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.claim.Claim;
import org.geokg.claim.ClaimDate;
import org.geokg.claim.Evidence;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.rdf.ClaimWriter;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;

/**
 * A fake extractor that reads its claims off the text, one per line, written by the real {@link
 * ClaimWriter}: {@code SUBJECT relation OBJECT Modality [YYYY-MM-DD] [confidence]}, where an
 * upper-case relation is an interaction, {@code SUBJECT}/{@code OBJECT} are ISO3 codes, a person
 * ({@code person-SLUG}) or an infrastructure slug (lower case). {@link #version} changes what a re-extraction gives (every
 * {@code version}-th line dropped, dates a day later), so {@code --force} really replaces a document.
 */
final class ScriptedExtractor implements Extractor {
  volatile int version;

  @Override
  public DocumentGraph extract(Document document) {
    List<Claim> claims = new ArrayList<>();
    String[] lines = document.text().split("\n");
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String[] f = line.strip().split("\\s+");
      boolean dropped = version > 1 && i % version == 0;
      if (f.length >= 4 && !dropped) {
        ClaimDate date = f.length > 4 ? ClaimDate.of(LocalDate.parse(f[4]).plusDays(version)) : null;
        double confidence = f.length > 5 ? Double.parseDouble(f[5]) : 0.7;
        claims.add(new Claim(entity(f[0]), Relation.of(f[1]), entity(f[2]),
            Modality.valueOf(f[3].toUpperCase(Locale.ROOT)), confidence, date, date == null ? null : f[4], null,
            null, "scripted", List.of(new Evidence(document.id(), i, offset, offset + line.length(), line))));
      }
      offset += line.length() + 1;
    }
    Graph g = ClaimWriter.write(document, claims, Map.of());
    return new DocumentGraph(document, Iris.document(document.id()), g, null);
  }

  private static Entity entity(String key) {
    if (key.startsWith(PERSON)) {
      return new Entity(EntityKind.PERSON, key.substring(PERSON.length()), key.substring(PERSON.length()));
    }
    return Character.isUpperCase(key.charAt(0))
        ? new Entity(EntityKind.STATE, key, key)
        : new Entity(EntityKind.INFRASTRUCTURE, key, key);
  }

  /** States and a pipeline that connects two of them (a join fact of the inference rules). */
  @Override
  public Graph referenceGraph() {
    Model m = ModelFactory.createDefaultModel();
    for (String s : STATES) {
      m.createResource(GK.ID + "state/" + s).addProperty(RDF.type, GK.State).addProperty(RDFS.label, "State " + s);
    }
    Resource pipe = m.createResource(GK.ID + "infrastructure/pipe").addProperty(RDF.type, GK.Infrastructure);
    pipe.addProperty(GK.property("connects"), m.createResource(GK.ID + "state/RUS"));
    pipe.addProperty(GK.property("connects"), m.createResource(GK.ID + "state/DEU"));
    return m.getGraph();
  }

  /** The prefix of a person's key: {@code person-ann represents USA Asserted}. */
  static final String PERSON = "person-";
  static final List<String> STATES = List.of("USA", "KOR", "RUS", "UKR", "DEU", "JPN", "CHN");
  static final List<String> RELATIONS = List.of("alliedWith", "tenseWith", "supports", "opposes", "economicTiesWith",
      "Threaten", "Aid", "Consult", "Sanction");
  static final List<String> MODALITIES = List.of("Asserted", "Reported", "Planned", "Negated");
}
