#!/usr/bin/env python3
"""Generate data/lexicon/fr-verb-forms.tsv: French verb forms whose stem is not their
infinitive's, each with its infinitive, so that every form of a verb gets one key.

The French Snowball stemmer cuts regular endings, but the stems of many forms differ
from their infinitive's: "prévient"/"préviendra"/"prévenir", "pris"/"prendre",
"attendaient"/"attendre", "jette"/"jeter". Such a form then meets neither the other
forms of its verb nor the bilingual lexicon's entry (keyed by the infinitive's stem),
so "préviendra" is not "prévient" and "pris" is not "took". English has the same gap,
filled by data/en-irregular.tsv.

Input (a Debian package, nothing fetched from the web): apertium-fr-es's French
morphological analyser (fr-es.automorf.bin, GPL-2.0-or-later), read with `lt-print`
(Debian package lttoolbox-dev) through gen_lexicon.py's path reader. Every lower-case
single-word form whose analyses are all verb analyses of one infinitive is kept when,
folded as claimcheck folds words (lower case, no accents), its Snowball stem differs
from its infinitive's (the `snowballstemmer` package from PyPI, the same algorithm as
the Rust `rust-stemmers` crate: scripts/requirements-gen.txt). Forms that are also a
noun or an adjective ("mort", "été", "fait", "suis") are left alone: their other
reading would take the verb's meaning.

Those of them that are a verb's past participle go to data/lexicon/fr-participles.tsv
instead ("mort" -> "mourir", "élu" -> "élire", "ouvert" -> "ouvrir"): claimcheck reads
them as the verb only after an auxiliary ("est mort", "a été élu", "a ouvert"), where
the participle is a verb form, and as themselves elsewhere ("la mort de").

It also writes data/lexicon/fr-not-conditional.txt: the words ending in -rait/-raient
that no analysis reads as a conditional: imperfects of verbs whose stem ends in -r
("déclarait", "espérait", "ouvrait"), presents ("disparaît") and nouns ("retrait",
"portrait", "extrait"). claimcheck takes a word with that ending for the French
conditional, a hedge ("fermerait"), unless it is one of these.

usage: scripts/gen_verb_forms.py [--debs DIR] [--check]
"""
import collections, os, re, sys
from generated import fold, write_or_check
import gen_lexicon

try:
    import snowballstemmer
except ImportError:
    sys.exit("needs the snowballstemmer package: python3 -m pip install -r scripts/requirements-gen.txt")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon", "fr-verb-forms.tsv")
PARTICIPLES = os.path.join(ROOT, "data", "lexicon", "fr-participles.tsv")
NOT_CONDITIONAL = os.path.join(ROOT, "data", "lexicon", "fr-not-conditional.txt")
VERBS = {"vblex", "vbmod", "vbser", "vbhaver"}
TAG = re.compile(r"<([^>]+)>")


def forms(paths):
    """Folded form -> set of (folded lemma, part of speech, is a past participle)
    over its analyses."""
    out = collections.defaultdict(set)
    for surface, analysis in paths:
        # single words as written in lower case; no enclitics, no multi-word entries
        if not re.fullmatch(r"[^\W\d_]+", surface) or not surface[0].islower():
            continue
        if "+" in analysis or "#" in analysis:
            continue
        tags = TAG.findall(analysis)
        lemma = fold(analysis.split("<", 1)[0])
        out[fold(surface)].add((lemma, tags[0] if tags else "", "pp" in tags))
    return out


def not_conditionals(paths):
    """Folded lower-case words ending in -rait/-raient with no conditional analysis."""
    conditional = collections.defaultdict(bool)
    for surface, analysis in paths:
        if not re.fullmatch(r"[^\W\d_]+", surface) or not surface[0].islower():
            continue
        if "+" in analysis or "#" in analysis:
            continue
        word = fold(surface)
        if word.endswith("rait") or word.endswith("raient"):
            conditional[word] |= "cni" in TAG.findall(analysis)
    return sorted(w for w, c in conditional.items() if not c)


def table(analyses):
    """(rows of the verb forms' table, rows of the participles' table)."""
    stem = snowballstemmer.stemmer("french").stemWord
    rows, participles = [], []
    for form, readings in sorted(analyses.items()):
        verbs = {lemma for lemma, pos, _ in readings if pos in VERBS}
        if len(verbs) != 1:
            continue
        lemma = verbs.pop()
        if form == lemma or stem(form) == stem(lemma):
            continue
        if all(pos in VERBS for _, pos, _ in readings):
            if len({lemma for lemma, _, _ in readings}) == 1:
                rows.append(f"{form}\t{lemma}")
        elif any(pos in VERBS and pp for _, pos, pp in readings):
            participles.append(f"{form}\t{lemma}")
    return rows, participles


def main():
    args = sys.argv[1:]
    check = "--check" in args
    debs = args[args.index("--debs") + 1] if "--debs" in args else None
    share = gen_lexicon.fetch(debs, ["apertium-fr-es"])
    automorf = os.path.join(share, "apertium", "apertium-fr-es", "fr-es.automorf.bin")
    paths = gen_lexicon.word_paths(automorf)
    rows, participles = table(forms(paths))
    not_conditional = not_conditionals(paths)
    header = (
        "# French verb forms whose Snowball stem differs from their infinitive's -> the\n"
        "# infinitive, folded (generated by scripts/gen_verb_forms.py from Apertium's French\n"
        "# analyser in apertium-fr-es, GPL-2.0-or-later; see data/README.md)\n"
        "# form\tinfinitive\n"
    )
    participles_header = (
        "# French past participles that are also a noun or an adjective -> the verb's\n"
        "# infinitive, folded; read as the verb after an auxiliary only (\"est mort\", \"a été\n"
        "# élu\"); generated by scripts/gen_verb_forms.py from Apertium's French analyser in\n"
        "# apertium-fr-es, GPL-2.0-or-later; see data/README.md\n"
        "# form\tinfinitive\n"
    )
    script = "scripts/gen_verb_forms.py"
    stale = write_or_check(OUT, header + "\n".join(rows) + "\n", check, script)
    stale |= write_or_check(PARTICIPLES, participles_header + "\n".join(participles) + "\n", check, script)
    not_conditional_header = (
        "# French words ending in -rait/-raient that are no conditional (imperfects, presents,\n"
        "# nouns), folded; generated by scripts/gen_verb_forms.py from Apertium's French\n"
        "# analyser in apertium-fr-es, GPL-2.0-or-later; see data/README.md\n"
    )
    stale |= write_or_check(
        NOT_CONDITIONAL, not_conditional_header + "\n".join(not_conditional) + "\n", check, script
    )
    return stale


if __name__ == "__main__":
    sys.exit(main())
