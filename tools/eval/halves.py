#!/usr/bin/env python3
"""Misses and false positives of `geokg eval --errors DIR` files, by half of the documents.

Counts MISS and FP rows of DIR/<set>-errors.tsv (strict; for PLOVER and PETRARCH only interaction
false positives). A document is in the development half (looked at) when the first hex digit of the MD5 of its id is
even, else in the held-out half (docs/QUALITY.md, "How the changes were chosen"). Constructions are
written from the development half's rows only; the held-out half decides.

Usage: halves.py DIR [SET ...]      (default sets: seed plover petrarch re3d statedept)
"""
import csv
import hashlib
import os
import sys
from collections import Counter


# The event sets' headline leaves out geokg's ties and stances (docs/QUALITY.md, "How it scores"): count
# only false positives of interaction classes (upper-case, PLOVER) there.
EVENT_SETS = {"plover", "petrarch"}


def half(doc):
    return "dev" if int(hashlib.md5(doc.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "held-out"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    sets = sys.argv[2:] or ["seed", "plover", "petrarch", "re3d", "statedept"]
    print("set        half      misses  FP")
    for name in sets:
        path = os.path.join(folder, name + "-errors.tsv")
        if not os.path.exists(path):
            continue
        n = Counter()
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["kind"] == "FP" and name in EVENT_SETS and not row["relation"][:1].isupper():
                    continue
                if row["kind"] in ("MISS", "FP"):
                    n[(half(row["document"]), row["kind"])] += 1
        for h in ("dev", "held-out"):
            print(f"{name:10} {h:9} {n[(h, 'MISS')]:6} {n[(h, 'FP')]:4}")


if __name__ == "__main__":
    main()
