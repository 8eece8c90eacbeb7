#!/usr/bin/env python3
"""Run `claimcheck check` on Apache Spark, split by source shards and claim
shards, with the report one machine gives (docs/scaling.md).

usage: spark_check.py --master local[2]|spark://HOST:PORT --bin PATH
                      --claims FILE --sources DIR
                      --source-shards N --claim-shards M
                      --format FORMAT --output FILE [--fail-on LIST]

Each step is the claimcheck binary run by a Spark task (`claimcheck shard
...`, see `claimcheck shard --help`); the intermediate files travel through
Spark as records, never through a shared folder:

  scan        N tasks   each source shard's records, signatures, line keys
  merge       driver    the layout: origin groups, repeated lines (broadcast)
  count       N tasks   each source shard's sentence and term counts
  merge       driver    the corpus' counts (broadcast)
  search      N x M     each source shard's best sentences for each claim shard
  select      M tasks   grouped by claim shard: each claim's candidates in the corpus
  match       N x M     each source shard's evidence for the candidates it holds
  decide      M tasks   grouped by claim shard, with its selection: the outcomes
  report      driver    the report, in any format

The binary is shipped to the executors with SparkContext.addFile, and so is
the claims file. The sources are read where they lie: the same path on every
machine (a shared filesystem, or HDFS/S3 mounted there). Prints each step's
time and the bytes of intermediate data to stderr.

Exit codes: those of `claimcheck check` (0, 1 gating, 2 error).
"""

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time


def _binary(name):
    """The shipped binary on an executor (or the driver), made executable."""
    from pyspark import SparkFiles

    path = SparkFiles.get(name)
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _run(argv):
    """Run claimcheck; a failure carries its error message to the driver."""
    done = subprocess.run(argv, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError("%s failed (exit %d): %s" % (
            " ".join(argv[:3]), done.returncode, done.stderr.decode("utf-8", "replace").strip()))
    return done


def _write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def _read(path):
    with open(path, "rb") as f:
        return f.read()


class Shards:
    """One sharded check on a SparkContext: the steps, each a Spark job."""

    def __init__(self, sc, binary, claims, sources, n, m):
        self.sc = sc
        self.bin_name = os.path.basename(binary)
        self.claims_name = os.path.basename(claims)
        # the report names them as given (the driver runs where the user
        # did); executors read the sources by their absolute path
        self.claims = claims
        self.sources_given = sources
        self.sources = os.path.abspath(sources)
        self.n, self.m = n, m
        self.times = {}
        self.shuffled = {}

    def _timed(self, step, fn):
        t = time.monotonic()
        out = fn()
        self.times[step] = self.times.get(step, 0.0) + time.monotonic() - t
        return out

    def scan(self):
        bin_name, sources, n = self.bin_name, self.sources, self.n

        def task(k):
            with tempfile.TemporaryDirectory() as tmp:
                out = os.path.join(tmp, "scan")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "scan",
                      "--sources", sources, "--shard", "%d/%d" % (k, n), "--output", out])
                return [(k, _read(out))]

        return self._timed("scan", lambda: self.sc.parallelize(range(n), n)
                           .flatMap(task).collect())

    def count(self, layout):
        bin_name, sources, n = self.bin_name, self.sources, self.n
        layout_b = self.sc.broadcast(layout)

        def task(k):
            with tempfile.TemporaryDirectory() as tmp:
                lay = _write(tmp, "layout", layout_b.value)
                out = os.path.join(tmp, "count")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "count",
                      "--sources", sources, "--shard", "%d/%d" % (k, n),
                      "--layout", lay, "--output", out])
                return [(k, _read(out))]

        return self._timed("count", lambda: self.sc.parallelize(range(n), n)
                           .flatMap(task).collect())

    def claims_side(self, layout, counts):
        """search (N x M) -> select (M) -> match (N x M) -> decide (M)."""
        bin_name, claims_name, sources = self.bin_name, self.claims_name, self.sources
        n, m = self.n, self.m
        layout_b = self.sc.broadcast(layout)
        counts_b = self.sc.broadcast(counts)
        moved = {name: self.sc.accumulator(0) for name in ("found", "selected", "matched")}

        def common(tmp):
            from pyspark import SparkFiles
            return (SparkFiles.get(claims_name), _write(tmp, "layout", layout_b.value),
                    _write(tmp, "counts", counts_b.value))

        def search(pair):
            k, j = pair
            with tempfile.TemporaryDirectory() as tmp:
                claims, lay, cnt = common(tmp)
                out = os.path.join(tmp, "found")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "search",
                      "--claims", claims, "--sources", sources,
                      "--shard", "%d/%d" % (k, n), "--claim-shard", "%d/%d" % (j, m),
                      "--layout", lay, "--counts", cnt, "--output", out])
                data = _read(out)
                moved["found"].add(len(data))
                return [(j, (k, data))]

        def select(group):
            j, files = group
            with tempfile.TemporaryDirectory() as tmp:
                paths = [_write(tmp, "found-%d" % k, d) for k, d in sorted(files)]
                out = os.path.join(tmp, "selected")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "select",
                      "--output", out] + paths)
                data = _read(out)
                moved["selected"].add(len(data) * n)
                return (j, data)

        def match(item):
            (k, j), selected = item
            with tempfile.TemporaryDirectory() as tmp:
                claims, lay, cnt = common(tmp)
                sel = _write(tmp, "selected", selected)
                out = os.path.join(tmp, "matched")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "match",
                      "--claims", claims, "--sources", sources, "--shard", "%d/%d" % (k, n),
                      "--selected", sel, "--layout", lay, "--counts", cnt, "--output", out])
                data = _read(out)
                moved["matched"].add(len(data))
                return [(j, (k, data))]

        def decide(item):
            j, (files, selected) = item
            with tempfile.TemporaryDirectory() as tmp:
                sel = _write(tmp, "selected", selected)
                paths = [_write(tmp, "matched-%d" % k, d) for k, d in sorted(files)]
                out = os.path.join(tmp, "outcomes")
                _run([_binary(bin_name), "--quiet", "--no-config", "shard", "decide",
                      "--selected", sel, "--output", out] + paths)
                return [(j, _read(out))]

        pairs = [(k, j) for j in range(m) for k in range(n)]

        def selecting():
            selected = (self.sc.parallelize(pairs, len(pairs)).flatMap(search)
                        .groupByKey(numPartitions=m).map(select).cache())
            selected.count()
            return selected

        selected = self._timed("search+select", selecting)

        def deciding():
            # each claim shard's selection goes to every source shard: one task a pair
            to_match = (selected.flatMap(lambda js: [((k, js[0]), js[1]) for k in range(n)])
                        .partitionBy(n * m, lambda kj: kj[0] * m + kj[1]))
            matched = to_match.flatMap(match).groupByKey(numPartitions=m)
            return matched.join(selected, numPartitions=m).flatMap(decide).collect()

        outcomes = self._timed("match+decide", deciding)
        selected.unpersist()
        for name, acc in moved.items():
            self.shuffled[name] = acc.value
        return outcomes

    def run(self, fmt, output, fail_on, workdir):
        """The whole check; the report written to `output`. Gives the exit code."""
        scans = self.scan()
        self.shuffled["scan"] = sum(len(d) for _, d in scans)
        paths = [_write(workdir, "scan-%d" % k, d) for k, d in sorted(scans)]
        layout_path = os.path.join(workdir, "layout")
        here = _binary(self.bin_name)
        self._timed("merge", lambda: _run([here, "--quiet", "--no-config", "shard", "merge",
                                           "--output", layout_path] + paths))
        layout = _read(layout_path)
        counts_parts = self.count(layout)
        self.shuffled["count"] = sum(len(d) for _, d in counts_parts)
        paths = [_write(workdir, "count-%d" % k, d) for k, d in sorted(counts_parts)]
        counts_path = os.path.join(workdir, "counts")
        self._timed("merge", lambda: _run([here, "--quiet", "--no-config", "shard", "merge",
                                           "--output", counts_path] + paths))
        counts = _read(counts_path)
        self.shuffled["broadcast"] = len(layout) + len(counts)
        outcomes = self.claims_side(layout, counts)
        self.shuffled["outcomes"] = sum(len(d) for _, d in outcomes)
        paths = [_write(workdir, "outcomes-%d" % j, d) for j, d in sorted(outcomes)]

        def report():
            return subprocess.run(
                [here, "--quiet", "--no-config", "shard", "report", "--claims", self.claims,
                 "--sources", self.sources_given, "--layout", layout_path, "--counts", counts_path,
                 "--format", fmt, "--fail-on", fail_on, "--color", "never",
                 "--output", output] + paths, capture_output=True)

        done = self._timed("report", report)
        if done.returncode not in (0, 1):
            raise RuntimeError("report failed (exit %d): %s" % (
                done.returncode, done.stderr.decode("utf-8", "replace").strip()))
        return done.returncode


_SHIPPED = {}


def ship(sc, path, stage):
    """Ship `path` to every executor under a name made of its content's
    digest (SparkContext.addFile takes a name once; two claims files called
    claims.yaml must not meet). Gives the name."""
    import hashlib
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    name = "%s-%s" % (digest, os.path.basename(path))
    if name not in _SHIPPED:
        copy = os.path.join(stage, name)
        shutil.copy2(path, copy)
        sc.addFile(copy)
        _SHIPPED[name] = copy
    return name


def sharded_check(sc, binary, claims, sources, n, m, fmt, output, fail_on="contradicted,disputed",
                  stage=None):
    """One sharded check on `sc`; gives (exit code, Shards with its figures).
    `stage` holds the copies shipped to executors (kept while `sc` lives)."""
    stage = stage or tempfile.mkdtemp(prefix="claimcheck-spark-")
    if __name__ != "__main__" and __file__ not in _SHIPPED:
        # imported (spark_test.py): executors import this module by name
        sc.addPyFile(os.path.abspath(__file__))
        _SHIPPED[__file__] = __file__
    shards = Shards(sc, binary, claims, sources, n, m)
    shards.bin_name = ship(sc, binary, stage)
    shards.claims_name = ship(sc, claims, stage)
    with tempfile.TemporaryDirectory() as workdir:
        code = shards.run(fmt, output, fail_on, workdir)
    return code, shards


def source_bytes(sources):
    total = 0
    for root, _, files in os.walk(sources):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--bin", required=True, help="the claimcheck binary (shipped to executors)")
    ap.add_argument("--claims", required=True, help="one claims file (shipped to executors)")
    ap.add_argument("--sources", required=True,
                    help="folder of sources, at the same path on every machine")
    ap.add_argument("--source-shards", type=int, default=2)
    ap.add_argument("--claim-shards", type=int, default=1)
    ap.add_argument("--format", default="json")
    ap.add_argument("--output", required=True)
    ap.add_argument("--fail-on", default="contradicted,disputed")
    a = ap.parse_args()
    if a.source_shards < 1 or a.claim_shards < 1:
        print("error: --source-shards and --claim-shards are at least 1", file=sys.stderr)
        return 2
    if not os.path.isfile(a.claims):
        print("error: %s: --claims is one claims file" % a.claims, file=sys.stderr)
        return 2
    from pyspark import SparkConf, SparkContext
    conf = (SparkConf().setMaster(a.master).setAppName("claimcheck")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        code, shards = sharded_check(sc, a.bin, a.claims, a.sources, a.source_shards,
                                     a.claim_shards, a.format, a.output, a.fail_on)
    except Exception as e:  # a task's claimcheck error, said once
        msg = str(e)
        cut = msg.find("RuntimeError:")
        print("error: %s" % (msg[cut:].splitlines()[0] if cut >= 0 else msg.splitlines()[0]),
              file=sys.stderr)
        return 2
    finally:
        sc.stop()
    mb = source_bytes(a.sources) / 1e6
    for step, t in shards.times.items():
        print("%-18s %7.2f s" % (step, t), file=sys.stderr)
    for what, b in shards.shuffled.items():
        print("%-18s %9d bytes (%.2f per byte of sources)" % (what, b, b / max(mb * 1e6, 1)),
              file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
