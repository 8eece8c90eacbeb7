#!/usr/bin/env python3
"""Generate data/lexicon/en-synonyms.tsv and data/lexicon/en-antonyms.tsv from Princeton
WordNet 3.0 (Debian: wordnet-base).

usage: scripts/gen_synonyms.py [--check]

For every single-word English lemma, the single-word lemmas that share one of its most
frequent senses (WordNet orders senses by frequency): the first sense of a noun, the
first two of a verb, an adjective or an adverb; then the words WordNet derives from those
senses or them from (its "derivationally related form" pointers: "died" / "death",
"sold" / "sale", "decided" / "decision"), the same way a verb and its noun say one event.
A pair is kept only when the relation holds both ways. Rarer senses are left out: they
make unrelated words meet ("hold" / "bear"). Claims are expanded with these
(src/text/lexicon.rs), so "devoted" meets "dedicated" and, through the French lexicon,
"dédié", and "two people died" meets "no deaths".

The antonyms come from WordNet's antonym pointers ("!") between the same frequent senses of
adjectives and verbs (and of the adjectives of one sense, whatever their word is used as
most: "north" / "south" of a place, "upstream" / "downstream"), kept when they hold both ways ("dead" / "alive", "legal" / "illegal",
"won" / "lost", "accepted" / "rejected", "arrived" / "left"): the contradiction rule for
opposite predicates reads them. A pointer joins two senses, so every word of the one is
the opposite of every word of the other ("rise, go up" / "fall, descend, go down"), and a
word is read in the part of speech it is used in most (sense-tagged counts, cntlist.rev:
"increase", "praise" are verbs). Verb pairs that name one act from its two participants
("bought" / "sold": CONVERSES below) are left out with their whole senses ("purchase"),
and so are nouns, whose antonyms are such roles as often as opposites (a leader,
followers), and function words ("can" the modal is not the verb that fires).
A wider table (data/lexicon/en-synonyms-wide.tsv) pairs two nouns when the first sense of one
is among the first two of the other ("painting" / "picture"): the bilingual dictionaries give
a French word one English sense of several ("tableau" -> "picture"), so a French claim word's
translations are read in it too; an English claim word is not (its rarer senses made
"comment" meet "input").
The phrasal verbs (data/lexicon/en-phrasal.tsv): a verb of two words whose second is a
particle the stopword list holds ("look into", "carry out", "turn down", "set up", "call
for") or a noun (a lemma used most as a noun, no stop word) the verb takes without an
article ("take part", "give birth", "leave office"), with the single-word lemmas of its first two senses ("investigate", "execute",
"reject"): a claim's "looked into" meets "a enquêté", which the French lexicon gives as
"investigate", where "look" alone meets "appear" and "seem".
--check  exit 1 when the checked-in file differs from what the package gives.
"""
import os, subprocess, sys
from generated import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "lexicon", "en-synonyms.tsv")
ANTONYMS_OUT = os.path.join(ROOT, "data", "lexicon", "en-antonyms.tsv")
CAUSES_OUT = os.path.join(ROOT, "data", "lexicon", "en-causes.tsv")
WN = "/usr/share/wordnet"
SENSES = {"noun": 1, "verb": 2, "adj": 2, "adv": 2}
MAX_SYNONYMS = 6
# the wider table for a French word's translations reads a noun's first two senses
WIDE_NOUN_SENSES = 2
# ... and a noun of one sense is read for the nouns that have it among their first four
MONOSEMOUS_SENSES = 4
WIDE_OUT = os.path.join(ROOT, "data", "lexicon", "en-synonyms-wide.tsv")
PHRASAL_OUT = os.path.join(ROOT, "data", "lexicon", "en-phrasal.tsv")
# the particles of a phrasal verb: stop words, so that the verb alone carries it
PARTICLES = ("up", "out", "off", "down", "over", "in", "on", "into", "through", "about", "for", "away",
             "around", "across")


def ensure_package():
    if not os.path.exists(os.path.join(WN, "index.verb")):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wordnet-base"], check=True, capture_output=True)


# Verb antonyms that name one act seen from its other participant: "X bought it
# from Y" is "Y sold it to X". (WordNet marks no converse; these are its
# verb antonym pairs of that kind among the frequent senses.)
# Posture verbs are left out too: their other senses ("lie": tell a lie, "stand":
# run for office, "sit": hold a session) are what translations reach.
CONVERSES = {frozenset(p) for p in [("buy", "sell"), ("borrow", "lend"), ("push", "pull"),
                                     ("outbid", "underbid"), ("inhale", "exhale"),
                                     ("lie", "stand"), ("lie", "sit"), ("sit", "stand"),
                                     ("follow", "precede")]}

STOPWORDS = {w.strip() for w in open(os.path.join(ROOT, "data", "stopwords-en.txt"), encoding="utf-8")
             if w.strip() and not w.startswith("#")}

POS_OF = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def synsets(pos):
    """offset -> (words of that synset in order, with "" for multi-word lemmas;
    derivation and antonym pointers as (symbol, source word number, target pos,
    target offset, target word number))."""
    out = {}
    with open(os.path.join(WN, f"data.{pos}"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            offset, count = parts[0], int(parts[3], 16)
            words = [parts[4 + 2 * k].lower() for k in range(count)]
            # adjective markers: "beautiful(a)"
            words = [w.split("(")[0] for w in words]
            words = [w if w.isalpha() else "" for w in words]
            at = 4 + 2 * count
            derived = []
            for k in range(int(parts[at])):
                symbol, target, tpos, st = parts[at + 1 + 4 * k:at + 5 + 4 * k]
                if symbol in ("+", "!", ">"):
                    derived.append((symbol, int(st[:2], 16), POS_OF[tpos], target, int(st[2:], 16)))
            out[offset] = (words, derived)
    return out


def phrasal_verbs(verbs, senses_of, entries):
    """"look into" -> the single-word lemmas of its first two senses ("investigate",
    "check"), for the verbs of two words whose second is a particle: every lemma of its
    first sense, and of its second a lemma only when that sense is among its own first
    two as well ("set up" / "tack" is left out); and only a lemma used most as a verb
    ("carry out" / "action", a noun most often, is left out)."""
    out = {}
    with open(os.path.join(WN, "index.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            head, _, particle = parts[0].partition("_")
            # (or a noun the verb takes without an article: "take place",
            # "take part", "catch fire")
            noun = entries.get(particle, ("",))[0] == "noun" and particle not in STOPWORDS
            if not (particle in PARTICLES or noun and particle.isalpha()) or not head.isalpha():
                continue
            n_synsets, n_ptrs = int(parts[2]), int(parts[3])
            offsets = parts[6 + n_ptrs:6 + n_ptrs + n_synsets]
            syns = []
            for rank, off in enumerate(offsets[:SENSES["verb"]]):
                for w in verbs.get(off, ([], []))[0]:
                    frequent = rank == 0 or off in senses_of.get((w, "verb"), [])[:SENSES["verb"]]
                    verb = entries.get(w, ("",))[0] == "verb"
                    if (w and frequent and verb and w != head and w not in STOPWORDS and w not in syns
                            and len(syns) < MAX_SYNONYMS):
                        syns.append(w)
            if syns:
                out[f"{head} {particle}"] = syns
    return out


def main():
    ensure_package()
    # a lemma's senses come from its dominant part of speech only (the one with
    # most sense-tagged uses): "die" is a verb (perish), not dice
    entries = {}
    senses_of = {}
    for pos in SENSES:
        with open(os.path.join(WN, f"index.{pos}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if not lemma.isalpha():
                    continue
                n_synsets, n_ptrs = int(parts[2]), int(parts[3])
                tagged = int(parts[5 + n_ptrs])
                offsets = parts[6 + n_ptrs:6 + n_ptrs + n_synsets]
                best = entries.get(lemma)
                if best is None or tagged > best[1]:
                    entries[lemma] = (pos, tagged, offsets)
                senses_of[lemma, pos] = offsets
    table = {}
    sets = {pos: synsets(pos) for pos in SENSES}
    derived_table = {}
    antonym_table = {}

    def add(table, lemma, w):
        syns = table.setdefault(lemma, [])
        if w and w != lemma and w not in syns and len(syns) < MAX_SYNONYMS:
            syns.append(w)

    two_senses = {}
    for lemma, (pos, _, offsets) in sorted(entries.items()):
        for off in offsets[:SENSES[pos]]:
            for w in sets[pos].get(off, ([], []))[0]:
                add(table, lemma, w)
        if pos == "noun":
            for off in offsets[:WIDE_NOUN_SENSES]:
                for w in sets[pos].get(off, ([], []))[0]:
                    add(two_senses, lemma, w)
        for off in offsets[:SENSES[pos]]:
            words, derived = sets[pos].get(off, ([], []))
            for symbol, source, tpos, target, number in derived:
                if 0 < source <= len(words) and words[source - 1] == lemma:
                    twords = sets[tpos].get(target, ([], []))[0]
                    if 0 < number <= len(twords):
                        if symbol == "+":
                            add(derived_table, lemma, twords[number - 1])
    # opposites: a lemma's senses come from the part of speech it is used in most
    # often (sense-tagged occurrences): "increase", "rise", "drop" and "support" are
    # verbs here, where the synonyms above read them as nouns. An antonym pointer
    # joins two senses, and every word of the one is the opposite of every word of
    # the other ("rise, go up" / "fall, descend, go down"; "accept" / "refuse,
    # reject, turn down, decline")
    uses = {}
    with open(os.path.join(WN, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, ss_type = key.split("%")[0], int(key.split("%")[1][0])
            pos = ("noun", "verb", "adj", "adv", "adj")[ss_type - 1]
            uses[lemma, pos] = uses.get((lemma, pos), 0) + int(count)
    opposite_pos = {}
    for (lemma, pos) in senses_of:
        best = opposite_pos.get(lemma)
        if best is None or uses.get((lemma, pos), 0) > uses.get((lemma, best), 0):
            opposite_pos[lemma] = pos
    # (and in the part of speech the synonyms read it in: "open" the adjective,
    # "close" the adjective as well as the verb); adjectives and verbs only:
    # nouns name converse roles as often as opposites (a leader, followers)
    read_as = {(lemma, pos) for lemma, pos in opposite_pos.items()}
    read_as |= {(lemma, entry[0]) for lemma, entry in entries.items()}
    # ... and an adjective of one sense, whatever the lemma is used as most: it
    # names one thing ("north" / "south" of a place, "east" / "west")
    read_as |= {(lemma, "adj") for (lemma, pos), offsets in senses_of.items()
                if pos == "adj" and len(offsets) == 1}
    for lemma, pos in sorted(p for p in read_as if p[1] in ("adj", "verb")):
        for off in senses_of[lemma, pos][:SENSES[pos]]:
            words, pointers = sets[pos].get(off, ([], []))
            if lemma not in words:
                continue
            for symbol, source, tpos, target, number in pointers:
                twords = sets[tpos].get(target, ([], []))[0]
                if symbol != "!" or not 0 < source <= len(words) or not 0 < number <= len(twords):
                    continue
                # two senses that hold a converse ("buy" / "sell") name one act from
                # its two sides: "purchase" is no opposite of "sell"
                if any(frozenset((a, b)) in CONVERSES for a in words for b in twords):
                    continue
                # the pair the pointer joins, then the other words of its sense that
                # are not function words ("can" the modal is not the "can" that fires)
                pair = twords[number - 1]
                if words[source - 1] == lemma:
                    add(antonym_table, lemma, pair)
                for w in twords:
                    if w not in STOPWORDS and lemma not in STOPWORDS:
                        add(antonym_table, lemma, w)
    # causes: an effect verb -> the verbs that cause it (WordNet's cause pointers,
    # ">": "kill" -> "die", "drop" -> "fall", "teach" -> "learn"), each sense among the
    # first two of a lemma used most as a verb, both ends
    causes = {}
    frequent_verb = lambda w, off: (entries.get(w, ("",))[0] == "verb"
                                    and off in senses_of.get((w, "verb"), [])[:1])
    for off, (words, pointers) in sorted(sets["verb"].items()):
        for symbol, _, tpos, target, _ in pointers:
            if symbol != ">" or tpos != "verb":
                continue
            twords = sets["verb"].get(target, ([], []))[0]
            for effect in twords:
                if not effect or effect in STOPWORDS or not frequent_verb(effect, target):
                    continue
                for cause in words:
                    if cause and cause != effect and cause not in STOPWORDS and frequent_verb(cause, off):
                        add(causes, effect, cause)
    # a pair is kept only when each word is among the other's frequent senses
    # (of its dominant part of speech):
    # "devote"/"dedicate" both ways, "extraordinary"/"sinful" one way only
    both_ways = lambda t: {k: [w for w in v if k in t.get(w, [])] for k, v in t.items()}
    first_sense = table
    table, derived_table = both_ways(table), both_ways(derived_table)
    # the wider table: two nouns that share the first sense of one and one of
    # the first two of the other ("painting" / "picture": the first sense of
    # "painting", the second of "picture"), not already synonyms
    wide = {}
    for k, v in sorted(two_senses.items()):
        for w in v:
            if (k in two_senses.get(w, []) and w not in table.get(k, [])
                    and (w in first_sense.get(k, []) or k in first_sense.get(w, []))):
                add(wide, k, w)
    # ... and a noun of one sense only, which names nothing else, with the nouns
    # that have that sense among their first four ("firefighter" for "fireman",
    # the word the dictionaries give for "pompier": the sense is the fourth of
    # "fireman", the only one of "firefighter"); both ways: an English claim's
    # "firefighters" meets the French "pompiers" through "fireman" (the table
    # is read across languages only)
    for (k, pos), offsets in sorted(senses_of.items()):
        if pos != "noun" or entries.get(k, ("",))[0] != "noun":
            continue
        for off in offsets[:MONOSEMOUS_SENSES]:
            for w in sets["noun"].get(off, ([], []))[0]:
                if (w and w != k and senses_of.get((w, "noun")) == [off]
                        and entries.get(w, ("",))[0] == "noun"
                        and w not in table.get(k, []) and w not in wide.get(k, [])):
                    add(wide, k, w)
                    if k not in table.get(w, []) and k not in wide.get(w, []):
                        add(wide, w, k)
    # two participles name one act done two ways ("used" / "misused", "bowed" /
    # "plucked"): left out, unless one is the other's negation, a state and its
    # absence ("limited" / "unlimited", "armed" / "unarmed", "confirmed" /
    # "unconfirmed")
    negation_of = lambda a, b: any(a == p + b or b == p + a for p in ("un", "in", "non", "dis"))
    participles = lambda a, b: a.endswith("ed") and b.endswith("ed") and not negation_of(a, b)
    antonym_table = {
        k: [w for w in v if not participles(k, w) and frozenset((k, w)) not in CONVERSES]
        for k, v in both_ways(antonym_table).items()
    }
    antonym_table = {k: v for k, v in antonym_table.items() if v}
    for k, v in derived_table.items():
        table[k] = table.get(k, []) + [w for w in v if w not in table.get(k, [])]
    table = {k: v for k, v in table.items() if v}
    check = "--check" in sys.argv
    wordnet = "Princeton WordNet 3.0 (Debian wordnet-base), WordNet 3.0 licence."
    tables = [
        (OUT, [f"# English synonyms from {wordnet}",
               "# Generated by scripts/gen_synonyms.py: lemma\\tsynonyms of its most frequent senses."],
         table),
        (WIDE_OUT, [f"# English nouns from {wordnet}",
                    "# Generated by scripts/gen_synonyms.py: lemma\tnouns sharing the first sense of one and",
                    "# one of the first two senses of the other, and nouns of one sense that is among the",
                    "# lemma's first four, not in en-synonyms.tsv (read only for the English translations of",
                    "# a French word)."],
         wide),
        (ANTONYMS_OUT, [f"# English antonyms from {wordnet}",
                        "# Generated by scripts/gen_synonyms.py: lemma\tdirect antonyms of its most frequent senses."],
         antonym_table),
        (CAUSES_OUT, [f"# English causes from {wordnet}",
                      "# Generated by scripts/gen_synonyms.py: verb\tthe verbs that cause it (cause pointers",
                      "# between first senses: a sentence saying the cause says the effect, \"killed\" / \"died\")."],
         causes),
        (PHRASAL_OUT, [f"# English phrasal verbs from {wordnet}",
                       "# Generated by scripts/gen_synonyms.py: verb particle-or-noun\tsingle-word lemmas of its two most",
                       "# frequent senses."],
         phrasal_verbs(sets["verb"], senses_of, entries)),
    ]
    stale = 0
    for path, header, rows in tables:
        lines = header + [f"{k}\t{'|'.join(v)}" for k, v in sorted(rows.items()) if v]
        stale = max(stale, write_or_check(path, "\n".join(lines) + "\n", check, "scripts/gen_synonyms.py"))
    return stale


if __name__ == "__main__":
    sys.exit(main())
