#!/usr/bin/env python3
"""Generate data/lexicon/en-forms.tsv and en-verbs.txt: English irregular verb forms and noun plurals whose
stem is not their base form's, each with its base form ("wrote" -> "write", "thieves" ->
"thief", "millennia" -> "millennium"), so that every form of a word has one key.

data/en-irregular.tsv is the hand-written core (and says which forms are verbs); this
file extends it from WordNet's exception lists, the irregular inflections its own
lemmatiser reads, and the "-men" plurals of its "-man" nouns, which its suffix rules derive
("fishermen" -> "fisherman"). Input (a Debian package, nothing fetched from the web): `wordnet-base`
(Princeton WordNet 3.0, /usr/share/wordnet/verb.exc and noun.exc). A form is kept when
  - it is one word with one base form (not "found" -> find or found),
  - it is no regular inflection of a WordNet verb that SemCor tags at least half as often
    as its base (cntlist.rev): "lives" is "live" + s (240 tags) as well as the plural of
    "life" (256), "imagines" is "imagine" + s (77) and no "imago" (0); such a form keeps
    its own stem, which its verb reading needs ("Dulac lives in Halden" / "habite à
    Halden"); "thieves" stays "thief" (10) beside the rare "thieve" (0),
  - it is no noun or verb of its own in WordNet ("saw" is, the tool; a participle that
    is an adjective, "built", "given", is the verb's), or SemCor never tags it as
    one while it tags the verb often (a verb form: "shook", WordNet's bundle of staves,
    "drew", "ate" have 0 tags, "shake" as a verb 80; "ground", "wound", "thought", "left"
    are tagged as words of their own and stay out; a rare noun's plural tells nothing,
    "stamina" is no "stamen"),
  - its Snowball stem differs from its base form's (the `snowballstemmer` package from
    PyPI, the same algorithm as the Rust `rust-stemmers` crate;
    scripts/requirements-gen.txt), so the row changes something.
Adjectives' comparatives ("better" -> "good") are left out: a comparison is not its base.
en-verbs.txt lists the words WordNet knows only as verbs ("depend", "exceed", "remain"),
which end a noun phrase ("30 suppliers depend on the plant").

usage: scripts/gen_en_forms.py [--check]
"""
import collections, os, sys
from generated import write_or_check
from gen_synonyms import WN, ensure_package

try:
    import snowballstemmer
except ImportError:
    sys.exit("needs the snowballstemmer package: python3 -m pip install -r scripts/requirements-gen.txt")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon", "en-forms.tsv")
VERBS_OUT = os.path.join(ROOT, "data", "lexicon", "en-verbs.txt")


def lemmas(pos):
    with open(os.path.join(WN, f"index.{pos}"), encoding="latin-1") as f:
        return {line.split(" ", 1)[0] for line in f if not line.startswith(" ")}


def tag_counts():
    """SemCor's tag count of each lemma and part of speech (1 noun, 2 verb), summed
    over its senses, from WordNet's cntlist.rev ("life%1:26:01:: 13 66")."""
    counts = collections.Counter()
    with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, sense = key.split("%", 1)
            counts[(lemma, sense[0])] += int(count)
    return counts


def regular_verb_of(form, verbs):
    """The verbs of `verbs` that `form` inflects with a regular ending: -s/-es/-ies,
    -ed/-ied, -ing, with a final e dropped or a consonant doubled."""
    candidates = []
    for ending, restore in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            base = form[: -len(ending)]
            candidates.append(base + restore)
            if restore == "" and len(base) > 2 and base[-1] == base[-2]:
                candidates.append(base[:-1])
    return [c for c in candidates if c in verbs]


# SemCor tags of a verb above which a form of it that SemCor never tags as a
# word of its own is taken for the verb's (rarer verbs' forms tell nothing)
OFTEN_TAGGED_VERB = 10


def main():
    ensure_package()
    own_words = lemmas("noun") | lemmas("verb")
    verbs = lemmas("verb")
    counts = tag_counts()

    def verb_reading_common(form, base):
        noun = counts[(base, "1")]
        return any(2 * counts[(verb, "2")] >= noun > 0 or counts[(verb, "2")] > noun
                   for verb in regular_verb_of(form, verbs) if verb != base)
    stem = snowballstemmer.stemmer("english").stemWord
    bases = collections.defaultdict(set)
    verb_forms = set()
    for pos in ("verb", "noun"):
        with open(os.path.join(WN, f"{pos}.exc"), encoding="latin-1") as f:
            for line in f:
                form, *base = line.split()
                bases[form].update(base)
                if pos == "verb":
                    verb_forms.add(form)

    def never_its_own(form, base):
        # a verb form SemCor never tags as a word of its own, of a verb it
        # tags often enough for that to tell ("shook": 0, "shake": 80)
        own = counts[(form, "1")] + counts[(form, "2")]
        return form in verb_forms and own == 0 and counts[(base, "2")] >= OFTEN_TAGGED_VERB
    # and the plurals WordNet's lemmatiser derives by its one irregular suffix
    # rule, "-men" -> "-man" ("fishermen", "policemen"), which its lists leave out
    for noun in lemmas("noun"):
        if noun.endswith("man") and noun.isalpha() and len(noun) > 3:
            bases.setdefault(noun[:-3] + "men", set()).add(noun)
    rows = []
    for form, base in sorted(bases.items()):
        if not form.isalpha() or len(base) != 1:
            continue
        base = base.pop()
        if (
            base.isalpha()
            and (form not in own_words or never_its_own(form, base))
            and stem(form) != stem(base)
            and not verb_reading_common(form, base)
        ):
            rows.append(f"{form}\t{base}")
    header = (
        "# English irregular forms -> base form, from Princeton WordNet 3.0's exception lists\n"
        "# (Debian wordnet-base, WordNet 3.0 licence). Generated by scripts/gen_en_forms.py;\n"
        "# data/en-irregular.tsv (hand-written) wins where both have a form.\n"
        "# form\tbase\n"
    )
    check = "--check" in sys.argv
    stale = write_or_check(OUT, header + "\n".join(rows) + "\n", check, "scripts/gen_en_forms.py")
    # words that are verbs and nothing else: after a number's noun they start
    # the predicate ("30 suppliers depend on ..."), they do not extend the noun
    only_verbs = sorted(w for w in lemmas("verb") - lemmas("noun") - lemmas("adj") if w.isalpha())
    header = (
        "# English words that WordNet knows only as verbs (no noun, no adjective sense), from\n"
        "# Princeton WordNet 3.0 (Debian wordnet-base, WordNet 3.0 licence).\n"
        "# Generated by scripts/gen_en_forms.py.\n"
    )
    text = header + "\n".join(only_verbs) + "\n"
    return max(stale, write_or_check(VERBS_OUT, text, check, "scripts/gen_en_forms.py"))


if __name__ == "__main__":
    sys.exit(main())
