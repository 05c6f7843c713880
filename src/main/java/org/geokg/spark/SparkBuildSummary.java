package org.geokg.spark;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.geokg.doc.DocumentError;

/**
 * What a {@link SparkBuild} run did. Written as {@code _geokg-summary.json} next to the part files
 * (Spark and {@code geokg load} skip names starting with {@code _}).
 *
 * @param files input files listed
 * @param documents documents extracted (their graphs are in the part files)
 * @param duplicates further copies of a text already extracted (kept: the first in input order)
 * @param sentences sentences annotated
 * @param tokens tokens annotated
 * @param claims claims extracted
 * @param claimsByRelation claims per relation local name
 * @param failures every input or document that could not be read or extracted, with the reason
 * @param seconds wall time of the job, listing included
 */
public record SparkBuildSummary(long files, long documents, long duplicates, long sentences, long tokens,
    long claims, Map<String, Long> claimsByRelation, List<DocumentError> failures, double seconds) {

  public SparkBuildSummary {
    claimsByRelation = Map.copyOf(claimsByRelation);
    failures = List.copyOf(failures);
  }

  public String toJson() {
    JsonObject o = new JsonObject();
    o.put("files", files);
    o.put("documents", documents);
    o.put("duplicates", duplicates);
    o.put("sentences", sentences);
    o.put("tokens", tokens);
    o.put("claims", claims);
    JsonObject by = new JsonObject();
    new java.util.TreeMap<>(claimsByRelation).forEach(by::put);
    o.put("claimsByRelation", by);
    JsonArray f = new JsonArray();
    for (DocumentError e : failures) {
      JsonObject x = new JsonObject();
      x.put("name", e.name());
      x.put("reason", e.reason());
      f.add(x);
    }
    o.put("failed", failures.size());
    o.put("failures", f);
    o.put("seconds", org.apache.jena.atlas.json.JsonNumber.value(Math.round(seconds * 10) / 10.0));
    return JSON.toString(o);
  }

  /** The summary as {@code geokg build} prints its own. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (DocumentError e : failures) {
      b.append("error: ").append(e.name()).append(": ").append(e.reason()).append('\n');
    }
    b.append(String.format("extracted %,d document%s from %,d file%s, duplicates %,d, failed %,d%n",
        documents, documents == 1 ? "" : "s", files, files == 1 ? "" : "s", duplicates, failures.size()));
    b.append(String.format("sentences %,d, tokens %,d, claims %,d%n", sentences, tokens, claims));
    new java.util.TreeMap<>(claimsByRelation).forEach((r, n) -> b.append(String.format("  %-28s %,d%n", r, n)));
    b.append(String.format("%.1f s, %.2f docs/s%n", seconds, seconds > 0 ? documents / seconds : 0));
    return b.toString();
  }
}
