package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.DocumentGraph;
import org.geokg.Extractor;
import org.geokg.doc.Document;
import org.geokg.rdf.GK;
import org.geokg.rdf.Inference;

/** Runs an evaluation: extract a set's documents in memory, or take a dataset, and score it. */
public final class Evaluation {
  private Evaluation() {}

  /**
   * The outcome of extracting and scoring a set.
   *
   * @param result the scores
   * @param extracted documents extracted
   * @param failed documents the extractor failed on (their gold still counts, as misses)
   */
  public record Outcome(EvalResult result, int extracted, int failed) {}

  /**
   * Extracts every document of {@code set} with {@code extractor} into an in-memory dataset (with the
   * extractor's reference graph) and scores the union of the documents' graphs.
   *
   * @param threads documents extracted at once (the extractor is thread-safe)
   * @param warnings receives one line per document that failed
   */
  public static Outcome extractAndScore(EvalSet set, Extractor extractor, int threads, Consumer<String> warnings) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Graph reference = extractor.referenceGraph();
    if (reference != null) {
      dsg.addGraph(NodeFactory.createURI(GK.REFERENCE_GRAPH), reference);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    int failed = 0;
    int extracted = 0;
    try {
      List<Future<DocumentGraph>> futures = new ArrayList<>();
      for (Document d : set.documents()) {
        futures.add(pool.submit(() -> extractor.extract(d)));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          DocumentGraph g = futures.get(i).get();
          // Documents with equal text share a graph IRI; merge rather than replace so none is lost.
          var name = NodeFactory.createURI(g.graphIri());
          g.graph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
          extracted++;
        } catch (ExecutionException e) {
          failed++;
          Throwable cause = e.getCause() == null ? e : e.getCause();
          warnings.accept(set.documents().get(i).name() + ": " + cause.getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + set.name(), e);
    } finally {
      pool.shutdownNow();
    }
    dsg.addGraph(NodeFactory.createURI(GK.INFERRED_GRAPH), Inference.infer(SystemFacts.unionGraph(dsg)));
    return new Outcome(scoreDataset(set, dsg, null), extracted, failed);
  }

  /**
   * Scores a dataset against a set's gold facts. Must run inside a read transaction when the dataset is
   * transactional.
   *
   * @param documentGraph the graph IRI to take facts from, or null for every graph that holds extracted
   *     text; actors are normalised with the whole dataset either way
   */
  public static EvalResult scoreDataset(EvalSet set, DatasetGraph dsg, String documentGraph) {
    org.apache.jena.graph.compose.MultiUnion facts = new org.apache.jena.graph.compose.MultiUnion();
    facts.addGraph(documentGraph == null
        ? SystemFacts.extractedGraph(dsg) : dsg.getGraph(NodeFactory.createURI(documentGraph)));
    var inferred = NodeFactory.createURI(GK.INFERRED_GRAPH);
    if (dsg.containsGraph(inferred)) {
      facts.addGraph(dsg.getGraph(inferred));
    }
    ActorNormalizer normalizer = ActorNormalizer.from(SystemFacts.unionGraph(dsg));
    return Scorer.score(set, SystemFacts.read(facts, normalizer), normalizer);
  }
}
