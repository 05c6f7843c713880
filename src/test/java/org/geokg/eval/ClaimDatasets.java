package org.geokg.eval;

import java.io.StringReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Small datasets of claims written in TriG for scoring tests: one document "d1" with one evidence "ev:d1-1". */
final class ClaimDatasets {
  static final String PREFIXES = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      PREFIX state: <https://w3id.org/geokg/id/state/>
      PREFIX doc: <https://w3id.org/geokg/id/doc/>
      PREFIX claim: <https://w3id.org/geokg/id/claim/>
      PREFIX ev: <https://w3id.org/geokg/id/evidence/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  private ClaimDatasets() {}

  /** One document "d1" whose claims are {@code claims} (TriG triples using the prefixes above). */
  static DatasetGraph dataset(String claims) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    String trig = "GRAPH doc:d1 { doc:d1 a gk:Document ; dcterms:identifier \"d1\" .\n"
        + "ev:d1-1 a gk:Evidence ; gk:document doc:d1 ; gk:text \"A sentence written for the test.\" .\n"
        + claims + "\n}\n";
    RDFParser.create().source(new StringReader(PREFIXES + trig)).lang(Lang.TRIG).parse(dsg);
    return dsg;
  }
}
