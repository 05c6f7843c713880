package org.geokg.cli;

import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.Extractor;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geokg load}: N-Quads (the part files of the Spark job, or any N-Quads) into the store, one
 * named graph per document. A graph in the input replaces the stored graph of that name, so loading
 * the same parts again changes nothing; then graph:reference and graph:ontology are written and
 * graph:inferred is recomputed, as {@code build} does.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads N-Quads (the part files of the Spark job, docs/spark.md) into the store.",
      "Each named graph in the input replaces the stored graph of that name (loading twice changes"
          + " nothing). An empty store is filled by TDB2's bulk loader; otherwise the graphs are"
          + " written --batch quads per transaction. Then graph:reference and graph:ontology are"
          + " (re)written and graph:inferred is recomputed. Quads without a graph name are skipped."
    })
final class LoadCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOptions storeOptions;
  @Mixin DataOptions dataOptions;

  @Option(names = "--batch", paramLabel = "N",
      description = "Quads per write transaction when the store is not empty (default: ${DEFAULT-VALUE}).")
  int batch = 200_000;

  @Option(names = "--no-bulk", description = "Never use TDB2's bulk loader, even into an empty store.")
  boolean noBulk;

  @Option(names = {"--quiet", "-q"},
      description = "Show no progress (on a terminal: one updating line; otherwise a line every 10 s).")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PARTS",
      description = "N-Quads files (.nq, part-00000, optionally .gz) or folders of them; in folders,"
          + " names starting with _ or . (_SUCCESS, .crc, the summary) are skipped.")
  List<Path> parts;

  LoadCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1");
    }
    List<Path> files = files(parts);
    PrintStream err = context.err();
    long start = System.nanoTime();
    Progress progress = new Progress(err, Progress.Mode.of(context.interactive(), quiet), Progress.Unit.BYTES);
    progress.total(files.stream().mapToLong(LoadCommand::size).sum());
    ReadCounter read = new ReadCounter(progress);
    try (GeoStore store = storeOptions.openOrCreate()) {
      boolean bulk = !noBulk && store.isEmpty();
      long[] skipped = new long[1];
      long quads;
      Set<String> graphs = new HashSet<>();
      if (bulk) {
        quads = store.bulkLoad(stream -> {
          StreamRDF named = new StreamRDFWrapper(stream) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
              skipped[0]++;
            }

            @Override
            public void quad(Quad q) {
              if (q.isDefaultGraph()) {
                skipped[0]++;
              } else {
                graphs.add(q.getGraph().getURI());
                super.quad(q);
              }
            }
          };
          files.forEach(f -> parse(f, named, read));
        });
      } else {
        Batcher b = new Batcher(store, batch, graphs);
        files.forEach(f -> parse(f, b, read));
        b.flush();
        skipped[0] = b.skipped;
        quads = b.quads;
      }
      progress.clear();
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      if (skipped[0] > 0) {
        err.printf("warning: %,d quads without a graph name skipped%n", skipped[0]);
      }
      Extractor extractor = context.extractors().apply(dataOptions.folder());
      StandardGraphs.writeReferenceAndOntology(store, extractor, err);
      StandardGraphs.recomputeInferred(store);
      double seconds = (System.nanoTime() - start) / 1e9;
      context.out().printf("loaded %,d quads in %,d graphs from %,d file%s (%s) in %.1f s, %,.0f quads/s;"
              + " store: %,d quads%n",
          quads, graphs.size(), files.size(), files.size() == 1 ? "" : "s",
          bulk ? "TDB2 bulk loader, empty store" : "replacing graphs, " + batch + " quads per transaction",
          loadSeconds, loadSeconds > 0 ? quads / loadSeconds : 0, store.quadCount());
      context.out().printf("%.1f s with graph:reference, graph:ontology and graph:inferred%n", seconds);
      context.out().flush();
      return 0;
    }
  }

  /** The files to read, in order: files as given; folders walked, by name, without _ and . names. */
  static List<Path> files(List<Path> parts) {
    List<Path> out = new ArrayList<>();
    for (Path p : parts) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> noneHidden(p.relativize(f)))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    return out;
  }

  private static boolean noneHidden(Path relative) {
    for (Path part : relative) {
      String n = part.toString();
      if (n.startsWith("_") || n.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it fails later with the reason
    }
  }

  private static void parse(Path file, StreamRDF sink, ReadCounter read) {
    String name = file.getFileName().toString();
    boolean gz = name.endsWith(".gz");
    String base = gz ? name.substring(0, name.length() - 3) : name;
    Lang lang = RDFLanguages.filenameToLang(base);
    if (lang == null || !RDFLanguages.isQuads(lang)) {
      lang = Lang.NQUADS; // part-00000 and the like
    }
    try (InputStream raw = read.open(file);
        InputStream in = gz ? new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16) : raw) {
      // The sink's start/finish belong to the whole load, not to one file.
      RDFParser.source(in).lang(lang).base(file.toUri().toString()).parse(new StreamRDFWrapper(sink) {
        @Override
        public void start() {}

        @Override
        public void finish() {}

        @Override
        public void quad(Quad q) {
          read.quad();
          super.quad(q);
        }
      });
      read.fileDone();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage()
          + " (graphs loaded before this one are stored; fix the file and load again)", e);
    }
  }

  /** Bytes of the input files read so far (compressed bytes for .gz), and quads, for the progress line. */
  private static final class ReadCounter {
    private final Progress progress;
    private long finished;
    private CountingInputStream current;
    private long quads;

    ReadCounter(Progress progress) {
      this.progress = progress;
    }

    InputStream open(Path file) throws IOException {
      current = new CountingInputStream(Files.newInputStream(file));
      return current;
    }

    void quad() {
      // The clock is read once per 4,096 quads, not once per quad.
      if ((++quads & 4095) == 0) {
        progress.update(finished + current.getCount(), String.format("%,d quads", quads));
      }
    }

    void fileDone() {
      finished += current.getCount();
      progress.update(finished, String.format("%,d quads", quads));
    }
  }

  /**
   * Gathers quads per graph and writes them {@code batch} quads per transaction: a graph's first
   * part replaces the stored graph, later parts (when its quads are spread over batches or files)
   * are added to it.
   */
  private static final class Batcher extends StreamRDFBase {
    private final GeoStore store;
    private final int batch;
    private final Set<String> seen;
    private final Map<String, Graph> pending = new LinkedHashMap<>();
    private int pendingQuads;
    long quads;
    long skipped;

    Batcher(GeoStore store, int batch, Set<String> seen) {
      this.store = store;
      this.batch = batch;
      this.seen = seen;
    }

    @Override
    public void triple(org.apache.jena.graph.Triple t) {
      skipped++;
    }

    @Override
    public void quad(Quad q) {
      if (q.isDefaultGraph()) {
        skipped++;
        return;
      }
      pending.computeIfAbsent(q.getGraph().getURI(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
      quads++;
      if (++pendingQuads >= batch) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      Map<String, Graph> replace = new LinkedHashMap<>();
      Map<String, Graph> add = new LinkedHashMap<>();
      pending.forEach((g, graph) -> (seen.add(g) ? replace : add).put(g, graph));
      store.putGraphs(replace, add);
      pending.clear();
      pendingQuads = 0;
    }
  }
}
