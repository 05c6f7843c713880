package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a graph removes decimals that TDB2 reads back in another form ("0.90" reads "0.9"): Jena
 * 5.6's deleteAny left them behind, so a re-extracted claim kept its old confidence beside the new.
 */
class DecimalReplaceTest {
  @TempDir Path dir;

  @Test
  void aReplacedGraphKeepsNoDecimalOfItsOldSelf() {
    Node s = NodeFactory.createURI("https://w3id.org/geokg/id/claim/c1");
    Node p = NodeFactory.createURI("https://w3id.org/geokg/ontology#confidence");
    String g = "https://w3id.org/geokg/id/doc/0123456789abcdef";
    try (GeoStore store = GeoStore.open(dir.resolve("s"))) {
      store.putGraph(g, graph(s, p, "0.90"));
      store.putGraph(g, graph(s, p, "0.90"));
      store.putGraph(g, graph(s, p, "0.85"));
      long n = store.read(ds -> (long) ds.asDatasetGraph().getGraph(NodeFactory.createURI(g)).size());
      assertThat(n).isEqualTo(1);
      store.putGraph(g, graph(s, p, "0.9"));
      store.putGraph(g, graph(s, p, "0.90"));
      assertThat(store.quadCount()).isEqualTo(1);
    }
  }

  private static Graph graph(Node s, Node p, String decimal) {
    Graph gr = GraphFactory.createDefaultGraph();
    gr.add(s, p, NodeFactory.createLiteralDT(decimal, XSDDatatype.XSDdecimal));
    return gr;
  }
}
