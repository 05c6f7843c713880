package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * @param result the strict scores, see {@link Scorer.Mode#STRICT}
   * @param lenient the lenient scores, see {@link Scorer.Mode#LENIENT}
   * @param extracted documents extracted
   * @param failed documents the extractor failed on (their gold still counts, as misses)
   * @param actors how many gold actors linking placed, see {@link ActorResolution}
   * @param causes the cause of each strict miss, see {@link MissCauses}
   */
  public record Outcome(EvalResult result, EvalResult lenient, int extracted, int failed, ActorResolution actors,
      Map<Scorer.ScoredGold, String> causes) {}

  /**
   * Extracts every document of {@code set} with {@code extractor} into an in-memory dataset (with the
   * extractor's reference graph) and scores the union of the documents' graphs.
   *
   * @param threads documents extracted at once (the extractor is thread-safe)
   * @param warnings receives one line per document that failed
   */
  public static Outcome extractAndScore(EvalSet set, Extractor extractor, int threads, Consumer<String> warnings) {
    return extractAndScore(set, extractor, threads, warnings, null);
  }

  /**
   * As {@link #extractAndScore(EvalSet, Extractor, int, Consumer)}, reading the rules of {@code dataDir}
   * (null: the bundled ones) to sort the misses by cause.
   */
  public static Outcome extractAndScore(EvalSet set, Extractor extractor, int threads, Consumer<String> warnings,
      java.nio.file.Path dataDir) {
    Map<String, List<DocumentGraph.Sentence>> linked = new HashMap<>();
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
          linked.put(set.documents().get(i).name(), g.linked());
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
    EvalResult strict = scoreDataset(set, dsg, null, Scorer.Mode.STRICT);
    EvalResult lenient = scoreDataset(set, dsg, null, Scorer.Mode.LENIENT);
    ActorNormalizer normalizer = ActorNormalizer.from(SystemFacts.unionGraph(dsg));
    Map<String, Document> byName = new java.util.LinkedHashMap<>();
    set.documents().forEach(d -> byName.putIfAbsent(d.name(), d));
    return new Outcome(strict, lenient, extracted, failed, ActorResolution.measure(set, linked, normalizer),
        MissCauses.classify(strict, byName, linked, normalizer, Triggers.load(dataDir)));
  }

  /**
   * Scores a dataset against a set's gold facts. Must run inside a read transaction when the dataset is
   * transactional.
   *
   * @param documentGraph the graph IRI to take facts from, or null for every graph that holds extracted
   *     text; actors are normalised with the whole dataset either way
   */
  public static EvalResult scoreDataset(EvalSet set, DatasetGraph dsg, String documentGraph) {
    return scoreDataset(set, dsg, documentGraph, Scorer.Mode.STRICT);
  }

  /** As {@link #scoreDataset(EvalSet, DatasetGraph, String)}, in the given mode. */
  public static EvalResult scoreDataset(EvalSet set, DatasetGraph dsg, String documentGraph, Scorer.Mode mode) {
    org.apache.jena.graph.compose.MultiUnion facts = new org.apache.jena.graph.compose.MultiUnion();
    facts.addGraph(documentGraph == null
        ? SystemFacts.extractedGraph(dsg) : dsg.getGraph(NodeFactory.createURI(documentGraph)));
    var inferred = NodeFactory.createURI(GK.INFERRED_GRAPH);
    if (dsg.containsGraph(inferred)) {
      facts.addGraph(dsg.getGraph(inferred));
    }
    ActorNormalizer normalizer = ActorNormalizer.from(SystemFacts.unionGraph(dsg));
    return Scorer.score(set, SystemFacts.read(facts, normalizer), normalizer, mode,
        knownActors(SystemFacts.unionGraph(dsg)));
  }

  private static final String KNOWN_ACTORS = """
      PREFIX gk: <https://w3id.org/geokg/ontology#>
      SELECT DISTINCT ?e WHERE { VALUES ?kind { gk:State gk:Organization gk:Alliance } ?e a ?kind }""";

  /** Keys of the states and organisations a graph knows (the reference data's), or null if it has none. */
  static java.util.Set<String> knownActors(org.apache.jena.graph.Graph graph) {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (var qe = org.apache.jena.query.QueryExecution.model(
        org.apache.jena.rdf.model.ModelFactory.createModelForGraph(graph)).query(KNOWN_ACTORS).build()) {
      qe.execSelect().forEachRemaining(s -> {
        if (s.get("e").isURIResource()) {
          out.add(EntityKeys.fromIri(s.getResource("e").getURI()));
        }
      });
    }
    return out.isEmpty() ? null : out;
  }
}
