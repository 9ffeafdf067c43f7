"""Graphs the browser tests make pages from: hostile names, and a year of one outlet.

Each function writes a graph in netmap's own JSON format (as `netmap extract` writes it), for
`netmap render --format html` to read.
"""
import json
import random

# Names that would run script or break a page if any of them reached it as markup, with the
# pieces of the property tests' hostile names (Tests/NetmapTestSupport/RandomGraph.swift).
HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
    "<!-- <script>window.__pwned=4</script> -->",
    "javascript:window.__pwned=5",
    "&lt;b&gt;not bold&lt;/b&gt; & <b>bold?</b>",
    "{{title}} <!--netmap:data--> ${window.__pwned=6}",
    "O'Brien \"the\" \\ back\\slash",
    "\u202eRTL override\u200f",
    "🇺🇦 Зеленський زيلينسكي 习近平 e\u0301",
    "line\nbreak\ttab\r",
    "\u2028separator\u2029",
    "a" * 2000,
]


def hostile_graph(path):
    """Twelve hostile entities of every kind, related to each other, with hostile sentences."""
    kinds = ["person", "state", "organisation"]
    entities = []
    for i, name in enumerate(HOSTILE):
        entities.append({
            "aliases": [HOSTILE[(i + 1) % len(HOSTILE)]], "id": f"{kinds[i % 3]}:hostile-{i}",
            "kind": kinds[i % 3], "label": name, "mentions": i + 1, "sources": [HOSTILE[i % 4]],
        })
    relations = []
    for i in range(len(HOSTILE) - 1):
        sentence = f"{HOSTILE[i]} met {HOSTILE[i + 1]} <script>window.__pwned=7</script>."
        relations.append({
            "evidence": [{"cue": HOSTILE[(i + 2) % len(HOSTILE)], "end": len(sentence), "sentence": sentence,
                          "source": HOSTILE[i % 4], "start": 0}],
            "kind": "met", "source": entities[i]["id"], "status": ["occurred", "planned", "proposed", "negated"][i % 4],
            "target": entities[i + 1]["id"],
        })
    documents = [{"name": HOSTILE[k], "title": HOSTILE[(k + 5) % len(HOSTILE)], "date": "2025-08-1" + str(k)}
                 for k in range(4)]
    write(path, documents, entities, relations)
    return entities


FIRST = ["Ana", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jana", "Karim", "Lena", "Mehmet",
         "Nadia", "Oleg", "Priya", "Quentin", "Rosa", "Sergei", "Tomas", "Ursula", "Viktor", "Wen", "Yara", "Zoran"]
LAST = ["Abbas", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanov", "Jansen", "Kovac",
        "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga",
        "Weber", "Xu", "Yilmaz", "Zhang"]
KINDS = ["met", "allied_with", "demanded_of", "leader_of", "member_of", "supports", "criticised", "threatened",
         "sanctioned", "praised", "invited", "rejected", "proposed_to"]
STATUSES = ["occurred"] * 6 + ["planned", "proposed", "negated"]


def large_graph(path, entities=2000, relations=5000, seed=7):
    """A year of one outlet: `entities` people, states and organisations, `relations` relations
    between them (a few hubs, as news has), each stated in one to three dated articles."""
    rng = random.Random(seed)
    kinds = ["person"] * 6 + ["state"] * 2 + ["organisation"] * 2
    documents = [{"name": f"outlet-2024-{d:03d}", "date": f"2024-{1 + d // 31 % 12:02d}-{1 + d % 28:02d}"} for d in range(365)]
    nodes, seen = [], set()
    while len(nodes) < entities:
        kind = rng.choice(kinds)
        label = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if kind == "person" else f"{rng.choice(LAST)}{'ia' if kind == 'state' else ' Union'} {len(nodes)}"
        slug = label.lower().replace(" ", "-")
        if (kind, slug) in seen:
            continue
        seen.add((kind, slug))
        nodes.append({"aliases": [label.split(" ")[-1]] if kind == "person" else [], "id": f"{kind}:{slug}",
                      "kind": kind, "label": label, "mentions": 1 + int(rng.paretovariate(1.5)),
                      "sources": sorted(rng.sample([d["name"] for d in documents], 2))})
    weights = [1.0 / (k + 1) ** 0.8 for k in range(entities)]
    rels, keys = [], set()
    while len(rels) < relations:
        a, b = rng.choices(range(entities), weights=weights, k=2)
        kind, status = rng.choice(KINDS), rng.choice(STATUSES)
        if a == b:
            continue
        if kind in ("met", "allied_with") and nodes[b]["id"] < nodes[a]["id"]:
            a, b = b, a
        if (kind, a, b, status) in keys:
            continue
        keys.add((kind, a, b, status))
        evidence = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            doc = rng.choice(documents)["name"]
            sentence = f"{nodes[a]['label']} {kind.replace('_', ' ')} {nodes[b]['label']}, officials said on the {rng.randint(1, 28)}th, in a statement that ran to several paragraphs."
            start = rng.randint(0, 5000)
            evidence.append({"cue": kind.replace("_", " "), "end": start + len(sentence), "sentence": sentence,
                             "source": doc, "start": start})
        rels.append({"evidence": evidence, "kind": kind, "source": nodes[a]["id"], "status": status, "target": nodes[b]["id"]})
    write(path, documents, nodes, rels)


def write(path, documents, entities, relations):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"documents": documents, "entities": entities, "format": "netmap-graph",
                   "relations": relations, "version": 1}, f, ensure_ascii=False)
