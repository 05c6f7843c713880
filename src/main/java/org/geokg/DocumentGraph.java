package org.geokg;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.geokg.doc.Document;

/**
 * Everything extracted from one document, as the RDF graph that is stored under {@code graphIri}.
 *
 * @param document the document
 * @param graphIri the IRI of the document, which names its graph ({@code gkd:doc/<id>})
 * @param graph the document's graph: its {@code gk:Document} node, entities, claims and evidence
 * @param stats counts for the build summary
 */
public record DocumentGraph(Document document, String graphIri, Graph graph, Stats stats) {

  /**
   * @param sentences sentences annotated
   * @param tokens tokens annotated
   * @param entities distinct entities linked
   * @param claimsByRelation claims per relation local name ({@code alliedWith}, {@code Consult} …)
   */
  public record Stats(int sentences, int tokens, int entities, Map<String, Integer> claimsByRelation) {
    public Stats {
      claimsByRelation = ImmutableMap.copyOf(claimsByRelation);
    }

    public int claims() {
      return claimsByRelation.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
