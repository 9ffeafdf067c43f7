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
        // Two halves written side by side, joined: everything through A's own relations, then
        // B's own relations and the summary (a large diff's bulk is in those two lists).
        let halves = Parallel.map([0, 1], jobs: 2) { half in
            var out = ByteWriter(capacity: 1 << 16)
            if half == 0 { writeFirstHalf(into: &out) } else { writeSecondHalf(into: &out) }
            return out.bytes
        }
        var data = Data(capacity: halves.reduce(0) { $0 + $1.count })
        for half in halves { data.append(contentsOf: half) }
        return data
    }

    // The parts are methods of the writer, not closures sharing it, which would have every
    // write checked for exclusive access at run time.
    private func writeFirstHalf(into out: inout ByteWriter) {
        let relations = relationLists, entities = self.entities
        // Room for a short line an item, so that a large diff's buffer seldom grows.
        out.reserve(120 * entities.count + 200 * (relations.onlyA.count + relations.both.count + relations.changed.count))
        func entityItems(_ presence: Presence) -> some Sequence<EntityItem> { entities.lazy.filter { $0.presence == presence } }
        out.write("{\n  \"entities\": {\n")
        out.list("both", entityItems(.both)) { $0.entity($1.entity) }
        out.list("changed", entityItems(.changed)) { out, item in
            out.write("{")
            out.fields(item.changes)
            out.write(", \"id\": ")
            out.jsonString(item.entity.id.rawValue)
            out.write(", \"label\": ")
            out.jsonString(item.entity.label)
            out.write("}")
        }
        out.list("onlyA", entityItems(.a)) { $0.entity($1.entity) }
        out.list("onlyB", entityItems(.b), last: true) { $0.entity($1.entity) }
        out.write("  },\n  \"names\": {\"a\": ")
        out.jsonString(names.a)
        out.write(", \"b\": ")
        out.jsonString(names.b)
        out.write("},\n  \"relations\": {\n")
        out.list("both", relations.both) { $0.relation($1) }
        out.list("changed", relations.changed) { out, change in
            out.write("{\"evidenceA\": ")
            out.evidence(change.a.evidence)
            out.write(", \"evidenceB\": ")
            out.evidence(change.b.evidence)
            out.write(", ")
            out.fields(change.changes)
            out.write(", ")
            out.pair(change.a.key)
            out.write(", \"target\": ")
            out.jsonString(change.a.key.target.rawValue)
            out.write("}")
        }
        out.list("onlyA", relations.onlyA) { $0.relation($1) }
    }

    private func writeSecondHalf(into out: inout ByteWriter) {
        out.reserve(200 * relationLists.onlyB.count)
        out.list("onlyB", relationLists.onlyB, last: true) { $0.relation($1) }
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
    }
}

/// The parts of a diff's JSON.
extension ByteWriter {
    /// `"name": [` the items, a line each `]`, and a comma unless `last`.
    fileprivate mutating func list<T>(_ name: String, _ items: some Sequence<T>, last: Bool = false, _ write: (inout ByteWriter, T) -> Void) {
        self.write("    ")
        jsonString(name)
        self.write(": [")
        var first = true
        for item in items {
            self.write(first ? "\n      " : ",\n      ")
            first = false
            write(&self, item)
        }
        self.write(first ? "]" : "\n    ]")
        self.write(last ? "\n" : ",\n")
    }

    fileprivate mutating func fields(_ changes: [GraphDiff.Change]) {
        write("\"fields\": {")
        for (k, change) in changes.sorted(by: { $0.field < $1.field }).enumerated() {
            if k > 0 { write(", ") }
            jsonString(change.field.rawValue)
            write(": {\"a\": ")
            jsonString(change.old.text)
            write(", \"b\": ")
            jsonString(change.new.text)
            write("}")
        }
        write("}")
    }

    fileprivate mutating func evidence(_ items: [Evidence]) {
        write("[")
        for (k, e) in items.enumerated() {
            write(k > 0 ? ", {\"cue\": " : "{\"cue\": ")
            jsonString(e.cue)
            write(", \"sentence\": ")
            jsonString(e.sentence)
            write(", \"source\": ")
            jsonString(e.source)
            write("}")
        }
        write("]")
    }

    fileprivate mutating func pair(_ pair: Relation.Pair) {
        write("\"kind\": ")
        jsonString(pair.kind.rawValue)
        write(", \"source\": ")
        jsonString(pair.source.rawValue)
    }

    fileprivate mutating func entity(_ e: Entity) {
        write("{\"aliases\": ")
        jsonStrings(e.aliases)
        write(", \"id\": ")
        jsonString(e.id.rawValue)
        write(", \"kind\": ")
        jsonString(e.kind.rawValue)
        write(", \"label\": ")
        jsonString(e.label)
        write(", \"mentions\": \(e.mentions)}")
    }

    fileprivate mutating func relation(_ side: GraphDiff.RelationSide) {
        write("{\"evidence\": ")
        evidence(side.evidence)
        write(", ")
        pair(side.key)
        write(", \"statuses\": [")
        for (k, status) in side.statuses.enumerated() {
            if k > 0 { write(", ") }
            jsonString(status.rawValue)
        }
        write(side.key.isSymmetric ? "], \"symmetric\": true, \"target\": " : "], \"symmetric\": false, \"target\": ")
        jsonString(side.key.target.rawValue)
        write("}")
    }
}

/// Rounds to three decimals, so that JSON numbers read the same everywhere.
func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// A finite number as JSON writes it: whole numbers without a fraction (`1`, not `1.0`), others
/// as Swift's shortest round-tripping form (`0.125`).
func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
