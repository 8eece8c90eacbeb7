#!/usr/bin/env python3
"""Generate data/lexicon/fr-en.tsv: a French -> English word lexicon from packaged dictionaries.

Inputs (Debian packages, nothing fetched from the web; all GPL-2.0-or-later data):
  - apertium-fr-es (fr-es.autobil.bin) and apertium-eng-spa (spa-eng.autobil.bin): the
    Apertium bilingual dictionaries, composed French -> Spanish -> English on lemma and
    part of speech. Modern vocabulary (serveur -> server, logiciel -> software).
  - dict-freedict-fra-eng and dict-freedict-eng-fra: the FreeDict dictionaries (dictd
    format), the second one inverted. Older, smaller, but independent of the pivot.
  - apertium-fra-cat (fra-cat.autobil.bin) and apertium-eng-cat (cat-eng.autobil.bin): a
    second pivot, French -> Catalan -> English, read last and only for the French lemmas
    the first two lack (some 10,700): its further senses of known words made unrelated
    words meet.
    Its transducers keep their regular-expression parts in the same section as the
    words: paths through a cycle are left out.
Reading the Apertium transducers needs `lt-print` (Debian package lttoolbox-dev).

usage: scripts/gen_lexicon.py [--debs DIR] [--check]
  --debs DIR  use the .deb files already in DIR instead of `apt-get download`
  --check     exit 1 when data/lexicon/fr-en.tsv differs from what the inputs give

The hand-written news-domain glossary (data/lexicon/domain.tsv) is kept apart and wins at
run time; this file only adds general vocabulary.
"""
import collections, gzip, os, re, subprocess, sys, tempfile, unicodedata
from generated import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon", "fr-en.tsv")
PACKAGES = [
    "apertium-fr-es",
    "apertium-eng-spa",
    "dict-freedict-fra-eng",
    "dict-freedict-eng-fra",
    "apertium-fra-cat",
    "apertium-eng-cat",
]
# parts of speech kept from Apertium: nouns, verbs, adjectives, adverbs
KEEP_POS = {"n", "vblex", "vbmod", "adj", "adv"}
MAX_TRANSLATIONS = 6


def fetch(debs, packages=PACKAGES):
    """Unpack the Debian `packages` (downloaded unless `debs` holds them); their
    /usr/share."""
    work = tempfile.mkdtemp(prefix="cc-lex-")
    if debs is None:
        debs = work
        subprocess.run(["apt-get", "download", *packages], cwd=debs, check=True, capture_output=True)
    for name in os.listdir(debs):
        if name.endswith(".deb") and any(name.startswith(p + "_") for p in packages):
            subprocess.run(["dpkg-deb", "-x", os.path.join(debs, name), os.path.join(work, "x")], check=True)
    return os.path.join(work, "x", "usr", "share")


def sections(binary):
    """(arcs, finals) of each section of an lttoolbox transducer (`lt-print`)."""
    text = subprocess.run(["lt-print", binary], check=True, capture_output=True, text=True).stdout
    for section in text.split("\n--\n"):
        arcs, finals = collections.defaultdict(list), set()
        for line in section.splitlines():
            p = line.split("\t")
            if len(p) <= 2:
                if p[0]:
                    finals.add(int(p[0]))
                continue
            s, d, i, o = int(p[0]), int(p[1]), p[2], p[3]
            i = "" if i == "ε" else (" " if i == "@_SPACE_@" else i)
            o = "" if o == "ε" else (" " if o == "@_SPACE_@" else o)
            arcs[s].append((d, i, o))
        yield arcs, finals


def on_cycles(arcs):
    """The states that lie on a cycle (Tarjan's strongly connected components,
    without recursion)."""
    index, low, on_stack, stack, cyclic = {}, {}, set(), [], set()
    nodes = set(arcs) | {d for v in arcs.values() for d, _, _ in v} | {0}
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, k = work.pop()
            if k == 0:
                index[v] = low[v] = len(index)
                stack.append(v)
                on_stack.add(v)
            succ = arcs.get(v, [])
            if k < len(succ):
                work.append((v, k + 1))
                w = succ[k][0]
                if w not in index:
                    work.append((w, 0))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            for w, _, _ in succ:
                if w in on_stack:
                    low[v] = min(low[v], low[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1 or any(d == v for d, _, _ in arcs.get(v, [])):
                    cyclic.update(comp)
    return cyclic


def word_paths(binary):
    """All (input, output) paths of an lttoolbox transducer that pass through no
    cycle: its words, without the regular-expression parts."""
    out = []
    for arcs, finals in sections(binary):
        cyclic = on_cycles(arcs)
        stack = [(0, "", "")]
        while stack:
            s, a, b = stack.pop()
            if s in finals:
                out.append((a, b))
            for d, i, o in arcs[s]:
                if d not in cyclic:
                    stack.append((d, a + i, b + o))
    return out


def att_paths(binary, skip):
    """All (input, output) paths of the acyclic sections of an lttoolbox transducer."""
    out = []
    for k, (arcs, finals) in enumerate(sections(binary)):
        if k in skip:
            continue
        stack = [(0, "", "", frozenset([0]))]
        while stack:
            s, a, b, seen = stack.pop()
            if s in finals:
                out.append((a, b))
            for d, i, o in arcs[s]:
                if d not in seen:
                    stack.append((d, a + i, b + o, seen | {d}))
    return out


TAG = re.compile(r"<([^>]+)>")


def lemma_pos(analysis):
    tags = TAG.findall(analysis)
    return analysis.split("<", 1)[0], (tags[0] if tags else "")


def clean(word):
    word = unicodedata.normalize("NFC", word.strip())
    if not word or "#" in word or any(c.isdigit() for c in word) or len(word.split()) > 3:
        return None
    if not re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*", word):
        return None
    return word.lower() if not word.isupper() else None


def apertium(share):
    fr_es = att_paths(os.path.join(share, "apertium", "apertium-fr-es", "fr-es.autobil.bin"), {0})
    es_en = att_paths(os.path.join(share, "apertium", "apertium-eng-spa", "spa-eng.autobil.bin"), {2})
    return pivot(fr_es, es_en)


def apertium_catalan(share):
    fr_ca = word_paths(os.path.join(share, "apertium", "apertium-fra-cat", "fra-cat.autobil.bin"))
    ca_en = word_paths(os.path.join(share, "apertium", "apertium-eng-cat", "cat-eng.autobil.bin"))
    return pivot(fr_ca, ca_en)


def pivot(fr_es, es_en):
    """French -> English through a third language, on lemma and part of speech."""
    es_to_en = collections.defaultdict(list)
    for es, en in es_en:
        (el, ep), (nl, _) = lemma_pos(es), lemma_pos(en)
        if ep in KEEP_POS and nl not in es_to_en[(el, ep)]:
            es_to_en[(el, ep)].append(nl)
    pairs = collections.defaultdict(list)
    for fr, es in fr_es:
        (fl, fp), (sl, _) = lemma_pos(fr), lemma_pos(es)
        if fp not in KEEP_POS:
            continue
        for en in es_to_en.get((sl, fp), []):
            pairs[fl].append(en)
    return pairs


def dictd(base):
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def num(s):
        n = 0
        for c in s:
            n = n * 64 + b64.index(c)
        return n

    data = gzip.open(base + ".dict.dz").read()
    for line in open(base + ".index", encoding="utf-8"):
        head, off, length = line.rstrip("\n").split("\t")
        if head.startswith("00database"):
            continue
        body = data[num(off) : num(off) + num(length)].decode("utf-8")
        senses = body.split("\n", 1)[1] if "\n" in body else ""
        senses = re.sub(r"\([^)]*\)", " ", senses)
        senses = re.sub(r"(^|\s)\d+\.\s", "\n", senses)
        translations = [t for t in re.split(r"[,;\n]", senses) if t.strip()]
        yield head, translations


def freedict(share):
    pairs = collections.defaultdict(list)
    base = os.path.join(share, "dictd")
    for fr, ens in dictd(os.path.join(base, "freedict-fra-eng")):
        pairs[fr.lower()].extend(ens)
    for en, frs in dictd(os.path.join(base, "freedict-eng-fra")):
        for fr in frs:
            pairs[fr.strip().lower()].append(en)
    return pairs


def build(share):
    merged = collections.defaultdict(list)
    for k, source in enumerate((apertium(share), freedict(share), apertium_catalan(share))):
        for fr, ens in source.items():
            fr = clean(fr)
            if not fr:
                continue
            # the second pivot only for words the first two lack: its extra
            # senses of known words make unrelated words meet
            if k == 2 and merged.get(fr):
                continue
            for en in ens:
                en = clean(en)
                if en and en not in merged[fr]:
                    merged[fr].append(en)
    lines = [
        "# Generated by scripts/gen_lexicon.py; do not edit (the hand-written glossary is domain.tsv).",
        "# Sources: Debian apertium-fr-es 0.9.4 + apertium-eng-spa 0.8.1 (French -> Spanish -> English",
        "# pivot), dict-freedict-fra-eng and dict-freedict-eng-fra 2022.04.21 (FreeDict), then",
        "# apertium-fra-cat 1.10.0 + apertium-eng-cat 1.0.1 (French -> Catalan -> English pivot).",
        "# Licence of this data: GPL-3.0-or-later (see data/README.md).",
        "# fr\ten (at most %d, best first)" % MAX_TRANSLATIONS,
    ]
    for fr in sorted(merged):
        ens = [e for e in merged[fr] if e != fr][:MAX_TRANSLATIONS]
        if ens:
            lines.append(fr + "\t" + "|".join(ens))
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    debs = args[args.index("--debs") + 1] if "--debs" in args else None
    text = build(fetch(debs))
    return write_or_check(OUT, text, "--check" in args, "scripts/gen_lexicon.py")


if __name__ == "__main__":
    sys.exit(main())
