#!/usr/bin/env python3
"""The sharded check on Spark gives one machine's report, byte for byte.

usage: spark_test.py --bin PATH --synth PATH [--shared DIR] [--master URL]
                     [--standalone] [--megabytes 10]

One Spark application (the JVM starts once) runs scripts/spark_check.py's
check for 1, 2, 3 and 5 source shards x 1 and 4 claim shards on: the shipped
claims/ + sources/, ../shared/eval/dev-claims.yaml over ../shared/seeds, and
a synthetic corpus (`--megabytes`, 100 claims a MB, from the `synth`
example); each JSON report is compared with `claimcheck check`'s. Prints a
row per run (time, intermediate bytes per byte of sources) and exits 1 on
the first difference, with the differing line.

--standalone starts a standalone Spark master and worker on 127.0.0.1
(bin/spark-class of the pyspark package) and runs the comparisons through
them instead of local[2].
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import spark_check  # noqa: E402

SOURCE_SHARDS = (1, 2, 3, 5)
CLAIM_SHARDS = (1, 4)


def one_machine(binary, claims, sources, out):
    done = subprocess.run([binary, "--quiet", "--no-config", "check", "--claims", claims,
                           "--sources", sources, "--format", "json", "--fail-on", "none",
                           "--output", out], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("one machine failed: %s" % done.stderr)


def first_difference(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        la, lb = fa.read().split(b"\n"), fb.read().split(b"\n")
    for k, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return "line %d:\n  one machine: %s\n  spark:       %s" % (
                k + 1, x.decode()[:200], y.decode()[:200])
    return "lengths differ: %d and %d lines" % (len(la), len(lb))


def dev_claims(shared, folder):
    """The development claims as claimcheck reads them (id and text)."""
    import yaml
    gold = yaml.safe_load(open(os.path.join(shared, "eval", "dev-claims.yaml")))["claims"]
    path = os.path.join(folder, "dev-claims.yaml")
    with open(path, "w") as f:
        yaml.safe_dump({"claims": [{"id": g["id"], "text": g["text"]} for g in gold]}, f,
                       allow_unicode=True, sort_keys=False)
    return path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def standalone(workdir):
    """A standalone master and one worker on 127.0.0.1; gives (master URL, processes)."""
    import pyspark
    spark_class = os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-class")
    port, ui = free_port(), free_port()
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")
    log = open(os.path.join(workdir, "standalone.log"), "w")
    master = subprocess.Popen([spark_class, "org.apache.spark.deploy.master.Master",
                               "--host", "127.0.0.1", "--port", str(port),
                               "--webui-port", str(ui)], stdout=log, stderr=log, env=env)
    url = "spark://127.0.0.1:%d" % port
    for _ in range(120):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.5)
    worker = subprocess.Popen([spark_class, "org.apache.spark.deploy.worker.Worker",
                               "--host", "127.0.0.1", "--cores", "2", "--memory", "4g",
                               "--webui-port", str(free_port()), url],
                              stdout=log, stderr=log, env=env)
    return url, [worker, master]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--synth", required=True, help="the `synth` example binary")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--standalone", action="store_true")
    ap.add_argument("--megabytes", type=float, default=10)
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    work = tempfile.mkdtemp(prefix="claimcheck-spark-test-")
    os.chdir(ROOT)
    sets = [("shipped", "claims/pegasus.yaml", "sources")]
    if os.path.isdir(os.path.join(a.shared, "seeds")):
        sets.append(("dev", dev_claims(a.shared, work), os.path.join(a.shared, "seeds")))
    synth = os.path.join(work, "synth")
    subprocess.run([a.synth, synth, str(a.megabytes), str(int(a.megabytes * 100)), "7"],
                   check=True, capture_output=True)
    sets.append(("synth %g MB" % a.megabytes, os.path.join(synth, "claims.yaml"),
                 os.path.join(synth, "sources")))

    processes = []
    master = a.master
    if a.standalone:
        master, processes = standalone(work)
    from pyspark import SparkConf, SparkContext
    conf = (SparkConf().setMaster(master).setAppName("claimcheck spark_test")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))
    started = time.monotonic()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    print("Spark %s on %s, started in %.1f s" % (sc.version, master, time.monotonic() - started))
    failed = 0
    try:
        print("%-14s %3s %3s %8s %9s  %s" % ("set", "N", "M", "one s", "spark s", "bytes/byte"))
        for name, claims, sources in sets:
            expected = os.path.join(work, "one.json")
            t = time.monotonic()
            one_machine(binary, claims, sources, expected)
            one = time.monotonic() - t
            size = spark_check.source_bytes(sources)
            for n in SOURCE_SHARDS:
                for m in CLAIM_SHARDS:
                    got = os.path.join(work, "spark.json")
                    t = time.monotonic()
                    code, shards = spark_check.sharded_check(
                        sc, binary, claims, sources, n, m, "json", got, "none", stage=work)
                    took = time.monotonic() - t
                    moved = sum(shards.shuffled.values())
                    same = code == 0 and open(expected, "rb").read() == open(got, "rb").read()
                    print("%-14s %3d %3d %8.2f %9.2f  %6.2f  %s" % (
                        name, n, m, one, took, moved / max(size, 1),
                        "identical" if same else "DIFFERENT"), flush=True)
                    if not same:
                        failed += 1
                        print(first_difference(expected, got))
    finally:
        sc.stop()
        for p in processes:
            p.terminate()
        for p in processes:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        print("%d sharded run(s) differ from one machine" % failed)
        return 1
    print("every sharded run gave one machine's report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
