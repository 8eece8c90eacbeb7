#!/usr/bin/env python3
"""Perturbed claims: turn every claim a gold set marks `supported` into claims a careful
reader marks `contradicted`, and count what the checker says of them.

The sets of claims in other words (`eval/`, `../shared/eval/dev-claims.yaml`) measure how
often a wording is understood; they say little of whether a contradiction the checker
finds in one wording is found in every other. This script writes, from each supported
claim, the same claim with one fact changed, by rule and without reading the sources:

  figure   an exact figure doubled (one under 4 plus three; a decimal's whole part):
           "35 servers" -> "70 servers", "5,8 mètres" -> "10,8 mètres"; not a year, a day
           of a month, a bound or an approximation ("more than 80")
  day      the day of a date moved by one, its weekday dropped: "22 July" -> "23 July"
  weekday  a weekday written before a day moved to the next: "Thursday 22 July" ->
           "Friday 22 July" (the weekday no longer fits the date)
  year     a year moved by two: "in 2016" -> "in 2018"
  negation the claim's verb negated: French "a/ont/est/sont/avait ... <participle>" ->
           "n'a pas ...", English "was/were/has/have/had/is/are/will/can" -> "... not",
           an English past in -ed or an irregular past of data/ -> "did not <base>" (the
           base checked against WordNet's verbs, /usr/share/wordnet/index.verb)

A perturbed claim may still be true (a start year moved later under a negation, "had not
met since 2015" when the first meeting since 2013 is written): read the `supported`
ones by hand before taking them for errors. The `unverified` ones are contradictions the
checker misses; the `supported` ones are false supports.

usage: scripts/perturb_claims.py [--bin PATH] [-v] [--kinds figure,day,...]
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
EC = os.path.join(ROOT, "eval", "english-corpus")
FC = os.path.join(ROOT, "eval", "french-corpus")
SEEDS = os.path.join(SHARED, "seeds")

MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
          "January|February|March|April|May|June|July|August|September|October|November|December")
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
BOUND = re.compile(r"\b(more than|over|at least|about|around|roughly|nearly|almost|some|up to|"
                   r"fewer than|less than|under|plus de|moins de|au moins|environ|près de|"
                   r"presque|quelque|jusqu'à|une? \w+aine)\s*$", re.I)
NEGATED = re.compile(r"\b(not|n't|never|no|neither|nor|ne|n'|pas|jamais|aucun|aucune|sans)\b", re.I)


def gold_sets():
    """(name, claims file, sources folder) of every set with gold verdicts."""
    sets = [("dev", os.path.join(SHARED, "eval", "dev-claims.yaml"), SEEDS),
            ("para", os.path.join(ROOT, "eval", "paraphrase-claims.yaml"), SEEDS),
            ("probe", os.path.join(ROOT, "eval", "probe-claims.yaml"), SEEDS)]
    sets += [(f"probe{i}", os.path.join(ROOT, "eval", f"probe{i}-claims.yaml"), SEEDS) for i in range(2, 100)]
    sets += [("eng", os.path.join(EC, "claims.yaml"), os.path.join(EC, "sources")),
             ("engp", os.path.join(EC, "probe-claims.yaml"), os.path.join(EC, "sources"))]
    sets += [(f"engp{i}", os.path.join(EC, f"probe{i}-claims.yaml"), os.path.join(EC, "sources")) for i in range(2, 100)]
    sets += [("frc", os.path.join(FC, "claims.yaml"), os.path.join(FC, "sources"))]
    return [s for s in sets if os.path.exists(s[1])]


def english_pasts():
    """Irregular English past -> base, from the project's form tables."""
    pasts = {}
    for path in ("data/en-irregular.tsv", "data/lexicon/en-forms.tsv"):
        for line in open(os.path.join(ROOT, path), encoding="utf-8"):
            if line.startswith("#") or "\t" not in line:
                continue
            form, base = line.rstrip("\n").split("\t")[:2]
            pasts.setdefault(form, base)
    return pasts


def wordnet_verbs():
    path = "/usr/share/wordnet/index.verb"
    if not os.path.exists(path):
        return set()
    return {l.split(" ", 1)[0].replace("_", " ") for l in open(path, encoding="latin-1") if not l.startswith(" ")}


def figure(text):
    for m in re.finditer(r"(?<![\w\-.,])(\d{1,3}(?:[ ,.]\d{3})*|\d+)(?![\w\-])", text):
        s = m.group(1)
        v = int(re.sub(r"\D", "", s))
        after, before = text[m.end():m.end() + 12], text[:m.start()]
        if re.match(r"\s*(%s)" % MONTHS, after) or re.search(r"(%s)\s*$" % MONTHS, before):
            continue
        if 1900 <= v <= 2030 or BOUND.search(before) or re.search(r"[A-Z]-?\s*$", before):
            continue
        n = v * 2 if v >= 4 else v + 3
        sep = "," if "," in s else (" " if " " in s else ("." if "." in s else ""))
        ns = f"{n:,}".replace(",", sep) if sep else str(n)
        return text[:m.start()] + ns + text[m.end():]
    return None


def day(text):
    m = re.search(r"\b(\d{1,2})(er)? (%s)\b" % MONTHS, text)
    if not m:
        return None
    d = int(m.group(1))
    out = text[:m.start(1)] + str(d + 1 if d < 28 else d - 1) + text[m.end(2) if m.group(2) else m.end(1):]
    days = "|".join(WEEKDAYS_EN + WEEKDAYS_FR)
    return re.sub(r"\b(%s),? (the )?(?=\d)" % days, "", out)


def weekday(text):
    for pattern, names in ((r"\b(%s)\b(?=,? (the )?\d)" % "|".join(WEEKDAYS_EN), WEEKDAYS_EN),
                           (r"\b(%s)\b(?= \d)" % "|".join(WEEKDAYS_FR), WEEKDAYS_FR)):
        m = re.search(pattern, text)
        if m:
            return text[:m.start()] + names[(names.index(m.group(1)) + 1) % 7] + text[m.end():]
    return None


def year(text):
    m = re.search(r"\b(19[5-9]\d|20[0-2]\d)\b", text)
    return text[:m.start()] + str(int(m.group(1)) + 2) + text[m.end():] if m else None


def negation(text, pasts, verbs):
    if NEGATED.search(text):
        return None
    m = re.search(r"\b(a|ont|est|sont|avait|avaient|était|étaient)\s+(\w+(?:é|i|u|is|it)(?:e|s|es)?)\b", text)
    if m:
        aux = m.group(1)
        neg = ("n'" if aux[0] in "aeéio" else "ne ") + aux + " pas"
        return text[:m.start()] + neg + " " + m.group(2) + text[m.end():]
    if re.search(r"[éèàçêû]", text):
        return None
    m = re.search(r"\b(was|were|has|have|had|is|are|will|can)\s+(\w+)", text)
    if m:
        return text[:m.end(1)] + " not" + text[m.end(1):]
    for m in re.finditer(r"(?<=[a-z] )(\w+)\b", text):
        w = m.group(1)
        if text[:m.start()].split()[-1].lower() in ("the", "a", "an", "its", "his", "her", "their"):
            continue
        base = pasts.get(w)
        if base is None and w.endswith("ed"):
            stems = [w[:-3] + "y" if w.endswith("ied") else None, w[:-1], w[:-2],
                     w[:-3] if len(w) > 4 and w[-3] == w[-4] else None]
            base = next((b for b in stems if b and b in verbs), None)
        if base and base in verbs:
            return text[:m.start()] + "did not " + base + text[m.end():]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "claimcheck"))
    ap.add_argument("--kinds", default="figure,day,weekday,year,negation")
    ap.add_argument("-v", action="store_true", help="list the perturbed claims not contradicted")
    a = ap.parse_args()
    pasts, verbs = english_pasts(), wordnet_verbs()
    makers = {"figure": figure, "day": day, "weekday": weekday, "year": year,
              "negation": lambda t: negation(t, pasts, verbs)}
    kinds = a.kinds.split(",")
    by_sources = collections.defaultdict(list)
    for name, path, sources in gold_sets():
        for g in yaml.safe_load(open(path, encoding="utf-8"))["claims"]:
            if g.get("gold") != "supported":
                continue
            for kind in kinds:
                text = makers[kind](g["text"])
                if text and text != g["text"]:
                    by_sources[sources].append((kind, f"{name}:{g['id']}", text))
    counts = collections.Counter()
    rows = []
    for sources, claims in sorted(by_sources.items()):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "claims.yaml")
            yaml.safe_dump({"claims": [{"id": f"p{i}", "text": t} for i, (_, _, t) in enumerate(claims)]},
                           open(path, "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
            p = subprocess.run([a.bin, "check", "--claims", path, "--sources", sources, "--format", "json",
                                "--fail-on", "none", "-q"], capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(p.stderr)
                return 1
            verdicts = {c["id"]: c["verdict"] for c in json.loads(p.stdout)["claims"]}
        for i, (kind, origin, text) in enumerate(claims):
            v = verdicts[f"p{i}"]
            counts[(kind, v)] += 1
            rows.append((kind, v, origin, text))
    for kind in kinds:
        n = sum(c for (k, _), c in counts.items() if k == kind)
        if n:
            got = ", ".join(f"{v} {counts[(kind, v)]}" for v in ("contradicted", "disputed", "unverified", "supported")
                            if counts[(kind, v)])
            print(f"{kind:9} {counts[(kind, 'contradicted')] + counts[(kind, 'disputed')]}/{n} found ({got})")
    if a.v:
        for kind, v, origin, text in rows:
            if v not in ("contradicted", "disputed"):
                print(f"  {kind:9} {v:11} {origin:16} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
