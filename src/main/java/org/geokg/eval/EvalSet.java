package org.geokg.eval;

import java.util.List;
import java.util.Objects;
import org.geokg.doc.Document;

/**
 * An evaluation set: the documents to extract and the gold facts to score the extraction against.
 *
 * @param name short name used in reports and file names ({@code seed}, {@code plover} …)
 * @param documents texts the command must extract itself; empty when the system facts come from a store
 * @param gold the gold facts
 * @param skipped annotations of the set that the gold facts leave out, with the reason
 * @param scheme how system relations map onto this set's relations
 * @param perDocument whether a system fact must come from the gold fact's own document to match it
 *     (true for sets of many independent sentences, where "USA consults Russia" in one sentence says
 *     nothing about another)
 */
public record EvalSet(String name, List<Document> documents, List<GoldFact> gold, List<SkippedGold> skipped,
    RelationScheme scheme, boolean perDocument) {
  public EvalSet {
    Objects.requireNonNull(name, "name");
    documents = List.copyOf(documents);
    gold = List.copyOf(gold);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(scheme, "scheme");
  }

  /** The same set under another name, for a second set read by the same reader. */
  public EvalSet withName(String newName) {
    return new EvalSet(newName, documents, gold, skipped, scheme, perDocument);
  }

  /** The same set with only its first {@code n} documents and the gold facts of those documents. */
  public EvalSet limit(int n) {
    if (n < 0 || n >= documents.size()) {
      return this;
    }
    return only(documents.subList(0, n));
  }

  /**
   * The same set with only the documents of one half, by the parity of the first hex digit of the MD5 of
   * the document's name ({@code even}: 0, 2 … e), and the gold facts of those documents. A fixed split
   * that needs no list: rules are written from one half's errors, the other half checks them.
   */
  public EvalSet half(boolean even) {
    return only(documents.stream().filter(d -> isEvenHalf(d.name()) == even).toList());
  }

  /** Whether {@code documentName} falls in the even half of {@link #half(boolean)}. */
  public static boolean isEvenHalf(String documentName) {
    byte first = com.google.common.hash.Hashing.md5()
        .hashString(documentName, java.nio.charset.StandardCharsets.UTF_8).asBytes()[0];
    return ((first >> 4) & 1) == 0;
  }

  private EvalSet only(List<Document> docs) {
    java.util.Set<String> names = new java.util.HashSet<>();
    docs.forEach(d -> names.add(d.name()));
    return new EvalSet(name, docs,
        gold.stream().filter(g -> g.document() == null || names.contains(g.document())).toList(),
        skipped.stream().filter(s -> s.document() == null || names.contains(s.document())).toList(),
        scheme, perDocument);
  }
}
