import NetmapDiff
import NetmapFormats
import NetmapGraph

/// The graph as the page's script reads it: one JSON object in a `<script type="application/json">`.
///
///     {"mode": "graph", "title": "...", "sources": [], "note": null, "colours": {...},
///      "documents": [{"name": "bbc-1", "date": "2025-08-15", "title": null}],
///      "sentences": ["Trump met Putin in Anchorage."],
///      "entities": [{"id": "person:donald-trump", "label": "Donald Trump", "kind": "person",
///                    "aliases": ["Trump"], "mentions": 3, "sources": [0], "drawn": true}],
///      "relations": [{"id": "...", "kind": "met", "source": 0, "target": 1, "status": "occurred",
///                     "symmetric": true, "drawn": true,
///                     "evidence": [[0, 0, 0, 29, "met"]],   // document, sentence, start, end, cue
///                     "statements": [[0, ["occurred"], [0]]]}]}   // source, statuses, evidence
///
/// Entities and relations come in the graph's order, which the drawing's ids (`n3`, `r7`)
/// index. Documents and sentences are listed once and referred to by index. A diff adds
/// `presence` to entities and relations.
enum PageData {
    static func encode(_ view: HTMLView, drawing: HTMLDrawing) -> [UInt8] {
        let graph = view.graph
        let entities = graph.entities, relations = graph.relations
        // Every document named anywhere, whether or not the graph records it.
        var names = Set(graph.documents.keys)
        for entity in entities { names.formUnion(entity.sources) }
        for relation in relations { names.formUnion(relation.evidence.map(\.source)) }
        let documents = names.sorted()
        let documentIndex = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        let entityIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        var sentences: [String] = []
        var sentenceIndex: [String: Int] = [:]
        for relation in relations {
            for evidence in relation.evidence where sentenceIndex[evidence.sentence] == nil {
                sentenceIndex[evidence.sentence] = sentences.count
                sentences.append(evidence.sentence)
            }
        }

        var json = ScriptJSON(capacity: 1 << 20)
        json.raw("{")
        json.key("mode"); json.string(view.mode.rawValue)
        json.raw(","); json.key("title"); json.string(view.title)
        json.raw(","); json.key("sources"); json.array(view.sources) { $0.string($1) }
        json.raw(","); json.key("note"); json.optionalString(drawing.note)
        json.raw(","); json.key("colours"); colours(&json)
        json.raw(",\n"); json.key("documents")
        json.array(documents) { json, name in
            let document = graph.documents[name]
            json.raw("{"); json.key("name"); json.string(name)
            json.raw(","); json.key("date"); json.optionalString(document?.date)
            json.raw(","); json.key("title"); json.optionalString(document?.title)
            json.raw("}")
        }
        json.raw(",\n"); json.key("sentences")
        json.array(sentences) { json, sentence in json.raw("\n"); json.string(sentence) }
        json.raw(",\n"); json.key("entities")
        json.array(entities) { json, e in
            json.raw("\n{"); json.key("id"); json.string(e.id.rawValue)
            json.raw(","); json.key("label"); json.string(e.label)
            json.raw(","); json.key("kind"); json.string(e.kind.rawValue)
            json.raw(","); json.key("aliases"); json.array(e.aliases) { $0.string($1) }
            json.raw(","); json.key("mentions"); json.int(e.mentions)
            json.raw(","); json.key("sources"); json.array(e.sources) { $0.int(documentIndex[$1]!) }
            json.raw(","); json.key("drawn"); json.bool(drawing.entities.contains(e.id))
            if let presence = view.entityPresence[e.id] { json.raw(","); json.key("presence"); json.string(presence.rawValue) }
            json.raw("}")
        }
        json.raw(",\n"); json.key("relations")
        json.array(relations) { json, r in
            json.raw("\n{"); json.key("id"); json.string(r.id)
            json.raw(","); json.key("kind"); json.string(r.kind.rawValue)
            json.raw(","); json.key("source"); json.int(entityIndex[r.source] ?? -1)
            json.raw(","); json.key("target"); json.int(entityIndex[r.target] ?? -1)
            json.raw(","); json.key("status"); json.string(r.status.rawValue)
            json.raw(","); json.key("symmetric"); json.bool(r.isSymmetric)
            json.raw(","); json.key("drawn"); json.bool(drawing.relations.contains(r.id))
            if let presence = view.relationPresence[r.id] { json.raw(","); json.key("presence"); json.string(presence.rawValue) }
            json.raw(","); json.key("evidence")
            json.array(r.evidence) { json, e in
                json.raw("[\(documentIndex[e.source]!),\(sentenceIndex[e.sentence]!),\(e.start),\(e.end),")
                json.string(e.cue)
                json.raw("]")
            }
            if let statements = view.statements[r.id] {
                json.raw(","); json.key("statements")
                json.array(statements) { json, s in
                    json.raw("[\(s.source),")
                    json.array(s.statuses) { $0.string($1.rawValue) }
                    json.raw(",")
                    json.array(s.evidence) { $0.int($1) }
                    json.raw("]")
                }
            }
            json.raw("}")
        }
        json.raw("}")
        return json.bytes
    }

    /// The drawing's colours, so that the page's legend, filters and recolouring match it.
    private static func colours(_ json: inout ScriptJSON) {
        json.raw("{"); json.key("relation")
        json.raw("{")
        for (k, kind) in Relation.Kind.allCases.enumerated() {
            if k > 0 { json.raw(",") }
            json.key(kind.rawValue); json.string(Style.colour(kind))
        }
        json.raw("},"); json.key("entity")
        json.raw("{")
        for (k, kind) in Entity.Kind.allCases.enumerated() {
            if k > 0 { json.raw(",") }
            json.key(kind.rawValue); json.array([Style.fill(kind), Style.border(kind)]) { $0.string($1) }
        }
        json.raw("},"); json.key("presence")
        json.raw("{")
        for (k, presence) in Presence.allCases.enumerated() {
            if k > 0 { json.raw(",") }
            json.key(presence.rawValue); json.string(presence.colour)
        }
        json.raw("},"); json.key("agreement")
        json.array([1, 0.5, 0]) { $0.string(CoverageMatrix.agreementColour($1)) }
        json.raw("}")
    }
}
