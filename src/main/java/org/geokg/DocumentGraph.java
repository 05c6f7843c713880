package org.geokg;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.geokg.doc.Document;

/**
 * Everything extracted from one document, as the RDF graph that is stored under {@code graphIri}.
 *
 * @param document the document
 * @param graphIri the IRI of the document, which names its graph ({@code gkd:doc/<id>})
 * @param graph the document's graph: its {@code gk:Document} node, entities, claims and evidence
 * @param stats counts for the build summary
 * @param linked each sentence with the entities linked in it and its lemmas, for measuring what linking
 *     found (see {@code geokg eval}); empty when the extractor does not say
 */
public record DocumentGraph(Document document, String graphIri, Graph graph, Stats stats, List<Sentence> linked) {
  public DocumentGraph {
    linked = List.copyOf(linked);
  }

  /** A graph without the linked sentences. */
  public DocumentGraph(Document document, String graphIri, Graph graph, Stats stats) {
    this(document, graphIri, graph, stats, List.of());
  }

  /**
   * One sentence as linking saw it.
   *
   * @param begin character offset of the sentence in the document's text
   * @param end character offset just after it
   * @param entities IRIs of the entities linked in the sentence
   * @param tokens the sentence's tokens, with their lemmas
   */
  public record Sentence(int begin, int end, Set<String> entities, List<Token> tokens) {
    public Sentence {
      entities = Set.copyOf(entities);
      tokens = List.copyOf(tokens);
    }
  }

  /** A token: its character offsets in the document's text and its lemma (lower case). */
  public record Token(int begin, int end, String lemma) {}

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
