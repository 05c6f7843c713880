package org.geokg.export;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.rdf.GK;

/**
 * The PLOVER name ({@code skos:notation}) and CAMEO root ({@code gk:cameoRoot}) of each interaction
 * class, read from the ontology packaged in the jar, so that the codes have one source: the
 * ontology file, not a second table here.
 */
public final class PloverCodes {
  /** Where the build puts {@code ontology/geokg.ttl} on the classpath. */
  static final String ONTOLOGY = "geokg/ontology/geokg.ttl";

  private final Map<String, String> notation = new HashMap<>();
  private final Map<String, String> cameoRoot = new HashMap<>();

  private PloverCodes(Model ontology) {
    Property root = GK.property("cameoRoot");
    for (Resource cls : ontology.listSubjectsWithProperty(root).toList()) {
      if (cls.getURI() == null || !cls.getURI().startsWith(GK.NS)) {
        continue;
      }
      String name = cls.getURI().substring(GK.NS.length());
      // A class with several roots (ASSAULT: 18 and 20) gets the lowest, so the column stays one code.
      TreeSet<String> roots = new TreeSet<>();
      for (Statement st : cls.listProperties(root).toList()) {
        roots.add(st.getString());
      }
      cameoRoot.put(name, roots.first());
      Statement n = cls.getProperty(SKOS.notation);
      if (n != null) {
        notation.put(name, n.getString());
      }
    }
  }

  /** The codes of the packaged ontology. */
  public static PloverCodes load() {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = PloverCodes.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
      if (in != null) {
        RDFDataMgr.read(m, in, Lang.TURTLE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ONTOLOGY + ": " + e.getMessage(), e);
    }
    return new PloverCodes(m);
  }

  /** The PLOVER name of a class by local name ({@code Consult} → {@code CONSULT}). */
  public String plover(String cls) {
    return notation.getOrDefault(cls, cls.toUpperCase(Locale.ROOT));
  }

  /** The CAMEO root code ({@code Consult} → {@code 04}), or "" when the ontology gives none. */
  public String cameoRoot(String cls) {
    return cameoRoot.getOrDefault(cls, "");
  }
}
