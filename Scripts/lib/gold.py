#!/usr/bin/env python3
"""Gold graphs of the development set: documents, checks, agreement and scoring.

    gold.py texts GOLD_DIR OUT_DIR          write each gold document as netmap reads it:
                                            OUT_DIR/texts/<stem>.txt (files) and
                                            OUT_DIR/records.jsonl (JSON Lines records),
                                            OUT_DIR/all/<stem>.txt (every document, for the peer)
    gold.py check GOLD_DIR...               check every gold file (format, ids, ends, spans)
    gold.py score NAME=GOLD_DIR:PRED_DIR... [--by-collection] [--misses] [--json OUT]
                                            score predictions against gold sets
    gold.py import ANNOTATED_DIR INDEX OUT_DIR
                                            turn annotations whose evidence is quoted text
                                            into span form (no corpus text is kept)
    gold.py agree A_DIR B_DIR               score annotation B against annotation A
    gold.py adjudicate A_DIR B_DIR OUT_DIR  one file per document annotated twice

Gold files follow ../shared/eval/GUIDELINES.md with two changes, so that no text of the
research-only corpora is copied into the repository:
- `collection` (`reuters-1987`, `wikinews`, `bbc`, `alaska-2025`) and `doc` name the
  document: the JSON Lines `id` for `reuters-1987` and `wikinews`, the path under
  ../shared/corpus/ for `bbc` (`bbc/politics/015.txt`);
- a relation's evidence is `evidence_span: [start, end]`, Unicode scalar offsets into the
  document's text as netmap reads it (the JSON Lines `text` field; a file's characters from
  its first, a leading BOM counted), end exclusive, with `evidence_sha1`, the SHA-1 of the
  UTF-8 of that slice, so that a span that no longer points at its sentence is found.

Scoring uses the shared scorer's own code (`Gold`, `score_doc`, `prf` from score.py, imported,
not copied): a span-form gold file is turned into the scorer's form (the slice as `evidence`)
and scored by the same rules. The per-kind and per-collection figures are sums of the
scorer's per-document counts.
"""
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

KINDS = {"person", "state", "organisation"}
CORE = ["met", "allied_with", "demanded_of", "leader_of", "member_of"]
EXTENDED = {"supports", "criticised", "threatened", "sanctioned", "at_war_with", "praised",
            "invited", "rejected", "proposed_to"}
STATUSES = {"occurred", "planned", "proposed", "negated"}
WITH_STATUS = {"met", "demanded_of"}
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
JSONL = {"reuters-1987": "reuters-1987/reuters-1987.jsonl", "wikinews": "wikinews/wikinews.jsonl"}


# ------------------------------------------------------------------ documents

class Corpus:
    """The texts of gold documents, read from ../shared once each."""

    def __init__(self):
        self.records = {}

    def _load(self, collection):
        if collection in self.records:
            return
        table = {}
        path = SHARED / "corpus" / JSONL[collection]
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                table[record["id"]] = record
        self.records[collection] = table

    def record(self, gold):
        """`{"text", "date"}` of a gold file's document."""
        collection, doc = gold["collection"], gold["doc"]
        if collection in JSONL:
            self._load(collection)
            record = self.records[collection].get(doc)
            if record is None:
                raise KeyError(f"{collection} has no record {doc!r}")
            return {"text": record["text"], "date": record.get("date")}
        if collection == "alaska-2025":
            path = SHARED / "eval" / "corpus" / "alaska-2025" / doc
        else:
            path = SHARED / "corpus" / doc
        return {"text": path.read_text(encoding="utf-8"), "date": gold.get("date")}


def stem(path):
    return Path(path).name[: -len(".gold.json")]


def gold_files(directory):
    """The gold files of a set: DIR/*.gold.json and DIR/<collection>/*.gold.json."""
    directory = Path(directory)
    return sorted(list(directory.glob("*.gold.json")) + list(directory.glob("*/*.gold.json")))


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def locate(text, quoted):
    """Start and end of `quoted` in `text`, any run of white space matching any other."""
    words = quoted.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (match.start(), match.end()) if match else None


# ------------------------------------------------------------------ checks

def check_file(path, corpus):
    """Problems of one span-form gold file, as strings."""
    problems = []
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    for field in ("collection", "doc", "entities", "relations"):
        if field not in gold:
            problems.append(f"no {field!r}")
    if problems:
        return problems
    try:
        text = corpus.record(gold)["text"]
    except (KeyError, OSError) as error:
        return [f"document not found: {error}"]
    entities = {}
    for e in gold["entities"]:
        if not ID.fullmatch(e.get("id", "")):
            problems.append(f"entity id {e.get('id')!r} is not lower-case and hyphenated")
        if e.get("kind") not in KINDS:
            problems.append(f"entity {e.get('id')}: kind {e.get('kind')!r}")
        if not e.get("label"):
            problems.append(f"entity {e.get('id')}: no label")
        if e.get("id") in entities:
            problems.append(f"entity {e['id']} twice")
        entities[e.get("id")] = e
    for i, r in enumerate(gold["relations"]):
        where = f"relation {i} ({r.get('kind')} {r.get('source')} {r.get('target')})"
        if r.get("kind") not in set(CORE) | EXTENDED:
            problems.append(f"{where}: unknown kind")
        for end in ("source", "target"):
            if r.get(end) not in entities:
                problems.append(f"{where}: {end} is no entity of the file")
        if r.get("kind") in WITH_STATUS and r.get("status") not in STATUSES:
            problems.append(f"{where}: needs a status")
        if r.get("status") is not None and r.get("status") not in STATUSES:
            problems.append(f"{where}: status {r.get('status')!r}")
        if r.get("kind") in ("leader_of", "member_of") and entities.get(r.get("source"), {}).get("kind") != "person":
            problems.append(f"{where}: the source of {r.get('kind')} is a person (GUIDELINES.md rule 7)")
        span = r.get("evidence_span")
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            problems.append(f"{where}: evidence_span is not [start, end]")
            continue
        start, end = span
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: evidence_span {span} outside the text ({len(text)} characters)")
            continue
        if sha1(text[start:end]) != r.get("evidence_sha1"):
            problems.append(f"{where}: evidence_span {span} no longer slices the sentence it claims")
    return problems


# ------------------------------------------------------------------ scorer form

def scorer_form(gold, text):
    """The gold file as score.py reads it: spans become evidence text."""
    out = {"doc": gold.get("doc"), "entities": gold["entities"], "relations": []}
    for r in gold["relations"]:
        r = dict(r)
        span = r.pop("evidence_span", None)
        r.pop("evidence_sha1", None)
        if span:
            r["evidence"] = text[span[0]:span[1]]
        out["relations"].append(r)
    return out


def prediction_stem(gold_path, gold):
    """The name under which netmap writes a gold document's prediction."""
    if gold["collection"] in JSONL:
        return gold["doc"]
    return stem(gold_path)


# ------------------------------------------------------------------ texts

def write_texts(gold_dir, out_dir):
    corpus = Corpus()
    out = Path(out_dir)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "all").mkdir(parents=True, exist_ok=True)
    with open(out / "records.jsonl", "w", encoding="utf-8") as records:
        for path in gold_files(gold_dir):
            gold = json.loads(path.read_text(encoding="utf-8"))
            record = corpus.record(gold)
            name = prediction_stem(path, gold)
            if gold["collection"] in JSONL:
                line = {"id": gold["doc"], "text": record["text"]}
                if record.get("date"):
                    line["date"] = record["date"]
                records.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                (out / "texts" / f"{name}.txt").write_text(record["text"], encoding="utf-8")
            (out / "all" / f"{name}.txt").write_text(record["text"], encoding="utf-8")


# ------------------------------------------------------------------ scoring

def score_set(pairs, corpus, misses):
    """Counts summed over (gold path, prediction path) pairs, and the miss lines."""
    import networkx as nx
    import score as shared

    total = Counter()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path, pred_path in pairs:
            gold_json = json.loads(Path(gold_path).read_text(encoding="utf-8"))
            text = corpus.record(gold_json)["text"] if "collection" in gold_json else ""
            form = scorer_form(gold_json, text) if "collection" in gold_json else gold_json
            converted = Path(tmp) / Path(gold_path).name
            converted.write_text(json.dumps(form), encoding="utf-8")
            gold = shared.Gold(converted)
            graph = shared.load_prediction(pred_path)
            counts, details = shared.score_doc(gold, graph)
            total.update(counts)
            if misses:
                lines += miss_lines(gold, form, graph, details, stem(gold_path), shared)
    return total, lines


def miss_lines(gold, form, graph, details, name, shared):
    evidence = {}
    for r in form["relations"]:
        key = shared.rel_key(r["kind"], r["source"], r["target"])
        evidence.setdefault(" ".join(key), r.get("evidence", ""))
    out = []
    for item in details["rel_fn"]:
        out.append(("missed", name, item, evidence.get(item, "")))
    labels = {n: a.get("label", n) for n, a in graph.nodes(data=True)}
    index = {}
    for u, v, attrs in graph.edges(data=True):
        kind = str(attrs.get("kind", attrs.get("relation", ""))).lower()
        a = gold.index.get(shared.norm(labels[u]))
        b = gold.index.get(shared.norm(labels[v]))
        key = shared.rel_key(kind, a, b) if a and b else (kind, labels[u], labels[v])
        index.setdefault(" ".join(map(str, key[:3])), str(attrs.get("evidence", "")).split("\n")[0])
    for item in details["rel_fp"]:
        out.append(("invented", name, item, index.get(item, "")))
    for item in details["ent_fn"]:
        out.append(("missed", name, "entity " + item, ""))
    for item in details["ent_fp"]:
        out.append(("invented", name, "entity " + item, ""))
    return out


def figures(total):
    import score as shared

    ep = shared.prf(total["ent_tp"], total["ent_fp"], total["ent_fn"])
    rp = shared.prf(total["rel_tp"], total["rel_fp"], total["rel_fn"])
    kinds = {}
    for kind in CORE:
        g, t, f = total[f"gold_{kind}"], total[f"tp_{kind}"], total[f"fp_{kind}"]
        kinds[kind] = {"f1": round(shared.prf(t, f, g - t)[2], 4), "gold": g, "found": t, "wrong": f}
    status = total["status_ok"] / total["status_n"] if total["status_n"] else 0.0
    return {
        "entity_p": round(ep[0], 4), "entity_r": round(ep[1], 4), "entity_f1": round(ep[2], 4),
        "relation_p": round(rp[0], 4), "relation_r": round(rp[1], 4), "relation_f1": round(rp[2], 4),
        "status_accuracy": round(status, 4), "status_n": total["status_n"],
        "kinds": {k: v["f1"] for k, v in kinds.items()}, "kind_counts": kinds,
    }


def print_figures(name, docs, f):
    print(f"{name:24} {docs:4d} docs  entity P {f['entity_p']:.3f} R {f['entity_r']:.3f} F1 {f['entity_f1']:.3f}"
          f"  relation P {f['relation_p']:.3f} R {f['relation_r']:.3f} F1 {f['relation_f1']:.3f}"
          f"  status {f['status_accuracy']:.3f} ({f['status_n']})")
    print(" " * 30 + "  ".join(
        f"{k} {v['f1']:.2f} ({v['found']}/{v['gold']}, {v['wrong']} wrong)" for k, v in f["kind_counts"].items()))


def score_command(args):
    by_collection = "--by-collection" in args
    misses = "--misses" in args
    json_out = None
    if "--json" in args:
        json_out = args[args.index("--json") + 1]
        args = [a for a in args if a != json_out]
    specs = [a for a in args if not a.startswith("--")]
    corpus = Corpus()
    result = {"sets": {}}
    all_misses = []
    for spec in specs:
        name, _, dirs = spec.partition("=")
        gold_dir, _, pred_dir = dirs.partition(":")
        groups = defaultdict(list)
        for path in gold_files(gold_dir):
            gold = json.loads(path.read_text(encoding="utf-8"))
            pred = Path(pred_dir) / f"{prediction_stem(path, gold) if 'collection' in gold else stem(path)}.graphml"
            groups[name].append((path, pred))
            if by_collection and "collection" in gold:
                groups[f"{name}/{gold['collection']}"].append((path, pred))
        for group, pairs in groups.items():
            total, lines = score_set(pairs, corpus, misses and group == name and not name.startswith("peer:"))
            f = figures(total)
            result["sets"][group] = {k: v for k, v in f.items() if k != "kind_counts"} | {"documents": len(pairs)}
            print_figures(group, len(pairs), f)
            all_misses += [(group,) + line for line in lines]
    if misses:
        print()
        for group, what, doc, item, sentence in sorted(all_misses, key=lambda m: (m[0], m[1], m[3].split()[0], m[3].split()[1] if m[3].startswith("entity") else "", m[2])):
            print(f"{group:8} {what:8} {item:60} {doc}")
            if sentence:
                print(f"{'':18}{' '.join(sentence.split())[:300]}")
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ annotations

def import_annotations(annotated_dir, index_path, out_dir):
    """Annotations with quoted evidence (`doc` = stem) → span-form gold files."""
    index = {}
    for line in Path(index_path).read_text(encoding="utf-8").splitlines():
        name, collection, doc, date = line.split("\t")
        index[name] = (collection, doc, date)
    corpus = Corpus()
    failures = 0
    for path in sorted(Path(annotated_dir).glob("*.gold.json")):
        name = stem(path)
        collection, doc, date = index[name]
        annotated = json.loads(path.read_text(encoding="utf-8"))
        gold = {"collection": collection, "doc": doc}
        if collection == "bbc":
            gold["date"] = None
        text = corpus.record(gold)["text"]
        gold.pop("date", None)
        gold["entities"] = annotated["entities"]
        gold["relations"] = []
        for r in annotated["relations"]:
            r = dict(r)
            quoted = r.pop("evidence", "")
            found = locate(text, quoted)
            if found is None:
                print(f"{path}: evidence not found: {quoted[:80]!r}", file=sys.stderr)
                failures += 1
                continue
            r["evidence_span"] = list(found)
            r["evidence_sha1"] = sha1(text[found[0]:found[1]])
            gold["relations"].append(r)
        target = Path(out_dir) / collection / f"{name}.gold.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dumps(gold), encoding="utf-8")
    return failures


def dumps(gold):
    """One entity or relation a line: small diffs when gold is corrected."""
    head = {k: v for k, v in gold.items() if k not in ("entities", "relations")}
    lines = ["{"] + [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    for field in ("entities", "relations"):
        items = gold[field]
        lines.append(f'  "{field}": [')
        lines += [f"    {json.dumps(x, ensure_ascii=False)}{',' if i < len(items) - 1 else ''}" for i, x in enumerate(items)]
        lines.append("  ]," if field == "entities" else "  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def as_prediction(gold, path):
    """An annotation's required items as a GraphML prediction, for agreement."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for e in gold["entities"]:
        if not e.get("optional"):
            graph.add_node(e["id"], label=e["label"], kind=e["kind"])
    for r in gold["relations"]:
        if r.get("optional") or r["source"] not in graph or r["target"] not in graph:
            continue
        attrs = {"kind": r["kind"]}
        if r.get("status"):
            attrs["status"] = r["status"]
        graph.add_edge(r["source"], r["target"], **attrs)
    nx.write_graphml(graph, path)


def agree(a_dir, b_dir):
    import score as shared

    total = Counter()
    pairs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for b_path in sorted(Path(b_dir).rglob("*.gold.json")):
            a_path = Path(a_dir) / b_path.relative_to(b_dir)
            if not a_path.exists():
                continue
            pairs += 1
            pred = Path(tmp) / (stem(b_path) + ".graphml")
            as_prediction(json.loads(b_path.read_text(encoding="utf-8")), pred)
            counts, _ = shared.score_doc(shared.Gold(a_path), shared.load_prediction(pred))
            total.update(counts)
    f = figures(total)
    print_figures("agreement (B against A)", pairs, f)
    return f


def adjudicate(a_dir, b_dir, out_dir):
    """Items both annotators require stay required; the rest become optional (rule 5)."""
    import score as shared

    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for b_path in sorted(Path(b_dir).glob("*.gold.json")):
        a = json.loads((Path(a_dir) / b_path.name).read_text(encoding="utf-8"))
        b = json.loads(b_path.read_text(encoding="utf-8"))
        index = {}
        for e in a["entities"]:
            for name in [e["label"], e["id"].replace("-", " ")] + e.get("aliases", []):
                index.setdefault(shared.norm(name), e["id"])
        b_to_a = {}
        for e in b["entities"]:
            for name in [e["label"], e["id"].replace("-", " ")] + e.get("aliases", []):
                if shared.norm(name) in index:
                    b_to_a[e["id"]] = index[shared.norm(name)]
                    break
        entities = {e["id"]: dict(e) for e in a["entities"]}
        matched = set()
        for e in b["entities"]:
            target = b_to_a.get(e["id"])
            if target is None:
                entities[e["id"]] = dict(e, optional=True)
                continue
            matched.add(target)
            merged = entities[target]
            merged["aliases"] = sorted(set(merged.get("aliases", [])) | set(e.get("aliases", [])) | ({e["label"]} - {merged["label"]}))
            if merged["kind"] != e["kind"] or bool(merged.get("optional")) != bool(e.get("optional")):
                merged["optional"] = True
        for key, e in entities.items():
            if key not in matched and key in {x["id"] for x in a["entities"]}:
                e["optional"] = True

        def keyed(gold, mapping):
            out = defaultdict(list)
            for r in gold["relations"]:
                s, t = mapping(r["source"]), mapping(r["target"])
                out[shared.rel_key(r["kind"], s, t)].append(dict(r, source=s, target=t))
            return out

        ra = keyed(a, lambda x: x)
        rb = keyed(b, lambda x: b_to_a.get(x, x))
        relations = []
        for key in sorted(set(ra) | set(rb), key=str):
            both = key in ra and key in rb
            required = both and any(not r.get("optional") for r in ra[key]) and any(not r.get("optional") for r in rb[key])
            items = ra.get(key) or rb[key]
            statuses_a = {r.get("status") for r in ra.get(key, [])}
            statuses_b = {r.get("status") for r in rb.get(key, [])}
            keep = (statuses_a & statuses_b) or (statuses_a if key in ra else statuses_b)
            seen = set()
            for r in items + rb.get(key, []):
                if r.get("status") in keep and r.get("status") not in seen:
                    seen.add(r.get("status"))
                    item = dict(r)
                    item.pop("optional", None)
                    if not required:
                        item["optional"] = True
                    relations.append(item)
        out = {"doc": a.get("doc"), "entities": list(entities.values()), "relations": relations}
        (Path(out_dir) / b_path.name).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")


# ------------------------------------------------------------------ main

def main(argv):
    if not argv:
        raise SystemExit(__doc__)
    command, args = argv[0], argv[1:]
    if command == "texts":
        write_texts(*args)
    elif command == "check":
        corpus = Corpus()
        bad = total = 0
        for directory in args:
            for path in gold_files(directory):
                total += 1
                problems = check_file(path, corpus)
                bad += bool(problems)
                for p in problems:
                    print(f"{path}: {p}")
        print(f"gold files: {total - bad} passed, {bad} failed")
        sys.exit(1 if bad else 0)
    elif command == "score":
        score_command(args)
    elif command == "import":
        sys.exit(1 if import_annotations(*args) else 0)
    elif command == "agree":
        agree(*args)
    elif command == "adjudicate":
        adjudicate(*args)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
