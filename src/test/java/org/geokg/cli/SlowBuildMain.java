package org.geokg.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.batch.LineClaimsExtractor;
import org.geokg.doc.Document;

/**
 * Run as a child process by {@link CrashSafetyTest}: the real {@code geokg} command line with a slow
 * {@link LineClaimsExtractor} (asserted claims, so graph:inferred and graph:summary have work) instead
 * of CoreNLP. Arguments: the extraction delay in milliseconds,
 * then geokg's own arguments. Prints {@code extracted NAME} on stdout after each extraction, so the
 * parent knows when the batch is under way.
 */
public final class SlowBuildMain {
  private SlowBuildMain() {}

  public static void main(String[] args) {
    long delay = Long.parseLong(args[0]);
    LineClaimsExtractor slow = new LineClaimsExtractor(delay, false, true);
    Extractor announcing = new Extractor() {
      @Override
      public DocumentGraph extract(Document document) {
        DocumentGraph g = slow.extract(document);
        synchronized (System.out) {
          System.out.println("extracted " + document.name());
          System.out.flush();
        }
        return g;
      }

      @Override
      public Graph referenceGraph() {
        return slow.referenceGraph();
      }
    };
    Function<Path, Extractor> extractors = data -> announcing;
    int code = Main.execute(new CliContext(System.out, System.err, false, extractors),
        Arrays.copyOfRange(args, 1, args.length));
    System.out.flush();
    System.exit(code);
  }
}
