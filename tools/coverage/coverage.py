#!/usr/bin/env python3
"""Coverage of interaction extraction over a corpus, and what one build adds over another.

Reads what coverage.sh writes: PREFIX-build.log (the build's summary) and PREFIX-interactions.csv
(`geokg query --format csv interactions.rq`). With one run: the share of sentences that yield at least one interaction claim. With
two (--before): both shares, and a seeded sample of the claims that are new in the sentences that
gain claims (no interaction claim before, at least one after), as TSV for judging by hand.
"""
import argparse
import csv
import random
import re
import sys
from collections import defaultdict

HAPPENED = {"Asserted", "Reported"}


def short(iri):
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


def read_run(prefix):
    # The build's summary line: "sentences 18,316, entities …" counts every sentence of the stored
    # documents (graph:summary's gk:sentenceCount counts evidence sentences only).
    with open(prefix + "-build.log", encoding="utf-8") as f:
        log = f.read()
    sentences = int(re.search(r"^sentences ([\d,]+),", log, re.M).group(1).replace(",", ""))
    docs = int(re.search(r"^stored ([\d,]+) documents", log, re.M).group(1).replace(",", ""))
    # (doc id, sentence index) -> {(class, source, target, modality)} -> rules (two rules may find one claim)
    claims = defaultdict(lambda: defaultdict(set))
    texts = {}
    with open(prefix + "-interactions.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["id"], int(row["sentence"]))
            claim = (short(row["class"]), short(row["source"]), short(row["target"] or ""), short(row["modality"]))
            claims[key][claim].add(row["rule"])
            texts[key] = row["text"]
    return docs, sentences, claims, texts


def share(label, docs, sentences, claims):
    if sentences == 0:
        # A build that stored nothing (wrong input path, every document failed) has no share to print.
        sys.exit(f"coverage: {label}: no sentences were stored; see its -build.log")
    anyc = len(claims)
    happened = sum(1 for c in claims.values() if any(m in HAPPENED for (_, _, _, m) in c))
    print(f"{label}: {docs} documents, {sentences} sentences; "
          f"with an interaction claim {anyc} ({anyc / sentences:.3f}); "
          f"with one asserted or reported {happened} ({happened / sentences:.3f}); "
          f"claims {sum(len(c) for c in claims.values())}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("after", help="prefix of the run's files (PREFIX-build.log, PREFIX-interactions.csv)")
    ap.add_argument("--before", help="prefix of the earlier run's files")
    ap.add_argument("--sample", type=int, default=50, help="claims to sample (default 50)")
    ap.add_argument("--seed", type=int, default=13, help="random seed of the sample (default 13)")
    ap.add_argument("--sample-out", help="write the sample here as TSV (default: stdout)")
    ap.add_argument("--per-sentence", action="store_true",
                    help="sample sentences, one claim of each, instead of claims (one sentence of many "
                         "parties can hold hundreds of claims)")
    a = ap.parse_args()
    after = read_run(a.after)
    if not a.before:
        share("run", after[0], after[1], after[2])
        return
    before = read_run(a.before)
    share("before", before[0], before[1], before[2])
    share("after ", after[0], after[1], after[2])
    gained = sorted(k for k in after[2] if k not in before[2])
    lost = sorted(k for k in before[2] if k not in after[2])
    new = [(k, c, "+".join(sorted(after[2][k][c]))) for k in gained for c in sorted(after[2][k])]
    print(f"sentences gaining claims {len(gained)} ({len(new)} claims); losing all claims {len(lost)}")
    rnd = random.Random(a.seed)
    if a.per_sentence:
        sample = [rnd.choice([n for n in new if n[0] == k]) for k in rnd.sample(gained, min(a.sample, len(gained)))]
    else:
        sample = rnd.sample(new, min(a.sample, len(new)))
    sample.sort()
    out = open(a.sample_out, "w", newline="", encoding="utf-8") if a.sample_out else sys.stdout
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(["doc", "sentence", "class", "source", "target", "modality", "rule", "judgement", "text"])
    for (doc, idx), (cls, src, tgt, mod), rule in sample:
        w.writerow([doc, idx, cls, src, tgt, mod, rule, "", after[3][(doc, idx)]])
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
