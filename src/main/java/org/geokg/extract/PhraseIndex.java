package org.geokg.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.claim.Relation;

/**
 * The phrases of the predicate dictionary with their classes and embeddings: every row of
 * {@code interaction_verbs.tsv} ("call on", "agree with"), {@code interaction_nouns.tsv} ("visa ban",
 * "talk") and {@code cameo_verbs.tsv} ("impose embargo", "open fire"), as lemmas, each with the
 * interaction class its table gives it. A phrase two rows give different classes keeps the first: the
 * hand-written tables come before the imported one.
 *
 * <p>Embedding the 5,000-odd phrases takes about 25 s on one core, so their vectors are computed
 * once, by {@code tools/backoff/PhraseVectors.java}, into {@code geokg/backoff/phrase-vectors.bin}
 * (int8, one scale per vector: 2 MB); at start-up only the phrases that file lacks (a user's own
 * lexicon rows, or rows added since it was made) are embedded.
 */
public final class PhraseIndex {
  /** The bundled vectors. */
  public static final String VECTORS = "/geokg/backoff/phrase-vectors.bin";
  private static final int MAGIC = 0x474b5056; // "GKPV"
  private static final int VERSION = 1;

  /** A dictionary phrase and the class of its row. */
  record Entry(String phrase, Relation relation) {}

  /** The nearest dictionary phrase to a query, and their cosine similarity. */
  record Match(Entry entry, double similarity) {}

  private final List<Entry> entries;
  private final float[][] vectors;
  private final int computed;

  private PhraseIndex(List<Entry> entries, float[][] vectors, int computed) {
    this.entries = entries;
    this.vectors = vectors;
    this.computed = computed;
  }

  /** The index of the dictionary in {@code lex}, with the bundled vectors and the missing ones computed. */
  static PhraseIndex load(Lexicons lex) {
    Map<String, Entry> dictionary = dictionary(lex);
    Map<String, float[]> stored = read(PhraseIndex.class.getResourceAsStream(VECTORS));
    List<Entry> entries = new ArrayList<>(dictionary.values());
    List<String> missing = new ArrayList<>();
    for (Entry e : entries) {
      if (!stored.containsKey(e.phrase())) {
        missing.add(e.phrase());
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> v = PhraseEncoder.encodeAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        stored.put(missing.get(i), v.get(i));
      }
    }
    float[][] vectors = new float[entries.size()][];
    for (int i = 0; i < entries.size(); i++) {
      vectors[i] = stored.get(entries.get(i).phrase());
    }
    return new PhraseIndex(List.copyOf(entries), vectors, missing.size());
  }

  /** How many phrases there are. */
  int size() {
    return entries.size();
  }

  /** How many phrases the bundled vectors lacked, so were embedded at start-up. */
  int computedAtLoad() {
    return computed;
  }

  /** The dictionary phrase nearest to {@code phrase}. */
  Match nearest(String phrase) {
    float[] q = PhraseEncoder.encode(phrase);
    int best = -1;
    double bestSim = -2;
    for (int i = 0; i < vectors.length; i++) {
      double sim = PhraseEncoder.cosine(q, vectors[i]);
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    }
    return best < 0 ? null : new Match(entries.get(best), bestSim);
  }

  /** The dictionary's phrases → their entries, in table order. */
  static Map<String, Entry> dictionary(Lexicons lex) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (String key : lex.get("interaction_verbs")) {
      for (Map<String, String> row : lex.rows("interaction_verbs", key)) {
        String frame = row.getOrDefault("frame", "");
        add(out, row.get("class"), key, row.get("particle"), frame.startsWith("prep:") ? frame.substring(5) : null);
      }
    }
    for (String key : lex.get("interaction_nouns")) {
      for (Map<String, String> row : lex.rows("interaction_nouns", key)) {
        String mod = row.getOrDefault("modifier", "");
        add(out, row.get("class"), mod.isEmpty() ? null : mod.split("\\|")[0], key);
      }
    }
    for (String key : lex.get("cameo_verbs")) {
      for (Map<String, String> row : lex.rows("cameo_verbs", key)) {
        if ("passive".equals(row.get("voice"))) {
          continue;
        }
        String frame = row.getOrDefault("frame", "");
        if (frame.startsWith("pp:") || frame.equals("subj") || !row.getOrDefault("pp", "").isEmpty()) {
          // A pattern with a preposition's noun, or on the subject's noun ("troops arrived"), is read
          // only by the rules: its phrase is not embedded.
          continue;
        }
        add(out, row.get("class"), key, row.get("particle"), row.get("noun"),
            frame.startsWith("prep:") ? frame.substring(5) : null);
      }
    }
    return out;
  }

  private static void add(Map<String, Entry> out, String cls, String... words) {
    if (cls == null || cls.isEmpty() || cls.equals("none")) {
      return;
    }
    String phrase = phrase(words);
    if (!phrase.isEmpty()) {
      out.putIfAbsent(phrase, new Entry(phrase, Relation.of(cls)));
    }
  }

  /** The words that are there, lower case, joined by spaces: the form of dictionary and query phrases. */
  static String phrase(String... words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w != null && !w.isBlank()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.strip().toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  /** Writes the vectors of the dictionary in {@code lex} (for {@code tools/backoff/PhraseVectors.java}). */
  public static int writeVectors(Lexicons lex, Path file) throws IOException {
    List<String> phrases = new ArrayList<>(dictionary(lex).keySet());
    List<float[]> v = PhraseEncoder.encodeAll(phrases);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(o))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(PhraseEncoder.DIMENSIONS);
      out.writeInt(phrases.size());
      for (int i = 0; i < phrases.size(); i++) {
        float[] x = v.get(i);
        float max = 1e-9f;
        for (float f : x) {
          max = Math.max(max, Math.abs(f));
        }
        out.writeUTF(phrases.get(i));
        out.writeFloat(max / 127f);
        for (float f : x) {
          out.writeByte(Math.round(f / max * 127f));
        }
      }
    }
    return phrases.size();
  }

  /** The stored vectors by phrase (re-normalised after int8 rounding); empty if {@code in} is null. */
  static Map<String, float[]> read(InputStream in) {
    Map<String, float[]> out = new HashMap<>();
    if (in == null) {
      return out;
    }
    try (DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      if (d.readInt() != MAGIC || d.readInt() != VERSION) {
        throw new IllegalStateException(VECTORS + ": not a phrase-vector file of version " + VERSION);
      }
      int dim = d.readInt();
      int n = d.readInt();
      byte[] bytes = new byte[dim];
      for (int i = 0; i < n; i++) {
        String phrase = d.readUTF();
        float scale = d.readFloat();
        d.readFully(bytes);
        float[] v = new float[dim];
        double norm = 0;
        for (int k = 0; k < dim; k++) {
          v[k] = bytes[k] * scale;
          norm += v[k] * v[k];
        }
        float inv = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int k = 0; k < dim; k++) {
          v[k] *= inv;
        }
        out.put(phrase, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VECTORS + ": " + e.getMessage(), e);
    }
    return out;
  }
}
