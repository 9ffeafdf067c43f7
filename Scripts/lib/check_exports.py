"""Checks netmap's exports with the readers analysts use. Called by Scripts/check-exports.

    check_exports.py NETMAP_BINARY OUT_DIR

Prints one line per check and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import csv
import json
import os
import shutil
import subprocess
import sys

NETMAP, OUT = sys.argv[1], sys.argv[2]
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
GRAPHML_XSD = os.path.join(SHARED, "schemas", "graphml", "graphml-flat.xsd")
GEXF_RNG = os.path.join(SHARED, "schemas", "gexf-1.3", "gexf.rng")
results = {"passed": 0, "failed": 0, "skipped": 0}


def report(ok, what, detail=""):
    key = "passed" if ok else "failed"
    results[key] += 1
    print(f"{'ok  ' if ok else 'FAIL'} {what}{': ' + detail if detail else ''}")


def skip(what, why):
    results["skipped"] += 1
    print(f"skip {what}: {why}")


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def netmap(*args):
    result = run([NETMAP, *args])
    if result.returncode != 0:
        raise SystemExit(f"netmap {' '.join(args)} failed: {result.stderr}")


HOSTILE = [
    'Quote " Mark', "Back\\slash", "<b>Tag</b> & Co", "New\nLine", "Tab\tTab", "Emoji \U0001F1FA\U0001F1E6 Name",
    "RTL \u202ekcah", "Bell\u0007", "&amp; already", "Apostrophe's", "\\N \\G \\L", "]]> cdata", "-- comment --",
    "{braces} [brackets] ; semicolon", "=HYPERLINK(\"x\")", "+cmd", "   spaces   ", "",
]


def stress_graph(path, size=5000):
    """A netmap JSON graph: hostile names, parallel kinds on one pair, weight 1, `size` entities."""
    kinds = ["person", "state", "organisation"]
    entities, relations = [], []
    for i in range(size):
        name = HOSTILE[i] if i < len(HOSTILE) else f"Entity {i}"
        entities.append({"id": f"{kinds[i % 3]}:e{i}", "label": name or "unnamed", "kind": kinds[i % 3],
                         "aliases": [f"alias {i}", name] if name else [], "mentions": 1 + i % 7, "sources": ["s1"]})

    def evidence(i, text):
        return [{"source": f"s{1 + i % 3}", "sentence": text, "start": i, "end": i + len(text), "cue": "cue"}]

    # Parallel relations of different kinds (and two statuses of one kind) between one pair.
    for kind, status in [("met", "occurred"), ("met", "planned"), ("allied_with", "occurred"),
                         ("demanded_of", "proposed"), ("criticised", "occurred")]:
        relations.append({"kind": kind, "source": "person:e0", "target": "state:e1", "status": status,
                          "evidence": evidence(0, f"{HOSTILE[0]} and {HOSTILE[1]}: {kind}")})
    for i in range(2, size - 1):
        kind = ["met", "leader_of", "member_of", "supports"][i % 4]
        relations.append({"kind": kind, "source": entities[i]["id"], "target": entities[i + 1]["id"],
                          "status": "occurred", "evidence": evidence(i, f"{entities[i]['label']} {kind} {i}")})
    documents = [{"name": "s1", "date": "2024-01-01"}, {"name": "s2", "date": "2024-02-01"}, {"name": "s3"}]
    with open(path, "w") as f:
        json.dump({"format": "netmap-graph", "version": 1, "documents": documents, "entities": entities,
                   "relations": relations}, f)
    return entities, relations


def check_xmllint(path, schema, relaxng):
    if not shutil.which("xmllint"):
        return skip(f"xmllint {path}", "xmllint is not installed")
    if not os.path.exists(schema):
        return skip(f"xmllint {os.path.basename(path)}", f"no schema at {os.path.normpath(schema)} (the shared folder beside the checkout)")
    result = run(["xmllint", "--nonet", "--noout", "--relaxng" if relaxng else "--schema", schema, path])
    report(result.returncode == 0, f"xmllint {'RELAX NG' if relaxng else 'XSD'} {os.path.basename(path)}",
           result.stderr.strip()[:300] if result.returncode else "")


def check_graphml(path, expect_nodes, expect_edges):
    name = os.path.basename(path)
    check_xmllint(path, GRAPHML_XSD, False)
    try:
        import networkx as nx
        g = nx.read_graphml(path, force_multigraph=True)
        attrs_ok = all({"label", "name", "kind", "aliases", "mentions", "sources"} <= set(d) for _, d in g.nodes(data=True))
        eattrs_ok = all({"kind", "interaction", "status", "symmetric", "weight", "sources", "evidence"} <= set(d)
                        for _, _, d in g.edges(data=True))
        weights_ok = all(d["weight"] > 0 for _, _, d in g.edges(data=True))
        report(g.number_of_nodes() == expect_nodes and g.number_of_edges() == expect_edges and attrs_ok and eattrs_ok
               and weights_ok, f"networkx read_graphml {name}",
               f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges, attributes {attrs_ok and eattrs_ok}")
    except ImportError:
        skip(f"networkx read_graphml {name}", "networkx could not be installed")
    try:
        import igraph
        g = igraph.Graph.Read_GraphML(path)
        report(g.vcount() == expect_nodes and g.ecount() == expect_edges and "kind" in g.es.attributes(),
               f"igraph Read_GraphML {name}", f"{g.vcount()} nodes, {g.ecount()} edges")
    except ImportError:
        skip(f"igraph Read_GraphML {name}", "python-igraph could not be installed")
    if shutil.which("graphml2gv"):
        # graphml2gv keeps the structure only (it warns "Unknown node key" for every data key).
        result = run(["graphml2gv", path])
        arrows = sum(1 for line in result.stdout.splitlines() if " -> " in line)
        report(result.returncode == 0 and arrows == expect_edges, f"graphml2gv {name}", f"{arrows} edges")
    else:
        skip(f"graphml2gv {name}", "graphml2gv is not installed")


def check_gexf(path, expect_nodes, expect_edges):
    name = os.path.basename(path)
    check_xmllint(path, GEXF_RNG, True)
    try:
        import networkx as nx
        g = nx.read_gexf(path, version="1.3")
        kinds_ok = all("kind" in d for _, d in g.nodes(data=True))
        report(g.number_of_nodes() == expect_nodes and g.number_of_edges() == expect_edges and kinds_ok,
               f"networkx read_gexf {name}", f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    except ImportError:
        skip(f"networkx read_gexf {name}", "networkx could not be installed")


def check_csv(directory, expect_nodes, expect_edges, prefix=""):
    with open(os.path.join(directory, prefix + "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(directory, prefix + "edges.csv"), newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    heads_ok = nodes and {"Id", "Label"} <= set(nodes[0]) and (not edges or {"Source", "Target", "Type", "Weight"} <= set(edges[0]))
    ids = {n["Id"] for n in nodes}
    ends_ok = all(e["Source"] in ids and e["Target"] in ids for e in edges)
    formulas_ok = all(not n["Label"].startswith(("=", "+", "-", "@")) for n in nodes)
    report(len(nodes) == expect_nodes and len(edges) == expect_edges and bool(heads_ok) and ends_ok and formulas_ok,
           f"python csv {os.path.basename(directory)}/{prefix}*.csv", f"{len(nodes)} nodes, {len(edges)} edges")


def check_conllu(path, text_path):
    """netmap parse's CoNLL-U, read by the conllu package: one tree per sentence, every head a
    token of its sentence, forms that match the text at their TokenRange."""
    try:
        import conllu
    except ImportError:
        skip(f"conllu reads {os.path.basename(path)}", "the conllu package is not installed")
        return
    text = open(text_path, encoding="utf-8").read()
    try:
        sentences = conllu.parse(open(path, encoding="utf-8").read())
    except Exception as error:  # any refusal is a failure
        report(False, f"conllu reads {os.path.basename(path)}", str(error))
        return
    problems = []
    for sentence in sentences:
        ids = [t["id"] for t in sentence]
        if ids != list(range(1, len(sentence) + 1)):
            problems.append(f"{sentence.metadata.get('sent_id')}: ids {ids[:5]}...")
        roots = [t for t in sentence if t["head"] == 0]
        if len(roots) != 1 or roots[0]["deprel"] != "root":
            problems.append(f"{sentence.metadata.get('sent_id')}: {len(roots)} roots")
        for t in sentence:
            if not (0 <= t["head"] <= len(sentence)) or t["head"] == t["id"]:
                problems.append(f"{sentence.metadata.get('sent_id')}: token {t['id']} has head {t['head']}")
            start, end = (int(x) for x in t["misc"]["TokenRange"].split(":"))
            if text[start:end].replace("\u2019", "'") != t["form"] and "\ufffd" not in t["form"]:
                problems.append(f"{sentence.metadata.get('sent_id')}: {t['form']!r} is not {text[start:end]!r}")
        try:
            sentence.to_tree()
        except Exception as error:
            problems.append(f"{sentence.metadata.get('sent_id')}: not a tree: {error}")
    ok = not problems and len(sentences) > 0
    report(ok, f"conllu reads {os.path.basename(path)}", f"{len(sentences)} sentences" if ok else "; ".join(problems[:5]))


def xml_safe(graph):
    """What XML can carry of a graph: characters XML 1.0 forbids become U+FFFD, and a line break
    inside an evidence item (newlines separate the items) becomes a space."""
    def text(value):
        return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff" else c for c in value)

    def line(value):
        return " ".join(text(value).splitlines()) if any(c in value for c in "\n\r\u2028\u2029\x85\x0b\x0c") else text(value)

    for e in graph["entities"]:
        e["label"] = text(e["label"])
        e["aliases"] = sorted({text(a) for a in e["aliases"]} - {e["label"]})
    for r in graph["relations"]:
        for ev in r["evidence"]:
            for key in ("sentence", "source", "cue"):
                ev[key] = line(ev[key])
    return graph


def main():
    corpus = os.path.join("Graphs", "alaska-2025", "sources")
    # The bundled corpus: the merged graph in every format, and the expected counts from JSON.
    netmap("extract", "--format", "json", corpus, "-o", f"{OUT}/alaska.json")
    with open(f"{OUT}/alaska.json") as f:
        data = json.load(f)
    n, e = len(data["entities"]), len(data["relations"])
    pairs = len({(r["kind"], r["source"], r["target"]) for r in data["relations"]})
    for fmt in ["graphml", "gexf"]:
        netmap("extract", "--format", fmt, corpus, "-o", f"{OUT}/alaska.{fmt}")
    netmap("extract", "--format", "csv", corpus, "-o", f"{OUT}/alaska-csv")
    check_graphml(f"{OUT}/alaska.graphml", n, e)
    check_gexf(f"{OUT}/alaska.gexf", n, pairs)
    check_csv(f"{OUT}/alaska-csv", n, e)
    # Per document, as the scorer reads them.
    netmap("extract", "--format", "graphml", "--output-dir", f"{OUT}/documents", corpus)
    for name in sorted(os.listdir(f"{OUT}/documents")):
        check_xmllint(f"{OUT}/documents/{name}", GRAPHML_XSD, False)
    # A diff, with presence on every node and edge.
    sources = sorted(os.listdir(corpus))
    a, b = os.path.join(corpus, "002_ff4f40cad8484f26.txt"), os.path.join(corpus, "003_6ebc1d0500e5683c.txt")
    for fmt in ["graphml", "gexf"]:
        netmap("diff", "--format", fmt, a, b, "-o", f"{OUT}/diff.{fmt}")
    check_xmllint(f"{OUT}/diff.graphml", GRAPHML_XSD, False)
    check_xmllint(f"{OUT}/diff.gexf", GEXF_RNG, True)
    # The stress graph.
    entities, relations = stress_graph(f"{OUT}/stress.json")
    spairs = len({(r["kind"], r["source"], r["target"]) for r in relations})
    for fmt in ["graphml", "gexf"]:
        netmap("convert", "--format", fmt, f"{OUT}/stress.json", "-o", f"{OUT}/stress.{fmt}")
    netmap("convert", "--format", "csv", f"{OUT}/stress.json", "-o", f"{OUT}/stress-csv")
    check_graphml(f"{OUT}/stress.graphml", len(entities), len(relations))
    check_gexf(f"{OUT}/stress.gexf", len(entities), spairs)
    check_csv(f"{OUT}/stress-csv", len(entities), len(relations))
    # Round trips through netmap's own readers lose nothing.
    netmap("convert", "--format", "json", f"{OUT}/stress.graphml", "-o", f"{OUT}/stress-from-graphml.json")
    netmap("convert", "--format", "json", f"{OUT}/stress.gexf", "-o", f"{OUT}/stress-from-gexf.json")
    netmap("convert", "--format", "json", f"{OUT}/stress.json", "-o", f"{OUT}/stress-canonical.json")
    canonical = xml_safe(json.load(open(f"{OUT}/stress-canonical.json")))
    for fmt in ["graphml", "gexf"]:
        back = json.load(open(f"{OUT}/stress-from-{fmt}.json"))
        same = back["entities"] == canonical["entities"] and back["relations"] == canonical["relations"]
        report(same, f"netmap reads back its {fmt}", "entities and relations equal" if same else "differs")
    # netmap parse: CoNLL-U of the corpus and of hostile text.
    for name in sorted(os.listdir(corpus))[:2]:
        netmap("parse", "--format", "conllu", os.path.join(corpus, name), "-o", f"{OUT}/{name}.conllu")
        check_conllu(f"{OUT}/{name}.conllu", os.path.join(corpus, name))
    hostile = f"{OUT}/hostile.txt"
    with open(hostile, "w", encoding="utf-8") as f:
        f.write("Tabs\tand\u000bvertical tabs, \u2028separators\u0085 and \"quotes\" # in 2024. _ _ _\n"
                "Mr. Putin met U.S. envoy Witkoff's team -- again!!! \u202eRTL\u202c \U0001F600 emoji.\n"
                + "word " * 900 + "end.\n")
    netmap("parse", hostile, "-o", f"{OUT}/hostile.conllu")
    check_conllu(f"{OUT}/hostile.conllu", hostile)
    print(f"{results['passed']} passed, {results['failed']} failed, {results['skipped']} skipped")
    sys.exit(1 if results["failed"] else 0)


main()
