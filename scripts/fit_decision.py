#!/usr/bin/env python3
"""Fit the support decision (data/decision/support.tsv) on public pairs.

usage: scripts/fit_decision.py [--check] [--data FILE.jsonl ...]

For every premise/hypothesis pair of the training sets (by default
../shared/eval/rte3fr-dev.jsonl: 800 French RTE-3 pairs, BSD-2-Clause), the
hypothesis is checked against its premise by `target/release/examples/features`
(cargo build --release --examples), which prints the decision features of every
candidate window. The window that states most of the claim among those no rule
vetoes or contradicts is the example; its label is whether the pair is
`supported`. A logistic regression (L2, plain gradient descent, deterministic)
is fitted on them; 5-fold cross-validated figures are written into the file's
header. Never fitted on the development claims (dev-claims.yaml).

--check  exit 1 when the checked-in weights differ from what the data gives
         (run by .ci/run, as the lexicon generators' checks are).
"""
import json, math, os, random, subprocess, sys, tempfile
import pair_corpus
from generated import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "decision", "support.tsv")
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
FEATURES_BIN = os.path.join(TARGET, "release", "examples", "features")
DEFAULT_DATA = [os.path.join(ROOT, "..", "shared", "eval", "rte3fr-dev.jsonl")]
NAMES = ["coverage", "anchored", "novel", "missing_weighty", "hedged", "cross_language"]
L2 = 1e-3
# cross-validation repeated over this many fold assignments
REPEATS = 5
STEPS = 4000
RATE = 0.5
# Signs known beforehand, kept by projection after each step: a fact bound and
# matched, or a window in the other language stating as much, is never less
# support. The public pairs are all French-French (their "cross" windows are
# misdetected languages) and rarely anchored, so their data cannot say more.
NON_NEGATIVE = {"anchored", "cross_language"}
# and a claim word the window does not state, or that no source uses at all,
# is never more support (RTE hypotheses that add a word are often still
# entailed, which would otherwise teach the opposite)
NON_POSITIVE = {"novel", "missing_weighty"}
# A feature fewer than this many examples hold (a value other than 0) is not
# fitted: its weight stays 0. One RTE pair whose hypothesis reads as English (a
# quoted English title) gave "cross_language" a weight of 0.49, which then
# raised every English claim against French sources.
MIN_EXAMPLES = 20


def examples(path):
    """(features, label) of the best unvetoed window of each pair."""
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    claims, src = pair_corpus.write(recs, tempfile.mkdtemp(prefix="cc-fit-"))
    out = subprocess.run([FEATURES_BIN, claims, src], capture_output=True, text=True, check=True).stdout
    by_id = {}
    for line in out.splitlines():
        row = json.loads(line)
        ok = [w["features"] for w in row["windows"] if not w["vetoed"] and not w["contradicts"]]
        if ok:
            by_id[row["id"]] = max(ok, key=lambda f: f[0])
    data = []
    for i, r in enumerate(recs):
        f = by_id.get(f"c{i:05d}")
        if f is not None:
            data.append((f, 1.0 if r["verdict"] == "supported" else 0.0))
    return data


def unfitted(data):
    """The features too few examples hold to be fitted (MIN_EXAMPLES)."""
    return {name for k, name in enumerate(NAMES) if sum(1 for x, _ in data if x[k] != 0.0) < MIN_EXAMPLES}


def fit(data):
    w = [0.0] * len(NAMES)
    b = 0.0
    n = len(data)
    fixed = unfitted(data)
    for _ in range(STEPS):
        gw = [0.0] * len(w)
        gb = 0.0
        for x, y in data:
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-z))
            d = p - y
            gb += d
            for k, xi in enumerate(x):
                gw[k] += d * xi
        b -= RATE * gb / n
        w = [wi - RATE * (g / n + L2 * wi) for wi, g in zip(w, gw)]
        w = [max(0.0, wi) if name in NON_NEGATIVE else wi for wi, name in zip(w, NAMES)]
        w = [min(0.0, wi) if name in NON_POSITIVE else wi for wi, name in zip(w, NAMES)]
        w = [0.0 if name in fixed else wi for wi, name in zip(w, NAMES)]
    return b, w


def probability(model, x):
    b, w = model
    return 1.0 / (1.0 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def held_out(data, folds=5, repeats=REPEATS):
    """(probability, label) of every example, from a model fitted without its fold,
    once for each of `repeats` fold assignments (the first in order, the others
    shuffled with fixed seeds): one split alone lets a single example move the
    threshold by a whole step."""
    out = []
    for r in range(repeats):
        order = list(range(len(data)))
        if r:
            random.Random(r).shuffle(order)
        fold_of = {i: pos % folds for pos, i in enumerate(order)}
        for k in range(folds):
            train = [d for i, d in enumerate(data) if fold_of[i] != k]
            model = fit(train)
            out.extend((probability(model, x), y) for i, (x, y) in enumerate(data) if fold_of[i] == k)
    return out


def scores(pairs, threshold):
    tp = sum(1 for p, y in pairs if p >= threshold and y == 1.0)
    fp = sum(1 for p, y in pairs if p >= threshold and y == 0.0)
    fn = sum(1 for p, y in pairs if p < threshold and y == 1.0)
    ok = sum(1 for p, y in pairs if (p >= threshold) == (y == 1.0))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return ok / len(pairs), prec, rec


# The probability needed to support: the point where the fitted model finds
# support more likely than not. It was chosen before as the grid threshold
# (0.40, 0.45, ..., 0.90) whose cross-validated F0.5 of support was the best;
# 0.50 and 0.55 came within 0.004 of each other there, so one training pair
# more or less (any new veto of a not-supported pair) flipped the choice and
# moved every verdict near the line. Precision comes first through the
# rules' vetoes; the decision keeps the model's own boundary, and the
# cross-validated figures at it are reported with those of its neighbours.
THRESHOLD = 0.50
NEIGHBOURS = (0.45, 0.55)


def render(paths, data, model, pairs, threshold):
    b, w = model
    acc, p, r = scores(pairs, threshold)
    head = [
        "# The support decision: logistic regression over a window's features (src/matcher/decide.rs).",
        "# Generated by scripts/fit_decision.py; do not edit by hand. Trained on: "
        + ", ".join(os.path.basename(x) for x in paths) + f" ({len(data)} pairs with an unvetoed window,",
        f"# {sum(1 for _, y in data if y == 1.0)} supported). L2 {L2}, {STEPS} steps of gradient descent.",
        "# The threshold on the probability is 0.50: support more likely than not.",
        f"# 5-fold cross-validated ({REPEATS} fold assignments) at that threshold: accuracy {acc:.3f}, support precision {p:.3f}, recall {r:.3f}",
        "# ("
        + "; ".join(
            "at %.2f: %.3f, %.3f, %.3f" % ((t,) + scores(pairs, t)) for t in NEIGHBOURS
        )
        + ").",
        "# Not fitted (fewer than %d examples hold them; weight 0): %s."
        % (MIN_EXAMPLES, ", ".join(sorted(unfitted(data))) or "none"),
        "# name\tweight (log-odds per unit); threshold: probability needed to support",
    ]
    body = [f"threshold\t{threshold:.2f}", f"bias\t{b:.4f}"] + [f"{n}\t{x:.4f}" for n, x in zip(NAMES, w)]
    return "\n".join(head + body) + "\n"


def main():
    args = sys.argv[1:]
    paths = DEFAULT_DATA
    if "--data" in args:
        paths = args[args.index("--data") + 1:]
        paths = [p for p in paths if not p.startswith("--")]
    if not os.path.exists(FEATURES_BIN):
        sys.exit(f"build first: cargo build --release --examples ({FEATURES_BIN} missing)")
    data = [d for path in paths for d in examples(path)]
    model = fit(data)
    pairs = held_out(data)
    text = render(paths, data, model, pairs, THRESHOLD)
    return write_or_check(OUT, text, "--check" in args, "scripts/fit_decision.py")


if __name__ == "__main__":
    sys.exit(main())
