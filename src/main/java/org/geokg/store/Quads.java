package org.geokg.store;

import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Deleting quads from TDB2 by what is stored, not by what it reads back as.
 *
 * <p>TDB2 stores an {@code xsd:decimal} such as {@code "0.90"} inline with its scale and reads it back
 * as {@code "0.9"}; deleting by the node read back encodes {@code "0.9"}, which is another stored
 * value, so Jena 5.6's {@code deleteAny} and {@code delete} leave such quads behind (and a later add
 * of {@code "0.9"} stores a second quad that reads the same). Deleting the matching rows by their
 * stored ids removes them whatever their form; adding values in the form TDB2 reads them back in
 * ({@link #add}) keeps one stored form per value, so an add never duplicates what reads the same.
 */
final class Quads {
  private Quads() {}

  /** Adds {@code t} to graph {@code g}, each inlined value (decimal, integer, date…) in the form TDB2 reads back. */
  static void add(DatasetGraph dsg, Node g, org.apache.jena.graph.Triple t) {
    dsg.add(g, t.getSubject(), t.getPredicate(), stored(t.getObject()));
  }

  /** {@code n} as TDB2 reads it back once stored: "0.90"^^xsd:decimal is "0.9". */
  static Node stored(Node n) {
    if (!n.isLiteral() || !NodeIdInline.hasInlineDatatype(n)) {
      return n;
    }
    NodeId id = NodeIdInline.inline(n);
    return id == null ? n : NodeIdInline.extract(id);
  }

  /** Deletes every quad matching the pattern ({@link Node#ANY} matches anything). Inside a write txn. */
  static void deleteAny(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
    if (!TDBInternal.isTDB2(dsg)) {
      dsg.deleteAny(g, s, p, o);
      return;
    }
    NodeTupleTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
    List<Tuple<NodeId>> rows = Iter.toList(table.findAsNodeIds(g, s, p, o));
    if (!rows.isEmpty()) {
      table.getTupleTable().deleteAll(rows);
    }
  }
}
