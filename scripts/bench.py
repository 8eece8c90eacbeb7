#!/usr/bin/env python3
"""Benchmark claimcheck on seeded synthetic corpora of growing size.

usage: scripts/bench.py [--sizes 10,20,40] [--claims-per-mb 100 | --claims N] [--seed 42] [--work DIR]

`--claims N` keeps the number of claims fixed whatever the corpus size, which
shows how the run grows with the corpus alone.

For each size (MB of sources) it writes a corpus and its claims with
`cargo run --release --example synth`, runs `claimcheck check` once, and prints
one row: ingest throughput (MB/s), sentences indexed per second, claims
checked per second, peak memory (MB and as a multiple of the corpus), the
share of claims that got their known verdict, and the ratio of the whole run
to one plain `rg` pass over the same files (Debian's ripgrep; install it
with `apt-get install ripgrep`), so figures compare across machines.
Needs a release build: cargo build --release --examples.
"""
import argparse, json, os, resource, shutil, subprocess, sys, tempfile, time

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,20,40")
    ap.add_argument("--claims-per-mb", type=int, default=100)
    ap.add_argument("--claims", type=int, help="a fixed number of claims for every size")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--work")
    a = ap.parse_args()
    for path in (BIN, SYNTH):
        if not os.path.exists(path):
            sys.exit("build first: cargo build --release --examples (%s missing)" % path)
    rg = shutil.which("rg")
    work = a.work or tempfile.mkdtemp(prefix="cc-bench-")
    print("| corpus MB | claims | run s | ingest MB/s | sentences/s | claims/s | peak MB | peak / corpus | verdicts right | run / rg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in [float(s) for s in a.sizes.split(",")]:
        claims = a.claims if a.claims else int(size * a.claims_per_mb)
        d = os.path.join(work, "mb%g" % size if not a.claims else "mb%g-c%d" % (size, claims))
        if not os.path.exists(os.path.join(d, "claims.yaml")):
            subprocess.run([SYNTH, d, str(size), str(claims), str(a.seed)], check=True, capture_output=True)
        sources, claims_file, report = os.path.join(d, "sources"), os.path.join(d, "claims.yaml"), os.path.join(d, "report.json")
        corpus_mb = sum(os.path.getsize(os.path.join(sources, f)) for f in os.listdir(sources)) / 1e6
        # ingest alone: read, decode, segment, group by origin
        ingest_s, _, _ = timed([BIN, "sources", "--sources", sources, "--format", "json"])
        run_s, peak_mb, _ = timed([BIN, "check", "--claims", claims_file, "--sources", sources, "--format", "json", "--fail-on", "none", "--output", report])
        r = json.load(open(report))
        right = sum(c["verdict"] == c.get("expect") for c in r["claims"]) / max(1, len(r["claims"]))
        sentences = r["summary"]["sentences"]
        rg_s = timed([rg, "-c", "--no-messages", "summit|sommet", sources])[0] if rg else float("nan")
        print("| %.1f | %d | %.2f | %.1f | %.0f | %.0f | %.0f | %.2f | %.3f | %.0f |" % (
            corpus_mb, claims, run_s, corpus_mb / ingest_s, sentences / run_s, claims / run_s, peak_mb, peak_mb / corpus_mb, right, run_s / rg_s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
