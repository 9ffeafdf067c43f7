public import Foundation
import NetmapFormats
import NetmapGraph

extension DiffPresentation {
    /// The diff as JSON (RFC 8259, UTF-8):
    ///
    ///     {"entities": {"both": [...], "changed": [...], "onlyA": [...], "onlyB": [...]},
    ///      "names": {"a": "pre-summit", "b": "post-summit"},
    ///      "relations": {"both": [...], "changed": [...], "onlyA": [...], "onlyB": [...]},
    ///      "summary": {"entitiesBoth": 0, ..., "relationJaccard": 0.125, ...}}
    ///
    /// An entity is `{aliases, id, kind, label, mentions}`; a relation `{evidence, kind, source,
    /// statuses, symmetric, target}` with evidence `{cue, sentence, source}`, and a relation in
    /// both alike gives A's evidence. A `changed` item gives the differing fields as
    /// `{field: {a, b}}` (an entity's with its `id` and `label`; a relation's with its `kind`,
    /// `source`, `target`, `evidenceA` and `evidenceB`). Keys are sorted, each entity or
    /// relation is one line, the Jaccard ratios have three decimals: the same diff gives the
    /// same bytes.
    ///
    /// Written directly, item by item, not through `JSONEncoder`, which took a quarter of the
    /// time of diffing two 100,000-relation graphs (`Scripts/bench`).
    public var json: Data {
        var out = ByteWriter(capacity: 1 << 20)
        func list<T>(_ name: String, _ items: some Sequence<T>, last: Bool = false, _ write: (T) -> Void) {
            out.write("    ")
            out.jsonString(name)
            out.write(": [")
            var first = true
            for item in items {
                out.write(first ? "\n      " : ",\n      ")
                first = false
                write(item)
            }
            out.write(first ? "]" : "\n    ]")
            out.write(last ? "\n" : ",\n")
        }
        func fields(_ changes: [GraphDiff.Change]) {
            out.write("\"fields\": {")
            for (k, change) in changes.sorted(by: { $0.field < $1.field }).enumerated() {
                if k > 0 { out.write(", ") }
                out.jsonString(change.field.rawValue)
                out.write(": {\"a\": ")
                out.jsonString(change.old.text)
                out.write(", \"b\": ")
                out.jsonString(change.new.text)
                out.write("}")
            }
            out.write("}")
        }
        func evidence(_ items: [Evidence]) {
            out.write("[")
            for (k, e) in items.enumerated() {
                out.write(k > 0 ? ", {\"cue\": " : "{\"cue\": ")
                out.jsonString(e.cue)
                out.write(", \"sentence\": ")
                out.jsonString(e.sentence)
                out.write(", \"source\": ")
                out.jsonString(e.source)
                out.write("}")
            }
            out.write("]")
        }
        func pair(_ pair: Relation.Pair) {
            out.write("\"kind\": ")
            out.jsonString(pair.kind.rawValue)
            out.write(", \"source\": ")
            out.jsonString(pair.source.rawValue)
        }
        func entity(_ item: EntityItem) {
            let e = item.entity
            out.write("{\"aliases\": ")
            out.jsonStrings(e.aliases)
            out.write(", \"id\": ")
            out.jsonString(e.id.rawValue)
            out.write(", \"kind\": ")
            out.jsonString(e.kind.rawValue)
            out.write(", \"label\": ")
            out.jsonString(e.label)
            out.write(", \"mentions\": \(e.mentions)}")
        }
        func relation(_ side: GraphDiff.RelationSide) {
            out.write("{\"evidence\": ")
            evidence(side.evidence)
            out.write(", ")
            pair(side.key)
            out.write(", \"statuses\": ")
            out.jsonStrings(side.statuses.map(\.rawValue))
            out.write(side.key.isSymmetric ? ", \"symmetric\": true, \"target\": " : ", \"symmetric\": false, \"target\": ")
            out.jsonString(side.key.target.rawValue)
            out.write("}")
        }
        let entities = self.entities, relations = self.relations
        out.write("{\n  \"entities\": {\n")
        list("both", entities.lazy.filter { $0.presence == .both }, entity)
        list("changed", entities.lazy.filter { $0.presence == .changed }) { item in
            out.write("{")
            fields(item.changes)
            out.write(", \"id\": ")
            out.jsonString(item.entity.id.rawValue)
            out.write(", \"label\": ")
            out.jsonString(item.entity.label)
            out.write("}")
        }
        list("onlyA", entities.lazy.filter { $0.presence == .a }, entity)
        list("onlyB", entities.lazy.filter { $0.presence == .b }, last: true, entity)
        out.write("  },\n  \"names\": {\"a\": ")
        out.jsonString(names.a)
        out.write(", \"b\": ")
        out.jsonString(names.b)
        out.write("},\n  \"relations\": {\n")
        list("both", relations.lazy.filter { $0.presence == .both }) { relation($0.a!) }
        list("changed", relations.lazy.filter { $0.presence == .changed }) { item in
            out.write("{\"evidenceA\": ")
            evidence(item.a!.evidence)
            out.write(", \"evidenceB\": ")
            evidence(item.b!.evidence)
            out.write(", ")
            fields(item.changes)
            out.write(", ")
            pair(item.pair)
            out.write(", \"target\": ")
            out.jsonString(item.pair.target.rawValue)
            out.write("}")
        }
        list("onlyA", relations.lazy.filter { $0.presence == .a }) { relation($0.a!) }
        list("onlyB", relations.lazy.filter { $0.presence == .b }, last: true) { relation($0.b!) }
        let s = summary
        let counts: [(String, String)] = [
            ("entitiesBoth", "\(s.entitiesBoth)"), ("entitiesChanged", "\(s.entitiesChanged)"),
            ("entitiesOnlyA", "\(s.entitiesOnlyA)"), ("entitiesOnlyB", "\(s.entitiesOnlyB)"),
            ("entityJaccard", number(rounded(s.entityJaccard))), ("relationJaccard", number(rounded(s.relationJaccard))),
            ("relationsBoth", "\(s.relationsBoth)"), ("relationsChanged", "\(s.relationsChanged)"),
            ("relationsOnlyA", "\(s.relationsOnlyA)"), ("relationsOnlyB", "\(s.relationsOnlyB)"),
        ]
        out.write("  },\n  \"summary\": {")
        for (k, (key, value)) in counts.enumerated() {
            out.write(k > 0 ? ",\n    " : "\n    ")
            out.jsonString(key)
            out.write(": " + value)
        }
        out.write("\n  }\n}\n")
        return Data(out.bytes)
    }
}

/// Rounds to three decimals, so that JSON numbers read the same everywhere.
func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// A finite number as JSON writes it: whole numbers without a fraction (`1`, not `1.0`), others
/// as Swift's shortest round-tripping form (`0.125`).
func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
