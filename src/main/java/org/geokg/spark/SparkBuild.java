package org.geokg.spark;

import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.batch.BatchOptions;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentError;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import scala.Tuple2;

/**
 * {@code geokg build} on a Spark cluster: documents from any Hadoop-compatible path in, N-Quads part
 * files out (one named graph per document, exactly the graph {@code geokg build} stores for it), and a
 * summary {@code _geokg-summary.json}. Load the result with {@code geokg load}.
 *
 * <pre>
 *   spark-submit --class org.geokg.spark.SparkBuild geokg-spark-job.jar \
 *     --input s3a://news/2024/ --output s3a://news-kg/2024/ [--data DIR] [--partitions N] [--gzip]
 * </pre>
 *
 * <ol>
 *   <li>The driver lists the inputs (folders recursively, dot-files skipped, names as {@code build}
 *       gives them) and spreads the files over tasks.
 *   <li>Each task reads its files with {@link DocumentSource#readInput}, the same strict decoding and
 *       the same readers as {@code build}; bad inputs become failures, not errors of the job.
 *   <li>Documents are shuffled by content id into {@code --partitions} partitions (which spreads the
 *       documents of one big JSON Lines file over the cluster and keeps one copy of a repeated text,
 *       the first in input order, as {@code build} does).
 *   <li>Each task extracts with the JVM's one {@link ExtractorHolder extractor} and writes each
 *       document's quads together. Counts and failures go to accumulators updated in this, the
 *       job's result stage, where Spark applies each task's updates once, retries included.
 * </ol>
 */
public final class SparkBuild {
  /** The summary's file name inside the output folder. */
  public static final String SUMMARY = "_geokg-summary.json";

  private SparkBuild() {}

  /**
   * The job's arguments.
   *
   * @param inputs paths, folders or globs on any Hadoop file system
   * @param output the output folder, which must not exist
   * @param data a folder on every executor's local disk with gazetteer, rules and lexicons (like {@code
   *     geokg build --data}), or null
   * @param partitions partitions of the extraction stage; 0 for three per core of the cluster
   * @param gzip whether part files are gzip-compressed ({@code part-00000.gz})
   */
  public record Options(List<String> inputs, String output, String data, int partitions, boolean gzip)
      implements Serializable {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no --input");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be positive");
      }
    }

    static final String USAGE = "usage: SparkBuild --input PATH... --output PATH [--data DIR]"
        + " [--partitions N] [--gzip]";

    /** Parses {@code --input PATH... --output PATH [--data DIR] [--partitions N] [--gzip]}. */
    public static Options parse(String... args) {
      List<String> inputs = new ArrayList<>();
      String output = null;
      String data = null;
      int partitions = 0;
      boolean gzip = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--input" -> {
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
              inputs.add(args[++i]);
            }
          }
          case "--output" -> output = value(args, ++i, a);
          case "--data" -> data = value(args, ++i, a);
          case "--partitions" -> {
            String v = value(args, ++i, a);
            try {
              partitions = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--partitions: not a number: " + v);
            }
            if (partitions < 1) {
              throw new IllegalArgumentException("--partitions must be at least 1");
            }
          }
          case "--gzip" -> gzip = true;
          default -> throw new IllegalArgumentException("unknown argument: " + a);
        }
      }
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("missing --input PATH...");
      }
      if (output == null) {
        throw new IllegalArgumentException("missing --output PATH");
      }
      return new Options(inputs, output, data, partitions, gzip);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  /** {@code spark-submit --class org.geokg.spark.SparkBuild JAR ARGS}. Exit 0 even when documents failed. */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("geokg build");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // run with plain java: the whole machine
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      SparkBuildSummary s = run(sc, options);
      System.out.print(s.toText());
      System.out.println("wrote " + options.output() + " (summary: " + SUMMARY + ")");
    }
  }

  /** Runs the job on {@code sc} and writes the part files and the summary to {@code options.output()}. */
  public static SparkBuildSummary run(JavaSparkContext sc, Options options) {
    long start = System.nanoTime();
    Configuration hadoop = sc.hadoopConfiguration();
    List<DocumentError> listingErrors = new ArrayList<>();
    List<FileLister.InputFile> files = FileLister.list(options.inputs(), hadoop, listingErrors);
    int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, sc.defaultParallelism() * 3);

    LongAccumulator documents = sc.sc().longAccumulator("documents");
    LongAccumulator duplicates = sc.sc().longAccumulator("duplicates");
    LongAccumulator sentences = sc.sc().longAccumulator("sentences");
    LongAccumulator tokens = sc.sc().longAccumulator("tokens");
    LongAccumulator claims = sc.sc().longAccumulator("claims");
    CountsAccumulator byRelation = new CountsAccumulator();
    sc.sc().register(byRelation, "claimsByRelation");
    CollectionAccumulator<Failure> failures = sc.sc().collectionAccumulator("failures");

    Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(hadoop));
    String data = options.data();
    long maxChars = BatchOptions.DEFAULT_MAX_CHARS;

    JavaRDD<FileLister.InputFile> fileRdd =
        sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)));
    JavaPairRDD<String, DocInput> docs = fileRdd.flatMapToPair(f -> read(f, conf.value().get()).iterator());
    JavaRDD<String> quads = docs
        .reduceByKey(DocInput::first, partitions)
        .values()
        .mapPartitions(it -> extract(it, data, maxChars, documents, duplicates, sentences, tokens, claims,
            byRelation, failures));
    if (options.gzip()) {
      quads.saveAsTextFile(options.output(), GzipCodec.class);
    } else {
      quads.saveAsTextFile(options.output());
    }

    List<DocumentError> failed = new ArrayList<>(listingErrors);
    failures.value().forEach(f -> failed.add(new DocumentError(f.name(), f.reason())));
    failed.sort(Comparator.comparing(DocumentError::name, FileLister.PATH_ORDER)
        .thenComparing(DocumentError::reason));
    SparkBuildSummary summary = new SparkBuildSummary(files.size(), documents.value(), duplicates.value(),
        sentences.value(), tokens.value(), claims.value(), byRelation.value(), failed,
        (System.nanoTime() - start) / 1e9);
    writeSummary(hadoop, options.output(), summary);
    return summary;
  }

  /** One file's documents and errors, keyed for the shuffle: documents by content id. */
  private static List<Tuple2<String, DocInput>> read(FileLister.InputFile f, Configuration conf) {
    List<Tuple2<String, DocInput>> out = new ArrayList<>();
    DocumentSink sink = new DocumentSink() {
      int ordinal;

      @Override
      public void accept(Document d) {
        out.add(new Tuple2<>(d.id(), DocInput.of(d, f.input(), f.name(), ordinal++)));
      }

      @Override
      public void reject(DocumentError e) {
        int n = ordinal++;
        // Unique: errors are never merged.
        out.add(new Tuple2<>("!" + f.input() + "/" + f.name() + "#" + n, DocInput.failed(e, f.input(), f.name(), n)));
      }
    };
    Path path = new Path(f.uri());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      DocumentSource.withMaxBytes(DocumentSource.DEFAULT_MAX_BYTES).readInput(f.name(), in, sink);
    } catch (IOException e) {
      sink.reject(new DocumentError(f.name(), "unreadable: " + e.getMessage()));
    }
    return out;
  }

  /** Extracts a partition's documents lazily, as Spark writes them; failures are counted, not thrown. */
  private static Iterator<String> extract(Iterator<DocInput> inputs, String data, long maxChars,
      LongAccumulator documents, LongAccumulator duplicates, LongAccumulator sentences, LongAccumulator tokens,
      LongAccumulator claims, CountsAccumulator byRelation, CollectionAccumulator<Failure> failures) {
    Iterator<String> out = Iterators.transform(inputs, in -> {
      if (in.isError()) {
        failures.add(new Failure(in.name(), in.error()));
        return null;
      }
      duplicates.add(in.copies() - 1);
      if (in.text().length() > maxChars) {
        failures.add(new Failure(in.name(), String.format(
            "%,d characters, over the limit of %,d (--max-chars); skipped", in.text().length(), maxChars)));
        return null;
      }
      Document d = in.document();
      DocumentGraph g;
      try {
        Extractor extractor = ExtractorHolder.get(data);
        g = extractor.extract(d);
      } catch (RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.startsWith(d.name() + ": ")) {
          msg = msg.substring(d.name().length() + 2);
        }
        failures.add(new Failure(d.name(), msg));
        return null;
      }
      documents.add(1);
      sentences.add(g.stats().sentences());
      tokens.add(g.stats().tokens());
      claims.add(g.stats().claims());
      byRelation.add(g.stats().claimsByRelation());
      return NQuads.of(g);
    });
    return Iterators.filter(out, Objects::nonNull);
  }

  private static void writeSummary(Configuration conf, String output, SparkBuildSummary s) {
    Path p = new Path(output, SUMMARY);
    try (OutputStream o = p.getFileSystem(conf).create(p, true);
        PrintStream w = new PrintStream(o, false, StandardCharsets.UTF_8)) {
      w.println(s.toJson());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
    }
  }

  /** A {@link DocumentError} that can travel from executors to the driver. */
  record Failure(String name, String reason) implements Serializable {}

  /** Hadoop's configuration (credentials, s3a settings from {@code spark.hadoop.*}) for the executors. */
  static final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
