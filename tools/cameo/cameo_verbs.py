#!/usr/bin/env python3
"""Converts PETRARCH2's CAMEO verb dictionary into geokg's predicate table cameo_verbs.tsv.

Reads ../shared/reference/petrarch2/CAMEO.2.0.txt (MIT; syntax in FORMATS.md there) and the CAMEO ->
PLOVER table ../shared/eval/dev/plover/CAMEO2PLOVER-2021.txt, and writes one row per verb and pattern
the project's dependency rules can read:

    lemma  particle  frame  noun  voice  cameo  class

frame is obj (the target is the direct object), prep:P (the target is the verb's oblique P), noun (the
verb's object must be `noun`; the target is that object or any target preposition of it), any (the bare
verb's code: the target is the object or a target preposition's object), or subj (the verb's subject must
be `noun`, "&MILITARY * [154]"; the target is an actor after a preposition of the verb). voice is passive for the
passive half of an [active:passive] code. The dictionary decides the class; the rules in cameo.rules
decide source and target.

Every pattern goes to every verb of its block (the block's verbs are synonyms). What cannot be said this
way is counted by reason in REPORT.md, with examples. Rows the hand-written tables already decide
(interaction_verbs.tsv, light verbs with interaction_nouns.tsv) are left out, so that one word has one
reading, except a hand verb's patterns with a noun after a preposition ("ENGAGE * (IN FIREFIGHT)",
frame pp:P), and a light verb's object-noun patterns when its hand rows never read its object ("GIVE *
PERMISSION", "LAUNCH * OPERATION"), which no hand row can say: TriggerClasses lets such a row, when the clause meets it, win
over the hand rows that name no noun. The output is sorted and has no timestamps: running the converter twice gives the same bytes.

Usage: tools/cameo/cameo_verbs.py [--shared ../shared] [--check]
  --check: do not write; exit 1 if the committed files differ from what the converter makes.
"""
import argparse
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEX = os.path.join(ROOT, "src/main/resources/geokg/rules/lexicons")
OUT = os.path.join(LEX, "cameo_verbs.tsv")
REPORT = os.path.join(ROOT, "tools/cameo/REPORT.md")
THINGS = os.path.join(LEX, "consult_object_things.txt")

# geokg class names of the PLOVER types (the ontology's 18 interaction classes)
CLASSES = {"AGREE": "Agree", "CONSULT": "Consult", "SUPPORT": "Support", "CONCEDE": "Concede",
           "COOPERATE": "Cooperate", "AID": "Aid", "RETREAT": "Retreat", "REQUEST": "Demand",
           "DEMAND": "Demand", "ACCUSE": "Accuse", "REJECT": "Reject", "THREATEN": "Threaten",
           "PROTEST": "Protest", "SANCTION": "Sanction", "MOBILIZE": "Mobilize", "COERCE": "Coerce",
           "ASSAULT": "Assault", "FIGHT": "Fight", "INVESTIGATE": "Investigate"}


def words(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        w = line.split("#", 1)[0].strip().lower()
        if w:
            out.add(w)
    return out


def table_keys(path):
    out = set()
    rows = [l.split("#", 1)[0].rstrip("\n") for l in open(path, encoding="utf-8")]
    rows = [r for r in rows if r.strip()]
    for r in rows[1:]:
        out.add(r.split("\t")[0].strip().lower())
    return out


def object_readers(path):
    """The hand table's verbs with a row that reads the verb's direct object (frame obj, no particle)."""
    out = set()
    rows = [l.split("#", 1)[0].rstrip("\n") for l in open(path, encoding="utf-8")]
    rows = [r for r in rows if r.strip()]
    for r in rows[1:]:
        cols = [c.strip() for c in r.split("\t")] + ["", "", ""]
        if cols[2] == "obj" and not cols[3]:
            out.add(cols[0].lower())
    return out


def cameo_plover(path):
    """CAMEO code -> geokg class, read as org.geokg.eval.CameoPlover reads it."""
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Za-z]+)\s*(?:,([^,#]*))?", line)
        if not m:
            continue
        mode = (m.group(3) or "").strip().lower()
        t = "INVESTIGATE" if mode == "investigate" else m.group(2).upper()
        if t in CLASSES:
            table.setdefault(m.group(1), CLASSES[t])
    table.setdefault("02", "Demand")
    return table


def plover(table, code):
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def phrase_head(p):
    """The head (last word) of a dictionary phrase, lower case, without the no-plural mark."""
    return p.strip("_").split("_")[-1].lower()


def singular(w):
    # The dictionary writes nouns as they appear; CoreNLP gives lemmas.
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    if w.endswith("s") and not w.endswith(("ss", "is", "us")) and len(w) > 3:
        return w[:-1]
    return w


class Report:
    def __init__(self):
        self.count = collections.Counter()
        self.examples = collections.defaultdict(list)

    def skip(self, reason, example):
        self.count[reason] += 1
        if len(self.examples[reason]) < 3:
            self.examples[reason].append(example)


def parse_dictionary(path, report):
    lines = open(path, encoding="utf-8").read().split("\n")
    synsets, blocks = {}, []
    section, current, block = None, None, None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if "SYNONYM SETS" in raw:
            section = "syn"
            continue
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if "TRANSFORMATIONS" in raw:
            section = "trans"
            continue
        if not line.strip():
            continue
        if section == "syn":
            if line.startswith("&"):
                current = line.strip().rstrip("_")
                synsets[current] = []
            elif line.startswith("+") and current:
                synsets[current].append(line[1:].strip())
        elif section == "verbs":
            h = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
            if h:
                block = {"name": h.group(1), "code": h.group(2).strip(), "verbs": [], "patterns": []}
                blocks.append(block)
            elif line.startswith("-") and block:
                block["patterns"].append((line[1:].strip(), comment))
            elif block:
                block["verbs"].append(line.strip())
        elif section == "trans" and line.startswith("~"):
            report.skip("transformation (attribution is read by the modality rules instead)", line.strip())
    return synsets, blocks


def verb_key(entry):
    """The verb as the dictionary's comments name it: ASK, ASK_FOR (lower case)."""
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", entry).strip()
    return head.replace("+", "").lower()


def parse_verb(entry, particles, preps, report):
    """(lemma, particle, prep, own code) of a verb line, or None."""
    code = None
    m = re.search(r"\[([^\]]*)\]", entry)
    if m:
        code = m.group(1).strip()
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", entry).strip()
    if not head:
        return None
    parts = head.split("_")
    verb = [p for p in parts if p.startswith("+")]
    verb = verb[0] if verb else parts[0]
    others = [p.lower() for p in parts if p != verb and p]
    lemma = verb.lstrip("+").lower()
    if not re.fullmatch(r"[a-z]+", lemma):
        report.skip("verb that is not one lower-case word", entry)
        return None
    particle = prep = ""
    if len(others) > 1:
        report.skip("multi-word verb of more than two words", entry)
        return None
    if others:
        if others[0] in particles:
            particle = others[0]
        elif others[0] in preps:
            prep = others[0]
        else:
            report.skip("multi-word verb whose second word is no particle or preposition", entry)
            return None
    return lemma, particle, prep, code


def split_code(code):
    """(active, passive) codes of [a], [a:p] or [:p]; '---' or empty is no code."""
    if ":" in code:
        a, p = code.split(":", 1)
    else:
        a, p = code, ""
    ok = lambda c: c if re.fullmatch(r"\d{2,4}", c.strip()) else None
    return ok(a.strip()), ok(p.strip())


def pp_head(words_, synsets):
    """The head lemmas of the noun phrase inside a prepositional phrase, or None when an actor, a source
    mark or more than a phrase is inside ("(IN ^)", "(TO +)", "(OF {BANNED PARTIES})" is one phrase)."""
    text = " ".join(words_)
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    ws = text.split()
    if not ws or any(w in ("+", "$", "^") or w.startswith("{") or w.endswith("}") for w in ws):
        return None
    head = ws[-1]
    if head.startswith("&"):
        members = synsets.get(head.rstrip("_"))
        return None if members is None else sorted({singular(phrase_head(x)) for x in members})
    if not re.fullmatch(r"[A-Z][A-Z-]*[A-Z]_?", head):
        return None
    return [singular(phrase_head(head))]


def subject_nouns(pre, synsets):
    """The head lemmas a pattern's one word before the verb allows its subject ("&MILITARY", "TROOP",
    "{RELIEF SUPPLIES}"), or None: more than one word, an actor or a synonym set inside a phrase, an
    adverb ("ETHNICALLY *", "ILLEGALLY *"), an auxiliary ("WILL *")."""
    if len(pre) != 1:
        return None
    t = pre[0]
    if t.startswith("{"):
        inner = t[1:-1].split()
        if not inner or any(x.startswith("&") or x in ("+", "$", "^", "%") for x in inner):
            return None
        t = inner[-1]
    if t.startswith("&"):
        members = synsets.get(t.rstrip("_"))
        return None if members is None else sorted({singular(phrase_head(x)) for x in members})
    if not re.fullmatch(r"[A-Z][A-Z-]*[A-Z]", t) or t.endswith("LY") or t in NOT_SUBJECTS:
        return None
    return [singular(phrase_head(t))]


# Words before the verb in a pattern that are no subject noun.
NOT_SUBJECTS = {"WILL", "RUN", "LIFT", "BOOST", "CLOAK", "SAID"}

PARTICLES = set()  # verb_particles.txt, read by convert()
# Particles that are as often prepositions ("die in battle", "embark on a trip") are not read as a
# pattern's particle, nor is a preposition its object ("* BACK TO").
PREPOSITIONS = {"in", "on", "through", "to", "into", "from", "with", "at", "for", "of", "by", "about", "toward", "towards"}

TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def read_pattern(text, synsets, report):
    """[(frame, noun)] a pattern stands for, with its code; or None with the reason reported."""
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if not m:
        report.skip("pattern without a code", text)
        return None
    code = m.group(1)
    body = text[: m.start()].strip()
    toks = TOKEN.findall(body)
    if "*" not in toks:
        report.skip("pattern without a verb mark", text)
        return None
    star = toks.index("*")
    pre, post = toks[:star], toks[star + 1:]
    pre = [t for t in pre if t not in ("$",)]
    if pre:
        # "&MILITARY *", "TROOP * [154]", "&REFUGEE * [075]": a constraint on the source's noun with
        # nothing after the verb (frame subj: the row's noun is the subject's lemma; the target is an
        # actor after a target or locative preposition of the verb, "troops arrived in Bosnia").
        subj = subject_nouns(pre, synsets) if not post else None
        if subj is None:
            report.skip("words before the verb (constraints on the source)", text)
            return None
        return code, [("subj", n, "") for n in subj if re.fullmatch(r"[a-z][a-z-]*", n)], ""
    nouns, prep, extra = None, None, False
    i = 0
    particle = ""
    if len(post) > 1 and post[0].lower() in PARTICLES and post[0].lower() not in PREPOSITIONS:
        # "* OFF TALK", "* UP BARRICADE": the verb's particle, then its object ("called off the talks").
        particle = post[0].lower()
        post = post[1:]
        if post[0].lower() in PREPOSITIONS:
            report.skip("particle followed by a bare preposition", text)
            return None
    r = read_post(code, post, nouns, prep, i, synsets, report, text)
    return None if r is None else (r[0], r[1], particle)


def read_post(code, post, nouns, prep, i, synsets, report, text):
    """The frames of the words after the verb (and its particle)."""
    if i < len(post) and post[i] == "+":
        i += 1
        if i < len(post):
            report.skip("object actor followed by more words (indirect-object patterns)", text)
            return None
        return code, [("obj", "", "")]
    if i < len(post) and not post[i].startswith("("):
        t = post[i]
        if t.startswith("&"):
            members = synsets.get(t.rstrip("_"))
            if members is None:
                report.skip("unknown synonym set", text)
                return None
            nouns = sorted({singular(phrase_head(x)) for x in members})
        elif t.startswith("{"):
            inner = t[1:-1].split()
            if any(x.startswith("&") or x in ("+", "$") for x in inner):
                report.skip("noun phrase with a synonym set or actor inside", text)
                return None
            nouns = [singular(phrase_head(inner[-1]))]
        elif re.fullmatch(r"[A-Z][A-Z-]*[A-Z]_?", t):
            nouns = [singular(phrase_head(t))]
        else:
            report.skip("object that is not a noun (%s)" % t, text)
            return None
        i += 1
    if i < len(post):
        t = post[i]
        if t.startswith("("):
            inner = t[1:-1].split()
            if len(inner) == 1 or (len(inner) == 2 and inner[1] == "+"):
                if re.fullmatch(r"[A-Z]+", inner[0]):
                    prep = inner[0].lower()
                else:
                    report.skip("preposition that is not one word", text)
                    return None
            elif nouns is not None and i + 1 == len(post) and re.fullmatch(r"[A-Z]+", inner[0]) \
                    and pp_head(inner[1:], synsets) is not None:
                # "* DEMONSTRATION (IN SOLIDARITY)": the object noun and the noun after a preposition
                # (of the verb or of the object) must both be there; the pp column holds the second.
                frames = []
                for m in pp_head(inner[1:], synsets):
                    frames += [("noun", n, inner[0].lower() + " " + m) for n in nouns
                               if re.fullmatch(r"[a-z][a-z-]*", n) and re.fullmatch(r"[a-z][a-z-]*", m)]
                return code, frames
            elif nouns is None and i + 1 == len(post) and re.fullmatch(r"[A-Z]+", inner[0]):
                # "* (FOR HELP)", "* (AGAINST TRAVEL)": the noun after the verb's preposition decides;
                # the target is found as for any verb (its object, a target preposition of the verb or
                # of that noun). A noun phrase's head is its last word, as for objects.
                pp_nouns = pp_head(inner[1:], synsets)
                if pp_nouns is None:
                    report.skip("prepositional phrase with a noun (a second noun constraint)", text)
                    return None
                return code, [("pp:" + inner[0].lower(), n, "") for n in pp_nouns if re.fullmatch(r"[a-z][a-z-]*", n)]
            else:
                report.skip("prepositional phrase with a noun (a second noun constraint)", text)
                return None
            i += 1
    if i < len(post):
        report.skip("more than one object and one prepositional phrase", text)
        return None
    if nouns is None and prep is None:
        return code, [("obj", "", "")]
    if nouns is None:
        return code, [("prep:" + prep, "", "")]
    frame = "prep:" + prep if prep else "noun"
    return code, [(frame, n, "") for n in nouns if re.fullmatch(r"[a-z][a-z-]*", n)]


def convert(shared):
    report = Report()
    table = cameo_plover(os.path.join(shared, "eval/dev/plover/CAMEO2PLOVER-2021.txt"))
    particles = words(os.path.join(LEX, "verb_particles.txt"))
    PARTICLES.update(particles)
    preps = words(os.path.join(shared, "reference/petrarch2/Phoenix.prepositions.txt"))
    light = words(os.path.join(LEX, "light_verbs.txt"))
    general = words(os.path.join(ROOT, "tools/cameo/general_verbs.txt"))
    hand_verbs = table_keys(os.path.join(LEX, "interaction_verbs.tsv"))
    hand_nouns = table_keys(os.path.join(LEX, "interaction_nouns.tsv"))
    # A light verb whose hand rows never read its direct object ("give in to", "launch … at") leaves its
    # object-noun patterns to the dictionary ("GIVE * PERMISSION", "LAUNCH * OPERATION"): no hand row can
    # say them, and the light-verb rules read only the nouns of interaction_nouns.tsv.
    hand_objects = object_readers(os.path.join(LEX, "interaction_verbs.tsv"))
    consult_verbs = words(os.path.join(LEX, "consult_object_verbs.txt"))
    # "LEAD * DELEGATION [036]" (express intent to meet): leading a delegation to Y is the visit itself,
    # as "SEND * DELEGATION [042:043]" is; an announced trip ("will lead a delegation to Y") is then a
    # planned visit, and only a stated intention to make it ("plans to lead …") an Agree, by the intent
    # convention. A 036 pattern whose object noun is a body sent (lexicon delegation_nouns) reads as 042.
    delegations = words(os.path.join(LEX, "delegation_nouns.txt"))
    # "OPEN * BORDER [080]", "REOPEN * BORDER [050]": opening a way undoes a closure (CLOSE * BORDER [172],
    # SLAM * BORDER [191]); PLOVER files letting people and goods through under RETREAT (086, access), not
    # a bare yield or praise. A verb of opening_verbs with a way of border_nouns or route_nouns reads 086.
    openers = words(os.path.join(LEX, "opening_verbs.txt"))
    ways = words(os.path.join(LEX, "border_nouns.txt")) | words(os.path.join(LEX, "route_nouns.txt"))
    # Object nouns the dictionary codes, under a verb whose object is the party met or received, as
    # something other than a meeting ("RECEIVE * ASSURANCE [:030]", "RECEIVE * LOAN [:071]"): such an
    # object is a thing received, not a guest. Nouns it also codes as a meeting ("RECEIVE * ENVOY") stay.
    things, guests = set(), set()
    synsets, blocks = parse_dictionary(os.path.join(shared, "reference/petrarch2/CAMEO.2.0.txt"), report)
    rows = {}
    patterns = 0
    for b in blocks:
        parsed = [(verb_key(e), parse_verb(e, particles, preps, report)) for e in b["verbs"]]
        verbs = [(k, v) for k, v in parsed if v]
        keys = {k for k, _ in parsed}
        readings = []  # (code, [(frame, noun)], source text, the verbs it was written for or None)
        for p, comment in b["patterns"]:
            patterns += 1
            r = read_pattern(p, synsets, report)
            if r:
                # The comment names the verb the coders wrote the pattern for ("# RUSH"); the block's
                # other verbs share only patterns whose comment names none of them ("cease fire" is
                # not "set fire").
                named = {t.lower() for t in re.findall(r"[A-Za-z_]+", comment)} & keys
                readings.append((r[0], r[1], p, named or None, r[2]))
        for key_, (lemma, particle_, vprep, own) in verbs:
            mine = []
            for code, frames, src, named, pparticle in readings:
                if pparticle and particle_ and pparticle != particle_:
                    report.skip("pattern's particle and the verb's differ", src)
                elif named is None or key_ in named:
                    mine.append((code, frames, src, pparticle))
                else:
                    report.skip("pattern written for another verb of the block (its comment names it)", src)
            bare = own if own else (b["code"] if b["code"] not in ("---", "") else None)
            if bare:
                # The bare verb's code (what PETRARCH codes when no pattern matches) is not imported: on
                # State Department releases 3 of 11 such claims were right ("served as ambassador to",
                # "wanted Ukraine"); patterns with an object noun or a preposition are.
                report.skip("bare verb code, no pattern (too weak a sign in running text)", lemma + " [" + bare + "]")
            for code, frames, src, pparticle in mine:
                particle = particle_ or pparticle
                active, passive = split_code(code)
                if active is None and passive is None:
                    # A null code stops the verb being coded in that frame: kept as a row of class
                    # "none", which wins over the verb's less specific rows and yields nothing.
                    if code.strip() == "---":
                        for frame, noun, pp in frames:
                            if noun and not vprep and lemma not in hand_verbs:
                                rows.setdefault((lemma, particle, frame, noun, "", pp), ("---", "none"))
                    continue
                for frame, noun, pp in frames:
                    if frame.startswith("pp:") and vprep:
                        report.skip("prepositional phrase with a noun on a verb with its own preposition", src)
                        continue
                    if vprep:
                        if frame in ("obj", "any"):
                            frame = "prep:" + vprep
                        elif frame == "noun":
                            frame = "prep:" + vprep
                        elif frame != "prep:" + vprep:
                            report.skip("verb's preposition and pattern's preposition differ", src)
                            continue
                    for voice, c in (("", active), ("passive", passive)):
                        if c is None:
                            continue
                        if c == "036" and frame == "noun" and noun in delegations:
                            c = "043" if voice else "042"
                        if lemma in openers and frame == "noun" and noun in ways and not voice:
                            c = "086"
                        # Session 31: "CALL * (FOR END) [053]" codes "we call for an end to Russia's
                        # aggression" as rallying support, and the noun's "to" actor became the one supported
                        # (USA Support RUS). Calling for an end to another's act is an appeal to that party
                        # to stop, as the dictionary's own APPEAL block codes the same pattern (0256).
                        if c == "053" and frame == "pp:for" and noun == "end":
                            c = "0256"
                        cls = plover(table, c)
                        if lemma in consult_verbs and frame == "noun" and noun and not pp:
                            (guests if cls == "Consult" else things).add(noun)
                        if cls is None:
                            report.skip("CAMEO 01 (public statement): no PLOVER event", src)
                            continue
                        # A hand verb keeps its patterns with a noun after a preposition (frame pp:P),
                        # which its hand rows cannot say; its other patterns are left to the hand rows.
                        light_noun = (frame == "noun" and noun and not particle and not pp
                                      and lemma in light and lemma not in hand_objects)
                        if lemma in hand_verbs and not frame.startswith("pp:") and not light_noun:
                            report.skip("verb already in interaction_verbs.tsv (its hand-written rows decide)", lemma)
                            continue
                        if not noun and lemma in general:
                            report.skip("general verb with no noun (tools/cameo/general_verbs.txt)", lemma)
                            continue
                        if not noun and lemma in light:
                            report.skip("light verb with no noun (light_verbs.txt: the noun decides)", lemma)
                            continue
                        if noun and lemma in light and noun in hand_nouns:
                            report.skip("light verb with a noun of interaction_nouns.tsv", lemma + " " + noun)
                            continue
                        key = (lemma, particle, frame, noun, voice, pp)
                        if key in rows and rows[key] != (c, cls):
                            report.skip("same verb, frame and noun coded twice (the first code is kept)",
                                        " ".join(key) + " " + c)
                            continue
                        rows.setdefault(key, (c, cls))
    out = ["# GENERATED by tools/cameo/cameo_verbs.py from PETRARCH2's CAMEO.2.0.txt (MIT, openeventdata/petrarch2)",
           "# and CAMEO2PLOVER-2021.txt; do not edit by hand: edit the converter or interaction_verbs.tsv.",
           "# Columns: lemma, particle (compound:prt), frame (obj | prep:P | noun | any | subj), noun (the verb's object",
           "# lemma; for subj, the subject's),",
           "# voice (passive: the code of a passive verb), cameo (CAMEO event code), class (PLOVER class; none: a null",
           "# code [---], which stops the verb being coded with that noun); pp (\"in solidarity\": a preposition and the noun",
           "# after it, of the verb or of its object noun, that must be there too).",
           "lemma\tparticle\tframe\tnoun\tvoice\tcameo\tclass\tpp"]
    lines = []
    for key in rows:
        c, cls = rows[key]
        lines.append("\t".join(key[:5]) + "\t" + c + "\t" + cls + "\t" + key[5])
    out += sorted(lines)
    text = "\n".join(out) + "\n"
    things_text = "\n".join(
        ["# GENERATED by tools/cameo/cameo_verbs.py from PETRARCH2's CAMEO.2.0.txt: object nouns the dictionary",
         "# codes, under a verb of consult_object_verbs.txt, as no meeting (\"RECEIVE * ASSURANCE [:030]\",",
         "# \"RECEIVE * LOAN [:071]\"): a thing received or met, not a party. Read by consult-verb-object."]
        + sorted(things - guests)) + "\n"
    rep = ["# CAMEO verb dictionary import: what was and was not expressed", "",
           "Generated by `tools/cameo/cameo_verbs.py`; counts are deterministic. A count is of patterns for the",
           "pattern-level reasons (syntax the rules cannot read), else of (verb, pattern) pairs: a block's",
           "patterns go to each of its verbs.", "",
           "* verb blocks: %d; pattern lines: %d; synonym sets: %d" % (len(blocks), patterns, len(synsets)),
           "* rows written to `cameo_verbs.tsv`: %d (distinct verbs: %d)" % (len(rows), len({k[0] for k in rows})),
           "", "## Not expressed, by reason", "", "| reason | count | examples |", "|---|---|---|"]
    for reason, n in sorted(report.count.items(), key=lambda x: (-x[1], x[0])):
        ex = "; ".join("`%s`" % e.replace("|", "\\|") for e in report.examples[reason])
        rep.append("| %s | %d | %s |" % (reason, n, ex))
    return text, "\n".join(rep) + "\n", things_text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, rep, things = convert(a.shared)
    outputs = ((OUT, text), (REPORT, rep), (THINGS, things))
    if a.check:
        same = all(os.path.exists(p) and open(p, encoding="utf-8").read() == t for p, t in outputs)
        print("cameo_verbs.tsv, REPORT.md and consult_object_things.txt are %s"
              % ("up to date" if same else "NOT what the converter makes"))
        sys.exit(0 if same else 1)
    for p, t in outputs:
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(t)
    print("wrote %s, %s and %s" % (OUT, REPORT, THINGS))


if __name__ == "__main__":
    main()
