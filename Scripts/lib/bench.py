"""Benchmarks netmap against its peers in one run. Called by Scripts/bench; see there."""
import argparse
import glob
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("--netmap", required=True)
parser.add_argument("--peer", required=True)
parser.add_argument("--quick", action="store_true")
parser.add_argument("--syntax-only", action="store_true", help="only the tagging and parsing rows")
parser.add_argument("--netmap-syntax", default=".build/release/netmap-syntax")
parser.add_argument("--spark-python", help="a Python with PySpark: adds the Spark job's rows")
parser.add_argument("--spark-only", action="store_true",
                    help="only the Spark job's rows, replacing their section of Graphs/benchmarks.md")
parser.add_argument("corpus", nargs="?", default="../shared/corpus/bbc")
args = parser.parse_args()
NETMAP = os.path.abspath(args.netmap)
RUNS = 3 if args.quick else 5
WORK = tempfile.mkdtemp(prefix="netmap-bench-")
rows = []


def run(cmd, **kw):
    """Runs cmd; returns (seconds, peak resident MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{stderr}")
    return seconds, usage.ru_maxrss / 1024


def median_run(cmd, runs=RUNS, **kw):
    results = [run(cmd, **kw) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def py(code, runs=RUNS):
    """Times a Python snippet in the readers' interpreter (it prints its own seconds)."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return statistics.median(times)


def row(what, netmap, peer_name, peer, unit="s", target="", rate=False):
    """A measurement of both: seconds (peer / netmap is how many times faster netmap is) or, with
    `rate`, a rate such as tokens/s (netmap / peer is)."""
    if rate:
        ratio = f"{netmap / peer:.1f}× faster" if peer > 0 else "∞"
    else:
        ratio = f"{peer / netmap:.1f}×" if netmap > 0 else "∞"
    rows.append((what, f"{netmap:.3f} {unit}", peer_name, f"{peer:.3f} {unit}", ratio, target))
    print(f"{what}: netmap {netmap:.3f} {unit}, {peer_name} {peer:.3f} {unit}, ratio {ratio}", flush=True)


def note(what, value, target=""):
    rows.append((what, value, "", "", "", target))
    print(f"{what}: {value}", flush=True)


texts = sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True))
texts = [t for t in texts if os.path.basename(t)[0].isdigit()] or texts
spark_rows = []
spark_times = {}  # (MB, cores) -> (whole, inside, netmap) seconds


def spark_job(path, mb):
    """The Spark job (Scripts/spark/netmap_spark.py) on local[1] and local[2] beside netmap on the
    same cores, each making the merged graph of the same JSON Lines file."""
    spark_submit = os.path.join(os.path.dirname(args.spark_python), "spark-submit")
    env = dict(os.environ, PYSPARK_PYTHON=args.spark_python)
    plain_out, spark_out = os.path.join(WORK, "plain.json"), os.path.join(WORK, "spark.json")
    measured = {}
    for cores in (1, 2):
        plain, _ = median_run([NETMAP, "extract", "--quiet", "--jobs", str(cores), path, "-o", plain_out])
        walls, inside = [], []
        for _ in range(RUNS):
            # Blocks of 16 MB: tasks of even size, more of them than cores.
            command = [spark_submit, "--master", f"local[{cores}]", "--conf", "spark.ui.enabled=false",
                       "--conf", "spark.ui.showConsoleProgress=false",
                       "--conf", "spark.sql.files.maxPartitionBytes=16m", "Scripts/spark/netmap_spark.py", path,
                       "-o", spark_out, "--netmap", NETMAP]
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True, env=env)
            walls.append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr[-3000:]}")
            # spark-submit passes the driver's standard error on to its standard output.
            summary = re.findall(r"netmap-spark: \d+ records, .*, ([\d.]+) s\n", result.stdout + result.stderr)
            inside.append(float(summary[-1]))
        with open(plain_out, "rb") as a, open(spark_out, "rb") as b:
            if a.read() != b.read():
                raise SystemExit(f"the Spark job's graph of {path} differs from netmap's")
        wall, job = statistics.median(walls), statistics.median(inside)
        measured[cores] = (wall, job)
        spark_times[(mb, cores)] = (wall, job, plain)
        spark_rows.append((f"Spark job, {mb} MB JSON Lines, local[{cores}] against netmap --jobs {cores}",
                           f"{wall:.1f} s whole spark-submit, {job:.1f} s inside the session",
                           f"{plain:.1f} s, {mb / plain:.2f} MB/s",
                           f"{wall / plain:.2f}× whole, {job / plain:.2f}× inside", "≤ 1.3× at 100 MB"))
        print(f"spark {mb} MB local[{cores}]: {wall:.1f} s ({job:.1f} s inside), netmap {plain:.1f} s", flush=True)
    spark_rows.append((f"Spark job, {mb} MB JSON Lines, local[1] → local[2]", "", "",
                       f"{measured[1][0] / measured[2][0]:.2f}× whole, {measured[1][1] / measured[2][1]:.2f}× inside",
                       "≥ 1.7×"))


def spark_section():
    rows = list(spark_rows)
    if (10, 1) in spark_times and (100, 1) in spark_times:
        # What the fixed costs (the JVM, the first query, the stages) hide: the time of 90 MB more.
        for cores in (1, 2):
            (w10, i10, p10), (w100, i100, p100) = spark_times[(10, cores)], spark_times[(100, cores)]
            rows.append((f"Spark job, the 90 MB from 10 to 100 MB, local[{cores}] against netmap --jobs {cores}",
                         f"{w100 - w10:.1f} s whole, {i100 - i10:.1f} s inside", f"{p100 - p10:.1f} s",
                         f"{(w100 - w10) / (p100 - p10):.2f}× whole, {(i100 - i10) / (p100 - p10):.2f}× inside",
                         "≤ 1.3×"))
        one, two = spark_times[(100, 1)][2], spark_times[(100, 2)][2]
        rows.append(("netmap alone, 100 MB, --jobs 1 → --jobs 2 (what two cores give on this machine)", "",
                     f"{one:.1f} s → {two:.1f} s", f"{one / two:.2f}×", ""))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = ["## The Spark job", "",
             "`Scripts/spark/netmap_spark.py` by `spark-submit --master local[N]` (blocks of 16 MB), making the",
             "merged graph of the same file as `netmap extract --jobs N` (the two files compared byte for byte);",
             f"medians of {RUNS} runs. *Whole* is the wall-clock time of `spark-submit` (the JVM's start included),",
             "*inside* the job's own time once its session has started. The machine's load average when",
             f"the table was written (other work shares it): {load}.", "",
             "| measurement | Spark | netmap on the same cores | Spark / netmap | target |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def replicate(target_mb):
    """The corpus replicated to TARGET_MB of JSON Lines; its path and size in bytes."""
    records = []
    for text in texts:
        with open(text, encoding="utf-8", errors="replace") as f:
            records.append(f.read())
    path = os.path.join(WORK, f"corpus-{target_mb}MB.jsonl")
    written, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target_mb * 1e6:
            line = json.dumps({"id": f"doc-{n}", "source": "bench", "text": records[n % len(records)]}) + "\n"
            f.write(line)
            written += len(line.encode())
            n += 1
    return path, written


if args.spark_only:
    for target_mb in [10, 100]:
        path, _ = replicate(target_mb)
        spark_job(path, target_mb)
        os.remove(path)
    with open("Graphs/benchmarks.md") as f:
        document = f.read()
    if "## The Spark job" in document:
        document = document[:document.index("## The Spark job")].rstrip("\n") + "\n"
    with open("Graphs/benchmarks.md", "w") as f:
        f.write(document + "\n" + spark_section())
    print(spark_section())
    shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(0)

# 1. Extraction against the spaCy peer, on the same 200 politics-like articles.
sample = os.path.join(WORK, "sample")
os.makedirs(sample)
for path in texts[:200] if len(texts) < 600 else [t for t in texts if "/politics/" in t][:200] or texts[:200]:
    shutil.copy(path, os.path.join(sample, os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)))
size = sum(os.path.getsize(p) for p in glob.glob(os.path.join(sample, "*.txt")))
netmap_s, _ = median_run([NETMAP, "extract", "--quiet", "--jobs", "1", "--format", "graphml", "--output-dir",
                          os.path.join(WORK, "out-netmap"), sample])
peer_s, peer_mb = median_run([args.peer, os.path.abspath("../shared/peer/peer_spacy.py"), sample,
                              os.path.join(WORK, "out-peer")], runs=max(3, RUNS - 2))
row(f"extract 200 articles ({size / 1e6:.2f} MB), 1 core, per-document GraphML", netmap_s, "spaCy peer", peer_s,
    target="≥ 300×")
note("  throughput on that sample", f"netmap {size / 1e6 / netmap_s:.2f} MB/s, peer {size / 1e3 / peer_s:.1f} KB/s; peer peak {peer_mb:.0f} MB")

# 1b. Tagging and parsing alone, one core, on the same articles: netmap's built-in model
# (netmap-syntax speed: sentences split and tokenised first, then tagged and parsed; best of 3)
# against spaCy's tagger and parser (en_core_web_sm without NER, on documents tokenised first).
sample_files = sorted(glob.glob(os.path.join(sample, "*.txt")))
ours = subprocess.run([os.path.abspath(args.netmap_syntax), "speed", *sample_files], capture_output=True, text=True,
                      check=True).stdout.split()
theirs = subprocess.run(["taskset", "-c", "0", args.peer, os.path.abspath("Scripts/lib/spacy_syntax.py"), "speed", *sample_files],
                        capture_output=True, text=True, check=True).stdout.split()
value = lambda fields, name: float(fields[fields.index(name) + 1])
row(f"tag + parse 200 articles ({int(value(ours, 'tokens')):,} tokens), 1 core, tokens/s", value(ours, "tokens/s") / 1000,
    "spaCy tagger + parser", value(theirs, "tokens/s") / 1000, unit="k", target="≥ 100 k", rate=True)
note("  syntax model load, and resident memory it adds", f"{value(ours, 'load'):.3f} s, {value(ours, 'added'):.1f} MB", "≤ 0.2 s, ≤ 100 MB")
if args.syntax_only:
    print("\n".join(" | ".join(r) for r in rows))
    shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(0)

# 2. Scaling with cores, on the whole corpus.
whole_mb = sum(os.path.getsize(t) for t in texts) / 1e6
one, mb1 = median_run([NETMAP, "extract", "--quiet", "--jobs", "1", args.corpus, "-o", os.devnull])
two, mb2 = median_run([NETMAP, "extract", "--quiet", "--jobs", "2", args.corpus, "-o", os.devnull])
row(f"extract whole corpus ({whole_mb:.1f} MB), 2 cores vs 1", two, "netmap --jobs 1", one, target="≥ 1.8×")
note("  throughput, 2 cores", f"{whole_mb / two:.2f} MB/s ({whole_mb / one:.2f} MB/s on one core); peak {max(mb1, mb2):.0f} MB")

# 3. Linear growth and flat memory: the corpus replicated as JSON Lines; the Spark job on the
# 10 and 100 MB files.
sizes = [10, 100] if args.quick else [10, 100, 1000]
previous = None
for target_mb in sizes:
    path, written = replicate(target_mb)
    runs = RUNS if target_mb < 1000 else 1
    seconds, peak = median_run([NETMAP, "extract", "--quiet", path, "--format", "jsonl", "-o", os.devnull], runs=runs)
    growth = f", {seconds / previous:.2f}× the time of a tenth" if previous else ""
    note(f"extract {target_mb} MB JSON Lines to jsonl, 2 cores ({runs} run{'s' if runs > 1 else ''})",
         f"{seconds:.2f} s, {written / 1e6 / seconds:.2f} MB/s, peak {peak:.0f} MB{growth}",
         "≤ 10.5× per 10×, < 300 MB")
    previous = seconds
    if args.spark_python and target_mb <= 100:
        spark_job(path, target_mb)
    os.remove(path)

# 4. Rendering: in process against Graphviz's own tools on the same DOT.
alaska_dot = os.path.join(WORK, "alaska.dot")
subprocess.run([NETMAP, "extract", "--quiet", "--format", "dot", "Graphs/alaska-2025/sources", "-o", alaska_dot], check=True)
ours, _ = median_run([NETMAP, "render", "--engine", "dot", alaska_dot, "-o", os.devnull])
theirs, _ = median_run(["dot", "-Tsvg", alaska_dot, "-o", os.devnull])
row("render the Alaska graph (dot engine, SVG)", ours, "dot -Tsvg", theirs, target="≥ 0.95×")
big_json = os.path.join(WORK, "corpus.json")
subprocess.run([NETMAP, "extract", "--quiet", args.corpus, "-o", big_json], check=True)
ours, _ = median_run([NETMAP, "render", "--engine", "auto", big_json, "-o", os.devnull])
note("render the merged graph of the whole corpus, --engine auto (from its JSON)", f"{ours:.2f} s", "< 20 s")
# sfdp on the same DOT both ways: the corpus graph as netmap draws it large (lone entities left
# out, straight edges).
big_dot = os.path.join(WORK, "corpus.dot")
subprocess.run([NETMAP, "convert", "--format", "dot", big_json, "-o", big_dot], check=True)
with open(big_dot) as f:
    lines = f.read().split("\n")
kept, inside = [], False
for line in lines:
    if line.startswith('  subgraph "cluster_unrelated"'):
        inside = True
    elif inside and line == "  }":
        inside = False
    elif not inside:
        kept.append(line.replace('splines="true"', 'splines="line"'))
with open(big_dot, "w") as f:
    f.write("\n".join(kept))
ours, _ = median_run([NETMAP, "render", "--engine", "sfdp", big_dot, "-o", os.devnull])
theirs, _ = median_run(["sfdp", "-Tsvg", big_dot, "-o", os.devnull])
row("render the corpus graph's connected part with sfdp (same DOT)", ours, "sfdp -Tsvg", theirs, target="≥ 0.95×")

# 5. GraphML and GEXF of a 20,000-entity, 60,000-relation graph.
rng = random.Random(7)
entities = [{"id": f"person:p{i}", "label": f"Person {i}", "kind": "person", "aliases": [], "mentions": 1 + i % 5,
             "sources": ["s1"]} for i in range(20000)]
relations, seen = [], set()
while len(relations) < 60000:
    a, b = rng.randrange(20000), rng.randrange(20000)
    kind = rng.choice(["criticised", "supports", "leader_of", "member_of"])
    if a == b or (kind, a, b) in seen:
        continue
    seen.add((kind, a, b))
    relations.append({"kind": kind, "source": f"person:p{a}", "target": f"person:p{b}", "status": "occurred",
                      "evidence": [{"source": "s1", "sentence": f"Person {a} and Person {b}.", "start": 0, "end": 20, "cue": kind}]})
graph_json = os.path.join(WORK, "g20k.json")
with open(graph_json, "w") as f:
    json.dump({"format": "netmap-graph", "version": 1, "documents": [{"name": "s1"}], "entities": entities,
               "relations": relations}, f)
for fmt in ["graphml", "gexf"]:
    source = os.path.join(WORK, f"g20k.{fmt}")
    subprocess.run([NETMAP, "convert", "--format", fmt, graph_json, "-o", source], check=True)
    # Read and write the same file: the format code both ways, process start included.
    ours, _ = median_run([NETMAP, "convert", "--format", fmt, source, "-o", os.path.join(WORK, f"again.{fmt}")])
    if fmt == "graphml":
        reader, writer = "nx.read_graphml(src)", "nx.write_graphml(g, out)"
    else:
        reader, writer = "nx.read_gexf(src, version='1.3')", "nx.write_gexf(g, out, version='1.3')"
    nx_read = py(f"""
import time, networkx as nx
src = {source!r}
t = time.perf_counter(); g = {reader}; print(time.perf_counter() - t)
""")
    nx_write = py(f"""
import time, networkx as nx
src, out = {source!r}, {os.path.join(WORK, 'nx.' + fmt)!r}
g = {reader}
t = time.perf_counter(); {writer}; print(time.perf_counter() - t)
""")
    row(f"read and write {fmt} of 20,000 entities / 60,000 relations", ours, "NetworkX read + write", nx_read + nx_write,
        target="≥ 20× (write)")
    if fmt == "graphml":
        ig = py(f"""
import time, igraph
t = time.perf_counter(); g = igraph.Graph.Read_GraphML({source!r}); g.write_graphml({os.path.join(WORK, 'ig.graphml')!r}); print(time.perf_counter() - t)
""")
        row(f"read and write {fmt} of 20,000 entities / 60,000 relations", ours, "igraph read + write", ig, target="≥ 1× (read)")

# 6. Diff of two 100,000-relation graphs.
def half(seed, name):
    r = random.Random(seed)
    rels, keys = [], set()
    while len(rels) < 100000:
        a, b = r.randrange(30000), r.randrange(30000)
        kind = r.choice(["met", "criticised", "supports"])
        if a == b or (kind, a, b) in keys:
            continue
        keys.add((kind, a, b))
        rels.append({"kind": kind, "source": f"person:p{a}", "target": f"person:p{b}", "status": r.choice(["occurred", "planned"]),
                     "evidence": [{"source": name, "sentence": "x", "start": 0, "end": 1, "cue": kind}]})
    ents = [{"id": f"person:p{i}", "label": f"Person {i}", "kind": "person", "aliases": [], "mentions": 1, "sources": [name]}
            for i in range(30000)]
    path = os.path.join(WORK, f"{name}.json")
    with open(path, "w") as f:
        json.dump({"format": "netmap-graph", "version": 1, "documents": [{"name": name}], "entities": ents, "relations": rels}, f)
    return path
a, b = half(1, "left"), half(2, "right")
ours, _ = median_run([NETMAP, "diff", "--format", "json", a, b, "-o", os.devnull])
note("diff two 100,000-relation graphs (JSON in, JSON out)", f"{ours:.2f} s", "< 1 s")

# The table.
lines = ["| measurement | netmap | peer | peer's figure | ratio (peer / netmap) | target |", "|---|---|---|---|---|---|"]
lines += ["| " + " | ".join(r) + " |" for r in rows]
table = "\n".join(lines)
machine = subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip()
cores = os.cpu_count()
document = f"""# Benchmarks

Made by `Scripts/bench{' --quick' if args.quick else ''}` on {machine}, {cores} cores; medians of {RUNS} runs
(one run for the 1 GB row; the spaCy peer {max(3, RUNS - 2)} runs). Every row measures netmap and
its peer in the same run on the same input. Times are wall-clock seconds of whole commands,
process start included.

{table}
"""
if spark_rows:
    document += "\n" + spark_section()
with open("Graphs/benchmarks.md", "w") as f:
    f.write(document)
print(document)
shutil.rmtree(WORK, ignore_errors=True)
