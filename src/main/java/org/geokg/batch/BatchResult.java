package org.geokg.batch;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch did: the counts of the build summary.
 *
 * @param stored documents whose graphs were committed
 * @param skipped documents not extracted because their graph was already stored
 * @param failed inputs that could not be read, extracted or stored (over-budget ones included)
 * @param overBudget documents skipped for going over the time budget (also counted in {@code failed})
 * @param sentences sentences of the stored documents
 * @param tokens tokens of the stored documents
 * @param entities distinct entities per stored document, summed
 * @param claimsByRelation claims per relation local name, over the stored documents
 * @param peakInFlight the most documents held at once between reading and committing
 * @param stopReason why the batch stopped before its inputs were all read, if it did
 */
public record BatchResult(
    long stored,
    long skipped,
    long failed,
    long overBudget,
    long sentences,
    long tokens,
    long entities,
    Map<String, Long> claimsByRelation,
    int peakInFlight,
    Optional<String> stopReason) {

  public BatchResult {
    claimsByRelation = ImmutableSortedMap.copyOf(claimsByRelation, String.CASE_INSENSITIVE_ORDER);
  }

  /** Inputs dealt with: stored, skipped or failed. */
  public long done() {
    return stored + skipped + failed;
  }

  public long claims() {
    return claimsByRelation.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether every input was stored or skipped and the batch ran to the end. */
  public boolean succeeded() {
    return failed == 0 && stopReason.isEmpty();
  }
}
