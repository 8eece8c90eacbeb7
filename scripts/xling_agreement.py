#!/usr/bin/env python3
"""Cross-lingual agreement: do English translations of French claims get the verdicts the
French claims get, against the same French premises?

usage: scripts/xling_agreement.py [--bin PATH] [--pairs ../shared/eval/rte3fr-dev.jsonl]
Reads eval/rte3fr-en-sample.tsv (hand translations), runs claimcheck once over the French
claims and once over the English ones (each restricted to its own premise file), and prints
the agreement, the accuracy of each against gold, and the disagreements.
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, claims, src):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
        json.dump({"claims": claims}, f, ensure_ascii=False)  # JSON is YAML
    out = subprocess.run([binary, "check", "--claims", f.name, "--sources", src, "--format", "json", "--fail-on", "none"],
                         capture_output=True, text=True, check=True).stdout
    return {c["id"]: c["verdict"] for c in json.loads(out)["claims"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "claimcheck"))
    ap.add_argument("--pairs", default=os.path.join(ROOT, "..", "shared", "eval", "rte3fr-dev.jsonl"))
    a = ap.parse_args()
    english = {}
    for line in open(os.path.join(ROOT, "eval", "rte3fr-en-sample.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rid, text = line.rstrip("\n").split("\t")
        english[rid] = text
    recs = {}
    for line in open(a.pairs, encoding="utf-8"):
        r = json.loads(line)
        if r["id"] in english:
            recs[r["id"]] = r
    src = tempfile.mkdtemp(prefix="cc-xling-")
    fr_claims, en_claims = [], []
    for i, (rid, r) in enumerate(sorted(recs.items())):
        name = "p%03d.txt" % i
        with open(os.path.join(src, name), "w", encoding="utf-8") as f:
            f.write("\n".join(r["evidence"]) + "\n")
        cid = "c%03d" % i
        fr_claims.append({"id": cid, "text": r["claim"], "sources": [name], "lang": "fr"})
        en_claims.append({"id": cid, "text": english[rid], "sources": [name], "lang": "en"})
    fr, en = run(a.bin, fr_claims, src), run(a.bin, en_claims, src)
    ids = [c["id"] for c in fr_claims]
    gold = {c["id"]: recs[rid]["verdict"] for c, rid in zip(fr_claims, sorted(recs))}
    agree = sum(fr[i] == en[i] for i in ids)
    print("sample: %d claims" % len(ids))
    print("agreement FR/EN verdicts: %.3f (%d/%d)" % (agree / len(ids), agree, len(ids)))
    print("accuracy vs gold: FR %.3f, EN %.3f" % (sum(fr[i] == gold[i] for i in ids) / len(ids), sum(en[i] == gold[i] for i in ids) / len(ids)))
    for c, rid in zip(fr_claims, sorted(recs)):
        i = c["id"]
        if fr[i] != en[i]:
            print("  %s: FR %s / EN %s (gold %s): %s" % (rid, fr[i], en[i], gold[i], english[rid]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
