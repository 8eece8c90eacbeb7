"""Shared by the scripts that check public pair sets (scripts/fit_decision.py,
scripts/bench.py): a pair set as a claimcheck input folder."""
import json, os


def write(pairs, folder, own_premise=True):
    """Write `pairs` (dicts with `claim` and `evidence`) into `folder`: each
    premise as sources/pNNNNN.txt, each claim as cNNNNN in claims.yaml,
    checked against its own premise only (`own_premise`) or against all.
    Returns (claims file, sources folder)."""
    sources = os.path.join(folder, "sources")
    os.makedirs(sources, exist_ok=True)
    lines = ["claims:"]
    for i, p in enumerate(pairs):
        name = f"p{i:05d}.txt"
        with open(os.path.join(sources, name), "w", encoding="utf-8") as f:
            f.write("\n".join(p["evidence"]) + "\n")
        entry = f"  - id: c{i:05d}\n    text: {json.dumps(p['claim'], ensure_ascii=False)}"
        lines.append(entry + (f"\n    sources: [{name}]" if own_premise else ""))
    claims = os.path.join(folder, "claims.yaml")
    with open(claims, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return claims, sources
