#!/usr/bin/env python3
"""Fixed choice of the State Department dev texts that carry the project's own gold.

The choice is made from titles and lengths only, never from what geokg extracts, so it is not biased
towards texts the tool already does well on. Kinds come from the title (first matching pattern wins);
each kind gets a quota in proportion to the kinds' interest for our users; within a kind, texts of
500-4,500 characters (long enough to hold facts, short enough to annotate every fact by hand) are
taken evenly spaced in id order.

Two sets are drawn, each by a fixed rule:
- dev (default): 30 texts, the quotas below, evenly spaced in id order (eval/statedept/);
- check: 20 held-out texts for an honest measure, never among the dev 30 (which the rule recomputes),
  quotas of two thirds of the dev quotas (rounded: 7 3 3 3 2 2), drawn within each kind at random from
  the texts left, with a fixed seed (default 2026) so that the draw is repeatable (eval/statedept-check/).

Usage: select_statedept.py ../shared/corpus/dev/statedept/statedept-dev.jsonl > eval/statedept/texts.jsonl
       select_statedept.py --check [--seed 2026] ../shared/corpus/dev/statedept/statedept-dev.jsonl \
           > eval/statedept-check/texts.jsonl
"""
import argparse
import json
import random
import re
import sys

KINDS = [
    ("readout", r"\b(Call|Meeting|Meets|Met|Travel|Visit|Readout)\b", 10),
    ("joint", r"Joint Statement|Statement by|Communiqu", 4),
    ("sanction", r"Sanction|Designat|Visa Restriction|Terroris|Accountab|Rewards", 5),
    ("aid", r"Assistance|Humanitarian|Aid|Funding|\$", 5),
    ("agreement", r"Agreement|Memorandum|Sign|Partnership|Dialogue|Framework", 3),
    ("other", r"", 3),
]
# The held-out check set's quotas, per kind in KINDS' order: two thirds of the dev quotas.
CHECK_QUOTAS = {"readout": 7, "joint": 3, "sanction": 3, "aid": 3, "agreement": 2, "other": 2}


def kind_of(title):
    for name, pattern, _ in KINDS:
        if re.search(pattern, title):
            return name
    return "other"


def evenly(items, n):
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step + step / 2)] for i in range(n)]


def pools(rows, exclude=frozenset()):
    """Per kind, the texts of 500-4,500 characters not in exclude, in id order."""
    for name, _, quota in KINDS:
        pool = [r for r in rows if kind_of(r["title"]) == name and 500 <= len(r["text"]) <= 4500
                and r["id"] not in exclude]
        pool.sort(key=lambda r: r["id"])
        yield name, quota, pool


def dev_set(rows):
    chosen = []
    for name, quota, pool in pools(rows):
        for r in evenly(pool, quota):
            chosen.append(dict(r, kind=name))
    return chosen


def check_set(rows, seed):
    dev_ids = frozenset(r["id"] for r in dev_set(rows))
    rng = random.Random(seed)
    chosen = []
    for name, _, pool in pools(rows, dev_ids):
        for r in rng.sample(pool, min(CHECK_QUOTAS[name], len(pool))):
            chosen.append(dict(r, kind=name))
    return chosen


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="statedept-dev.jsonl")
    parser.add_argument("--check", action="store_true", help="the held-out check set, not the dev set")
    parser.add_argument("--seed", type=int, default=2026, help="the check set's draw (default 2026)")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    chosen = check_set(rows, args.seed) if args.check else dev_set(rows)
    chosen.sort(key=lambda r: r["id"])
    for r in chosen:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
