public import Foundation
public import NetmapGraph

/// netmap's own JSON format: lossless, readable back without loss.
///
///     {"format": "netmap-graph", "version": 1,
///      "documents": [{"name": "a", "date": "2025-08-15"}],
///      "entities": [{"id": "person:vladimir-putin", "label": "Vladimir Putin",
///                    "kind": "person", "aliases": ["Putin"], "mentions": 3, "sources": ["a"]}],
///      "relations": [{"id": "...", "kind": "met", "source": "...", "target": "...",
///                     "symmetric": true, "status": "planned", "weight": 1, "sources": ["a"],
///                     "evidence": [{"source": "a", "sentence": "...", "start": 0, "end": 40,
///                                   "cue": "talks"}]}]}
///
/// Keys are sorted and entities and relations come in the graph's order, so output is
/// byte-identical for the same graph. `id`, `symmetric`, `weight` and `sources` of a relation
/// are derived and ignored on reading.
public enum JSONFormat {
    /// - Parameter compact: one line, for JSON Lines (`--format jsonl`); otherwise one record a
    ///   line inside each list.
    public static func encode(_ graph: Graph, compact: Bool = false) -> Data {
        var out = ByteWriter()
        let open = compact ? "" : "\n    ", close = compact ? "" : "\n  ", top = compact ? "" : "\n  "
        func records<T>(_ name: String, _ items: [T], _ write: (T) -> Void) {
            out.write(top)
            out.jsonString(name)
            out.write(": [")
            for (k, item) in items.enumerated() {
                out.write(k > 0 ? "," + open : open)
                write(item)
            }
            out.write(items.isEmpty ? "]," : close + "],")
        }
        out.write("{")
        records("documents", graph.sortedDocuments) { d in
            out.write("{")
            if let date = d.date { out.write("\"date\": "); out.jsonString(date); out.write(", ") }
            out.write("\"name\": "); out.jsonString(d.name)
            if let title = d.title { out.write(", \"title\": "); out.jsonString(title) }
            out.write("}")
        }
        records("entities", graph.entities) { e in
            out.write("{\"aliases\": "); out.jsonStrings(e.aliases)
            out.write(", \"id\": "); out.jsonString(e.id.rawValue)
            out.write(", \"kind\": "); out.jsonString(e.kind.rawValue)
            out.write(", \"label\": "); out.jsonString(e.label)
            out.write(", \"mentions\": \(e.mentions), \"sources\": "); out.jsonStrings(e.sources)
            out.write("}")
        }
        out.write(top + "\"format\": \"netmap-graph\",")
        records("relations", graph.relations) { r in
            out.write("{\"evidence\": [")
            for (k, e) in r.evidence.enumerated() {
                if k > 0 { out.write(", ") }
                out.write("{\"cue\": "); out.jsonString(e.cue)
                out.write(", \"end\": \(e.end), \"sentence\": "); out.jsonString(e.sentence)
                out.write(", \"source\": "); out.jsonString(e.source)
                out.write(", \"start\": \(e.start)}")
            }
            out.write("], \"id\": "); out.jsonString(r.id)
            out.write(", \"kind\": "); out.jsonString(r.kind.rawValue)
            out.write(", \"source\": "); out.jsonString(r.source.rawValue)
            out.write(", \"sources\": "); out.jsonStrings(r.sources)
            out.write(", \"status\": "); out.jsonString(r.status.rawValue)
            out.write(", \"symmetric\": \(r.isSymmetric), \"target\": "); out.jsonString(r.target.rawValue)
            out.write(", \"weight\": \(r.weight)}")
        }
        out.write(top + "\"version\": 1" + (compact ? "" : "\n") + "}\n")
        return Data(out.bytes)
    }

    /// Reads a graph that ``encode(_:compact:)`` wrote.
    ///
    /// - Throws: ``FormatError`` saying what is wrong and where.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        let root: JSONValue
        do {
            root = try JSONValue.parse(Array(data))
        } catch {
            throw .notAGraph(format: "JSON", reason: "not valid JSON (\(error.reason) at byte \(error.offset))")
        }
        guard case .object(let file) = root else {
            throw .notAGraph(format: "JSON", reason: "the top level is not an object")
        }
        guard case .string(let format)? = file["format"] else {
            throw .notAGraph(format: "JSON", reason: "missing 'format' at top level")
        }
        guard format == "netmap-graph" else {
            throw .notAGraph(format: "JSON", reason: "format is '\(format)', expected 'netmap-graph'")
        }
        guard case .number(let version)? = file["version"], version == 1 else {
            throw .invalid(format: "JSON", reason: "only version 1 is supported")
        }
        let reader = Reader()
        var graph = Graph()
        // Paths are written out only for an error message: most graphs have none.
        for (k, d) in try reader.array(file["documents"], "documents").enumerated() {
            let path = { "documents[\(k)]" }
            graph.add(Document(
                name: try reader.string(d, "name", path), date: try reader.optionalString(d, "date", path),
                title: try reader.optionalString(d, "title", path)))
        }
        for (k, e) in try reader.array(file["entities"], "entities").enumerated() {
            let path = { "entities[\(k)]" }
            let id = try reader.string(e, "id", path)
            // An id is a name in every format netmap writes; XML cannot carry control characters,
            // and two ids that differ only in them would become one.
            if id.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
                throw .invalid(format: "JSON", reason: "entity id \(id.debugDescription) at \(path()) contains a control character or non-character")
            }
            let kindName = try reader.string(e, "kind", path)
            guard let kind = Entity.Kind(rawValue: kindName) else {
                throw .invalid(format: "JSON", reason: "entity '\(id)' has unknown kind '\(kindName)'")
            }
            graph.add(Entity(
                kind: kind, label: try reader.string(e, "label", path), id: id,
                aliases: try reader.strings(e, "aliases", path), mentions: try reader.int(e, "mentions", path),
                sources: try reader.strings(e, "sources", path)))
        }
        for (k, r) in try reader.array(file["relations"], "relations").enumerated() {
            let path = { "relations[\(k)]" }
            let kindName = try reader.string(r, "kind", path)
            guard let kind = Relation.Kind(rawValue: kindName) else {
                throw .invalid(format: "JSON", reason: "relation has unknown kind '\(kindName)'")
            }
            let statusName = try reader.string(r, "status", path)
            guard let status = Relation.Status(rawValue: statusName) else {
                throw .invalid(format: "JSON", reason: "relation has unknown status '\(statusName)'")
            }
            let source = try reader.string(r, "source", path), target = try reader.string(r, "target", path)
            for end in [source, target] where graph[entity: EntityID(end)] == nil {
                throw .invalid(format: "JSON", reason: "relation names unknown entity '\(end)'")
            }
            var evidence: [Evidence] = []
            for (n, e) in try reader.array(reader.member(r, "evidence", path), "\(path()).evidence").enumerated() {
                let at = { "\(path()).evidence[\(n)]" }
                evidence.append(Evidence(
                    source: try reader.string(e, "source", at), sentence: try reader.string(e, "sentence", at),
                    start: try reader.int(e, "start", at), end: try reader.int(e, "end", at), cue: try reader.string(e, "cue", at)))
            }
            graph.add(Relation(kind: kind, source: source, target: target, status: status, evidence: evidence))
        }
        return graph
    }

    /// Typed access to parsed members, with errors that name the path.
    private struct Reader {
        func member(_ value: JSONValue, _ key: String, _ path: () -> String) throws(FormatError) -> JSONValue? {
            guard case .object(let members) = value else {
                throw .notAGraph(format: "JSON", reason: "\(path()) is not an object")
            }
            return members[key]
        }

        func array(_ value: JSONValue?, _ path: @autoclosure () -> String) throws(FormatError) -> [JSONValue] {
            guard let value else { throw .notAGraph(format: "JSON", reason: "missing '\(path())'") }
            guard case .array(let items) = value else { throw .notAGraph(format: "JSON", reason: "\(path()) is not a list") }
            return items
        }

        func string(_ value: JSONValue, _ key: String, _ path: () -> String) throws(FormatError) -> String {
            guard case .string(let s)? = try member(value, key, path) else {
                throw .notAGraph(format: "JSON", reason: "missing '\(key)' at \(path())")
            }
            return s
        }

        func optionalString(_ value: JSONValue, _ key: String, _ path: () -> String) throws(FormatError) -> String? {
            switch try member(value, key, path) {
            case nil, .null?: return nil
            case .string(let s)?: return s
            default: throw .notAGraph(format: "JSON", reason: "wrong type at \(path()).\(key)")
            }
        }

        func int(_ value: JSONValue, _ key: String, _ path: () -> String) throws(FormatError) -> Int {
            guard case .number(let n)? = try member(value, key, path), n == n.rounded(), abs(n) < 1e15 else {
                throw .notAGraph(format: "JSON", reason: "missing or non-integer '\(key)' at \(path())")
            }
            return Int(n)
        }

        func strings(_ value: JSONValue, _ key: String, _ path: () -> String) throws(FormatError) -> [String] {
            var out: [String] = []
            for item in try array(try member(value, key, path), "\(path()).\(key)") {
                guard case .string(let s) = item else { throw .notAGraph(format: "JSON", reason: "wrong type in \(path()).\(key)") }
                out.append(s)
            }
            return out
        }
    }
}
