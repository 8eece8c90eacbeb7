#!/usr/bin/env python3
"""Benchmark claimcheck on seeded synthetic corpora of growing size.

usage: scripts/bench.py [--sizes 10,20,40] [--claims-per-mb 100 | --claims N] [--seed 42]
                        [--work DIR] [--runs 3] [--index-update]

`--claims N` keeps the number of claims fixed whatever the corpus size, which
shows how the run grows with the corpus alone.

For each size (MB of sources) it writes a corpus and its claims with the
release `synth` example, runs `claimcheck check` `--runs` times (the median
is printed), and prints one row: run time, claims checked per second, MB of
sources per second, peak memory (MB and as a multiple of the corpus), the
share of claims that got their known verdict, the time of one
`rg -n -o '[0-9]+'` pass over the same files (every number in the corpus,
with its line: Debian's ripgrep, `apt-get install ripgrep`), timed in the
same run, and the ratio of the two, so figures compare across machines.

`--index-update` then times, on the largest size, the index step alone (the
`phases` example, after the sources are read): built from scratch into a
file, read back, and updated after one source changed; the update as a
share of the build is what `--index` saves on a large archive.
`--real PAIRS.jsonl` then checks every claim of a public pair set (such as
../shared/eval/rte3fr-dev.jsonl) against all its premises at once: real
vocabulary, every claim meeting many near-miss windows, which is where the
sentence encoder works (the synthetic claims are worded like their sources
and never reach it). It prints run time, claims/s, peak memory, and the share
of claims whose report shows a word found by meaning (docs/encoder.md).
Needs a release build: cargo build --release --bins --examples.
"""
import argparse, json, os, resource, shutil, subprocess, sys, tempfile, time
import pair_corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "claimcheck")
SYNTH = os.path.join(TARGET, "release", "examples", "synth")


def timed(cmd):
    """Run cmd; return (seconds, peak RSS of that child in MB (10^6 bytes, as
    the corpus is counted), stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    # one child at a time: ru_maxrss of RUSAGE_CHILDREN is the largest child so far,
    # so each measured run goes through a fresh wrapper process
    out = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if out.returncode not in (0, 1):
        sys.exit("failed: %s\n%s" % (" ".join(cmd), out.stderr))
    peak_kb = int(out.stderr.strip().splitlines()[-1])
    return seconds, peak_kb * 1024 / 1e6, out.stdout


WRAPPER = """
import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], stdout=sys.stdout)
sys.stderr.write("%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(p.returncode)
"""


def rg_pass(sources):
    """Seconds of one `rg -n -o '[0-9]+'` pass, its output read through a
    pipe (ripgrep writing to /dev/null stops early)."""
    t = time.perf_counter()
    subprocess.run("rg -n -o --no-messages '[0-9]+' %s | wc -c > /dev/null" % sources, shell=True, check=False)
    return time.perf_counter() - t


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def index_update(d, sources):
    """(built s, read s, updated s) of the index step on `sources`, one
    source changed before the update (and put back after)."""
    phases = os.path.join(TARGET, "release", "examples", "phases")
    one = os.path.join(d, "one-claim.yaml")
    with open(os.path.join(d, "claims.yaml")) as f:
        head = f.readlines()[:2]
    with open(one, "w") as f:
        f.writelines(head)
    index = os.path.join(d, "bench.idx")
    if os.path.exists(index):
        os.remove(index)
    changed = os.path.join(sources, sorted(os.listdir(sources))[len(os.listdir(sources)) // 2])
    original = open(changed, "rb").read()
    times = []
    try:
        for step in ("built", "read", "updated"):
            if step == "updated":
                with open(changed, "ab") as f:
                    f.write(b"\nOne more sentence: 17 ministers on 3 March 2021.\n")
            out = subprocess.run([phases, sources, one], capture_output=True, text=True,
                                 env=dict(os.environ, CLAIMCHECK_INDEX=index), check=True).stderr
            line = [l for l in out.splitlines() if l.startswith("load ")][0]
            prepare = line.split("prepare ")[1].split(",")[0]
            times.append(float(prepare[:-2]) / 1000 if prepare.endswith("ms") else float(prepare[:-1]))
    finally:
        with open(changed, "wb") as f:
            f.write(original)
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,20,40")
    ap.add_argument("--claims-per-mb", type=int, default=100)
    ap.add_argument("--claims", type=int, help="a fixed number of claims for every size")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--index-update", action="store_true")
    ap.add_argument("--work")
    ap.add_argument("--real", help="a pairs .jsonl: its claims against all its premises")
    a = ap.parse_args()
    for path in (BIN, SYNTH):
        if not os.path.exists(path):
            sys.exit("build first: cargo build --release --bins --examples (%s missing)" % path)
    rg = shutil.which("rg")
    work = a.work or tempfile.mkdtemp(prefix="cc-bench-")
    print("| corpus MB | claims | run s | claims/s | MB/s | peak MB | peak / corpus | verdicts right | rg s | run / rg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    last = None
    for size in [float(s) for s in a.sizes.split(",")]:
        claims = a.claims if a.claims else int(size * a.claims_per_mb)
        d = os.path.join(work, "mb%g" % size if not a.claims else "mb%g-c%d" % (size, claims))
        if not os.path.exists(os.path.join(d, "claims.yaml")):
            subprocess.run([SYNTH, d, str(size), str(claims), str(a.seed)], check=True, capture_output=True)
        sources, claims_file, report = os.path.join(d, "sources"), os.path.join(d, "claims.yaml"), os.path.join(d, "report.json")
        corpus_mb = sum(os.path.getsize(os.path.join(sources, f)) for f in os.listdir(sources)) / 1e6
        runs, rgs, peak_mb = [], [], 0.0
        for _ in range(a.runs):
            run_s, peak, _ = timed([BIN, "check", "--claims", claims_file, "--sources", sources, "--format", "json", "--fail-on", "none", "--quiet", "--output", report])
            runs.append(run_s)
            peak_mb = max(peak_mb, peak)
            rgs.append(rg_pass(sources) if rg else float("nan"))
        run_s, rg_s = median(runs), median(rgs)
        r = json.load(open(report))
        right = sum(c["verdict"] == c.get("expect") for c in r["claims"]) / max(1, len(r["claims"]))
        print("| %.1f | %d | %.2f | %.0f | %.1f | %.0f | %.2f | %.3f | %.3f | %.0f |" % (
            corpus_mb, claims, run_s, claims / run_s, corpus_mb / run_s, peak_mb, peak_mb / corpus_mb, right, rg_s, run_s / rg_s))
        last = (d, sources, corpus_mb)
    if a.index_update and last:
        d, sources, corpus_mb = last
        built, read, updated = index_update(d, sources)
        print()
        print("| corpus MB | index built s | read s | one source changed: updated s | updated / built |")
        print("|---:|---:|---:|---:|---:|")
        print("| %.1f | %.2f | %.2f | %.2f | %.2f |" % (corpus_mb, built, read, updated, updated / built))
    if a.real:
        real_pairs(a.real, os.path.join(work, "real"), a.runs)
    return 0


def real_pairs(path, d, runs):
    """Every claim of a pair set against every premise of it."""
    pairs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    claims_file, sources = pair_corpus.write(pairs, d, own_premise=False)
    report = os.path.join(d, "report.json")
    corpus_mb = sum(os.path.getsize(os.path.join(sources, f)) for f in os.listdir(sources)) / 1e6
    times, peak_mb = [], 0.0
    for _ in range(runs):
        run_s, peak, _ = timed([BIN, "check", "--claims", claims_file, "--sources", sources, "--format", "json", "--fail-on", "none", "--quiet", "--output", report])
        times.append(run_s)
        peak_mb = max(peak_mb, peak)
    r = json.load(open(report))
    by_meaning = sum(
        any(reason["kind"] == "meaning" for e in c["evidence"] for reason in e["reasons"]) for c in r["claims"]
    ) / max(1, len(r["claims"]))
    run_s = median(times)
    print()
    print("| real pairs | corpus MB | claims | run s | claims/s | peak MB | claims with a word found by meaning |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("| %s | %.2f | %d | %.2f | %.0f | %.0f | %.3f |" % (
        os.path.basename(path), corpus_mb, len(pairs), run_s, len(pairs) / run_s, peak_mb, by_meaning))


if __name__ == "__main__":
    sys.exit(main())
