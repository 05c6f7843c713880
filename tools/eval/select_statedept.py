#!/usr/bin/env python3
"""Fixed choice of the 30 State Department dev texts that carry the project's own gold.

The choice is made from titles and lengths only, never from what geokg extracts, so it is not biased
towards texts the tool already does well on. Kinds come from the title (first matching pattern wins);
each kind gets a quota in proportion to the kinds' interest for our users; within a kind, texts of
500-4,500 characters (long enough to hold facts, short enough to annotate every fact by hand) are
taken evenly spaced in id order.

Usage: select_statedept.py ../shared/corpus/dev/statedept/statedept-dev.jsonl > eval/statedept/texts.jsonl
"""
import json
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


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    chosen = []
    for name, _, quota in KINDS:
        pool = [r for r in rows if kind_of(r["title"]) == name and 500 <= len(r["text"]) <= 4500]
        pool.sort(key=lambda r: r["id"])
        for r in evenly(pool, quota):
            chosen.append(dict(r, kind=name))
    chosen.sort(key=lambda r: r["id"])
    for r in chosen:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
