package org.geokg.store;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Iterators;
import com.google.common.collect.PeekingIterator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * Byte-stable RDF dumps: the same graphs give the same bytes, whatever order the store holds them
 * in (TDB2's node ids follow the builder's commit batching) and whatever labels it gave their blank
 * nodes (fresh at every load).
 *
 * <ol>
 *   <li>Blank nodes get labels computed from the graph itself: rounds of hashing each blank node's
 *       quads, with the other blank nodes in them by their previous hash, until the partition into
 *       equal hashes stops splitting (colour refinement, as in RDF canonicalisation, without its
 *       tie-breaking search). Only the quads that touch a blank node are held in memory for this:
 *       in a geokg store those are the {@code owl:unionOf}/{@code owl:oneOf} lists of
 *       {@code graph:ontology}, a few hundred.
 *   <li>Every quad is written as a sort key, {@code graph TAB subject predicate object} in N-Triples
 *       terms, into Jena's {@link SortedDataBag}: an external merge sort that holds at most
 *       {@link #IN_MEMORY} keys in memory and spills sorted runs to temporary files beyond that.
 *   <li>N-Quads and N-Triples are written straight from the sorted keys; TriG and Turtle (the
 *       streaming "blocks" writers) read them back as N-Quads in that order, so graphs and subjects
 *       come out in sorted order; JSON-LD (whose writer holds the whole dataset anyway) is given an
 *       in-memory copy filled in sorted order.
 * </ol>
 *
 * <p>Not canonical in one case: two blank nodes that no round of hashing tells apart but that are not
 * interchangeable in the graph (a pathological shape; geokg's lists are trees and always split)
 * keep labels in store order.
 */
final class StableDump {
  /** Sort keys held in memory before the sort spills to disk (a key is one quad, ~200 bytes). */
  static final int IN_MEMORY = 200_000;

  private StableDump() {}

  /**
   * Writes the quads of {@code quads} (each call a fresh iteration over the same quads; a
   * {@code null} graph or the default graph means a triple) in {@code format}.
   */
  static void write(OutputStream out, RDFFormat format, Supplier<Iterator<Quad>> quads, boolean asTriples,
      PrefixMap prefixes) {
    Map<Node, String> labels = blankLabels(quads);
    SortedDataBag<String> bag = new SortedDataBag<>(ThresholdPolicyFactory.count(IN_MEMORY), new Strings(),
        String::compareTo);
    try {
      Iterator<Quad> it = quads.get();
      while (it.hasNext()) {
        Quad q = it.next();
        String g = asTriples || q.getGraph() == null || q.isDefaultGraph() ? "" : term(q.getGraph(), labels);
        bag.add(g + "\t" + term(q.getSubject(), labels) + " " + term(q.getPredicate(), labels) + " "
            + term(q.getObject(), labels));
      }
      Iterator<String> sorted = distinct(bag.iterator());
      Lang lang = format.getLang();
      if (lang.equals(Lang.NQUADS) || lang.equals(Lang.NTRIPLES)) {
        writeLines(out, sorted);
      } else if (lang.equals(Lang.JSONLD)) {
        DatasetGraph copy = DatasetGraphFactory.create();
        parseInto(sorted, StreamRDFLib.dataset(copy));
        RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
            .write(out, copy, prefixes, null, Context.create());
      } else {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        prefixes.forEach(writer::prefix);
        StreamRDF body = new StreamRDFWrapper(writer) {
          @Override
          public void start() {}

          @Override
          public void finish() {}

          @Override
          public void prefix(String prefix, String iri) {}

          @Override
          public void base(String base) {}
        };
        parseInto(sorted, body);
        writer.finish();
      }
    } finally {
      bag.close();
    }
  }

  /** Reads the sorted keys back as N-Quads, keeping blank node labels as written. */
  private static void parseInto(Iterator<String> sorted, StreamRDF dest) {
    RDFParser.source(asNQuads(sorted)).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven())
        .parse(dest);
  }

  private static void writeLines(OutputStream out, Iterator<String> sorted) {
    try {
      while (sorted.hasNext()) {
        out.write(line(sorted.next()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code g TAB s p o} → {@code s p o g .} (or {@code s p o .} without a graph), as UTF-8. */
  private static byte[] line(String key) {
    int tab = key.indexOf('\t');
    String g = key.substring(0, tab);
    String spo = key.substring(tab + 1);
    return (g.isEmpty() ? spo + " .\n" : spo + " " + g + " .\n").getBytes(StandardCharsets.UTF_8);
  }

  private static InputStream asNQuads(Iterator<String> sorted) {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return sorted.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return new ByteArrayInputStream(line(sorted.next()));
      }
    });
  }

  /** Drops a key equal to the one before (the union graph of a triples dump may repeat a triple). */
  private static Iterator<String> distinct(Iterator<String> sorted) {
    PeekingIterator<String> in = Iterators.peekingIterator(sorted);
    return new AbstractIterator<>() {
      @Override
      protected String computeNext() {
        if (!in.hasNext()) {
          return endOfData();
        }
        String current = in.next();
        while (in.hasNext() && in.peek().equals(current)) {
          in.next();
        }
        return current;
      }
    };
  }

  private static String term(Node n, Map<Node, String> labels) {
    if (n.isBlank()) {
      return "_:" + labels.get(n);
    }
    return NodeFmtLib.strNT(n);
  }

  /** Labels for every blank node of {@code quads}, from the quads around it (see the class comment). */
  static Map<Node, String> blankLabels(Supplier<Iterator<Quad>> quads) {
    Map<Node, List<Quad>> around = new LinkedHashMap<>();
    Iterator<Quad> it = quads.get();
    while (it.hasNext()) {
      Quad q = it.next();
      if (q.getSubject().isBlank()) {
        around.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
      }
      if (q.getObject().isBlank() && !q.getObject().equals(q.getSubject())) {
        around.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
      }
      if (q.getGraph() != null && q.getGraph().isBlank()) {
        around.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q);
      }
    }
    Map<Node, String> colour = new HashMap<>();
    around.keySet().forEach(b -> colour.put(b, ""));
    long classes = around.isEmpty() ? 0 : 1;
    for (int round = 0; round <= around.size(); round++) {
      Map<Node, String> next = new HashMap<>();
      for (Map.Entry<Node, List<Quad>> e : around.entrySet()) {
        Node self = e.getKey();
        List<String> parts = new ArrayList<>();
        for (Quad q : e.getValue()) {
          parts.add(part(q.getGraph(), self, colour) + "\t" + part(q.getSubject(), self, colour) + "\t"
              + part(q.getPredicate(), self, colour) + "\t" + part(q.getObject(), self, colour));
        }
        Collections.sort(parts);
        next.put(self, sha256(colour.get(self) + "\n" + String.join("\n", parts)));
      }
      long nextClasses = next.values().stream().distinct().count();
      colour.clear();
      colour.putAll(next);
      if (round > 0 && nextClasses == classes) {
        break;
      }
      classes = nextClasses;
    }
    Map<Node, String> labels = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (Node b : around.keySet()) {
      String base = "b" + colour.get(b).substring(0, 16);
      int n = used.merge(base, 1, Integer::sum);
      labels.put(b, n == 1 ? base : base + "x" + n);
    }
    return labels;
  }

  private static String part(Node n, Node self, Map<Node, String> colour) {
    if (n == null) {
      return "";
    }
    if (n.equals(self)) {
      return "@";
    }
    return n.isBlank() ? "_:" + colour.get(n) : NodeFmtLib.strNT(n);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sort keys on disk: length-prefixed UTF-8. */
  private static final class Strings implements SerializationFactory<String> {
    @Override
    public Sink<String> createSerializer(OutputStream out) {
      DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
      return new Sink<>() {
        @Override
        public void send(String item) {
          byte[] b = item.getBytes(StandardCharsets.UTF_8);
          unchecked(() -> {
            data.writeInt(b.length);
            data.write(b);
          });
        }

        @Override
        public void flush() {
          unchecked(data::flush);
        }

        @Override
        public void close() {
          unchecked(data::close);
        }
      };
    }

    @Override
    public Iterator<String> createDeserializer(InputStream in) {
      DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
      // Each string is its length and its UTF-8 bytes; the end of the spill file ends the run.
      return new AbstractIterator<>() {
        @Override
        protected String computeNext() {
          try {
            int n = data.readInt();
            return new String(data.readNBytes(n), StandardCharsets.UTF_8);
          } catch (EOFException e) {
            return endOfData();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    }

    /** A write to the sort's spill file, which the {@link Sink} interface lets throw only unchecked. */
    private interface Write {
      void run() throws IOException;
    }

    private static void unchecked(Write w) {
      try {
        w.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
