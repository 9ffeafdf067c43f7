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
        // The parts are methods of the writer, not closures sharing it, which would have every
        // write checked for exclusive access at run time.
        var out = ByteWriter(capacity: 1 << 16 + 256 * (graph.entityCount + 2 * graph.relationCount))
        let layout = RecordLayout(compact: compact)
        out.write("{")
        out.records("documents", graph.sortedDocuments, layout) { $0.document($1) }
        out.records("entities", graph.entities, layout) { $0.entity($1) }
        out.write(layout.top + "\"format\": \"netmap-graph\",")
        out.records("relations", graph.relations, layout) { $0.relation($1) }
        out.write(layout.top + "\"version\": 1" + (compact ? "" : "\n") + "}\n")
        return Data(out.bytes)
    }

    /// Where a graph's JSON breaks its lines: nowhere when compact, else before each record.
    fileprivate struct RecordLayout {
        let open: String, close: String, top: String
        init(compact: Bool) { (open, close, top) = compact ? ("", "", "") : ("\n    ", "\n  ", "\n  ") }
    }

    /// Reads a graph that ``encode(_:compact:)`` wrote.
    ///
    /// - Throws: ``FormatError`` saying what is wrong and where.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        // The lists are read record by record, each made into a document, entity or relation as
        // it is read, so that no tree of the whole file is built; relations, the most numerous,
        // are read straight from the text. Errors are given in the order of a reading of the
        // whole tree: not JSON; the format and version; then the documents, entities and
        // relations, each list's first error.
        let reader = Reader()
        var format: JSONValue?, version: JSONValue?
        var documents = Records<Document>("documents"), entities = Records<Entity>("entities")
        var relations = Records<RelationRecord.Read>("relations")
        let isObject: Bool
        do {
            isObject = try JSONValue.members(of: Array(data)) { (name, parser) throws(JSONValue.Failure) in
                switch name {
                case "format": format = try parser.value(depth: 1)
                case "version": version = try parser.value(depth: 1)
                case "documents":
                    try documents.read(&parser) { (parser, path) throws(JSONValue.Failure) in
                        let d = try parser.value(depth: 2)
                        return Result { () throws(Flaw) in
                            try Flaw.of { () throws(FormatError) in Document(
                                name: try reader.string(d, "name", path), date: try reader.optionalString(d, "date", path),
                                title: try reader.optionalString(d, "title", path)) }
                        }
                    }
                case "entities":
                    try entities.read(&parser) { (parser, path) throws(JSONValue.Failure) in
                        let e = try parser.value(depth: 2)
                        return Result { () throws(Flaw) in try Flaw.of { () throws(FormatError) in try reader.entity(e, path) } }
                    }
                case "relations": try relations.read(&parser, RelationRecord.read)
                default: try parser.skip(depth: 1)
                }
            }
        } catch {
            throw .notAGraph(format: "JSON", reason: "not valid JSON (\(error.reason) at byte \(error.offset))")
        }
        guard isObject else {
            throw .notAGraph(format: "JSON", reason: "the top level is not an object")
        }
        guard case .string(let format)? = format else {
            throw .notAGraph(format: "JSON", reason: "missing 'format' at top level")
        }
        guard format == "netmap-graph" else {
            throw .notAGraph(format: "JSON", reason: "format is '\(format)', expected 'netmap-graph'")
        }
        guard case .number(let version)? = version, version == 1 else {
            throw .invalid(format: "JSON", reason: "only version 1 is supported")
        }
        var graph = Graph()
        graph.reserveCapacity(entities: entities.records.count, relations: relations.records.count)
        for document in try documents.all() { graph.add(document) }
        for entity in try entities.all() { graph.add(entity) }
        // A relation's ends are checked once every entity is in, so the relations may come first.
        func check(_ end: EntityID) throws(FormatError) {
            guard graph.contains(entity: end) else {
                throw .invalid(format: "JSON", reason: "relation names unknown entity '\(end.rawValue)'")
            }
        }
        // Relations come by source in the files netmap writes: a source just found is not
        // looked up again.
        var known: EntityID?
        for read in relations.records {
            if read.ends.0 != known {
                try check(read.ends.0)
                known = read.ends.0
            }
            try check(read.ends.1)
            graph.add(read.relation)
        }
        if let flaw = relations.flaw {
            for end in flaw.ends { try check(end) }
        }
        try relations.checked()
        return graph
    }

    /// What is wrong with a record, and the entities it names, whose absence would have been
    /// found first (a relation's ends are checked before its evidence).
    private struct Flaw: Error {
        var error: FormatError
        var ends: [EntityID] = []

        static func of<T>(_ make: () throws(FormatError) -> T) throws(Flaw) -> T {
            do { return try make() } catch { throw Flaw(error: error) }
        }
    }

    /// The records of one of the file's lists as they are read: those made before the first
    /// error, and the error. A list given twice counts as given last.
    private struct Records<Record> {
        let name: String
        var given = false, isList = false
        var records: [Record] = []
        var flaw: Flaw?

        init(_ name: String) { self.name = name }

        /// Reads the list at `parser` (depth 1); `make` reads one item (depth 2) whole, and
        /// gives its record or what is wrong with it.
        mutating func read(
            _ parser: inout JSONValue.Parser,
            _ make: (inout JSONValue.Parser, () -> String) throws(JSONValue.Failure) -> Result<Record, Flaw>
        ) throws(JSONValue.Failure) {
            (given, records, flaw) = (true, [], nil)
            var k = 0
            let name = self.name
            isList = try parser.array(depth: 1) { (parser) throws(JSONValue.Failure) in
                let index = k
                k += 1
                switch try make(&parser, { "\(name)[\(index)]" }) {
                case .success(let record) where flaw == nil: records.append(record)
                case .failure(let failure) where flaw == nil: flaw = failure
                default: break
                }
            }
        }

        /// Throws the list's error: missing, not a list, or the first record's error.
        func checked() throws(FormatError) {
            guard given else { throw .notAGraph(format: "JSON", reason: "missing '\(name)'") }
            guard isList else { throw .notAGraph(format: "JSON", reason: "\(name) is not a list") }
            if let flaw { throw flaw.error }
        }

        func all() throws(FormatError) -> [Record] {
            try checked()
            return records
        }
    }

    /// A relation as read straight from the text, field by field (a repeated name counts as
    /// given last), then checked in the order kind, status, source, target, evidence.
    private struct RelationRecord {
        struct EvidenceRecord {
            var isObject = true
            var source: String?, sentence: String?, cue: String?
            var start: Double?, end: Double?
        }
        enum EvidenceList {
            case missing, notAList
            case list([EvidenceRecord])
        }
        var kind: String?, status: String?, source: String?, target: String?
        var evidence = EvidenceList.missing

        /// A relation read, and its ends in the order the file gives them (a symmetric kind's
        /// relation has them in id order), the order they are checked in.
        struct Read {
            var relation: Relation
            var ends: (EntityID, EntityID)
        }

        /// Reads the relation at `parser` (depth 2).
        static func read(_ parser: inout JSONValue.Parser, _ path: () -> String) throws(JSONValue.Failure) -> Result<Read, Flaw> {
            var r = RelationRecord()
            let isObject = try parser.object(depth: 2) { (name, parser) throws(JSONValue.Failure) in
                switch name {
                case "kind": r.kind = try parser.stringValue(depth: 3)
                case "status": r.status = try parser.stringValue(depth: 3)
                case "source": r.source = try parser.stringValue(depth: 3)
                case "target": r.target = try parser.stringValue(depth: 3)
                case "evidence":
                    var list: [EvidenceRecord] = []
                    let isList = try parser.array(depth: 3) { (parser) throws(JSONValue.Failure) in
                        var e = EvidenceRecord()
                        e.isObject = try parser.object(depth: 4) { (name, parser) throws(JSONValue.Failure) in
                            switch name {
                            case "source": e.source = try parser.stringValue(depth: 5)
                            case "sentence": e.sentence = try parser.stringValue(depth: 5)
                            case "cue": e.cue = try parser.stringValue(depth: 5)
                            case "start": e.start = try parser.numberValue(depth: 5)
                            case "end": e.end = try parser.numberValue(depth: 5)
                            default: try parser.skip(depth: 5)
                            }
                        }
                        list.append(e)
                    }
                    r.evidence = isList ? .list(list) : .notAList
                default: try parser.skip(depth: 3)
                }
            }
            guard isObject else { return .failure(Flaw(error: .notAGraph(format: "JSON", reason: "\(path()) is not an object"))) }
            return Result { () throws(Flaw) in try r.relation(path) }
        }

        func relation(_ path: () -> String) throws(Flaw) -> Read {
            func missing(_ key: String, _ path: () -> String) -> Flaw {
                Flaw(error: .notAGraph(format: "JSON", reason: "missing '\(key)' at \(path())"))
            }
            func invalid(_ reason: String) -> Flaw { Flaw(error: .invalid(format: "JSON", reason: reason)) }
            guard let kindName = kind else { throw missing("kind", path) }
            guard let kind = Relation.Kind(rawValue: kindName) else {
                throw invalid("relation has unknown kind '\(kindName)'")
            }
            guard let statusName = status else { throw missing("status", path) }
            guard let status = Relation.Status(rawValue: statusName) else {
                throw invalid("relation has unknown status '\(statusName)'")
            }
            guard let source else { throw missing("source", path) }
            guard let target else { throw missing("target", path) }
            let ends = [EntityID(source), EntityID(target)]
            func unread(_ reason: String) -> Flaw { Flaw(error: .notAGraph(format: "JSON", reason: reason), ends: ends) }
            let records: [EvidenceRecord]
            switch self.evidence {
            case .missing: throw unread("missing '\(path()).evidence'")
            case .notAList: throw unread("\(path()).evidence is not a list")
            case .list(let list): records = list
            }
            var evidence: [Evidence] = []
            evidence.reserveCapacity(records.count)
            for (n, e) in records.enumerated() {
                func at() -> String { "\(path()).evidence[\(n)]" }
                guard e.isObject else { throw unread("\(at()) is not an object") }
                guard let source = e.source else { throw unread("missing 'source' at \(at())") }
                guard let sentence = e.sentence else { throw unread("missing 'sentence' at \(at())") }
                let start: Int, end: Int
                do {
                    (start, end) = (try Reader.integer(e.start, "start", at), try Reader.integer(e.end, "end", at))
                } catch {
                    throw Flaw(error: error, ends: ends)
                }
                guard let cue = e.cue else { throw unread("missing 'cue' at \(at())") }
                evidence.append(Evidence(source: source, sentence: sentence, start: start, end: end, cue: cue))
            }
            return Read(
                relation: Relation(kind: kind, source: source, target: target, status: status, evidence: evidence),
                ends: (EntityID(source), EntityID(target)))
        }
    }

    /// Typed access to parsed members, with errors that name the path.
    private struct Reader {
        func entity(_ e: JSONValue, _ path: () -> String) throws(FormatError) -> Entity {
            let id = try string(e, "id", path)
            // An id is a name in every format netmap writes; XML cannot carry control characters,
            // and two ids that differ only in them would become one.
            if id.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
                throw .invalid(format: "JSON", reason: "entity id \(id.debugDescription) at \(path()) contains a control character or non-character")
            }
            let kindName = try string(e, "kind", path)
            guard let kind = Entity.Kind(rawValue: kindName) else {
                throw .invalid(format: "JSON", reason: "entity '\(id)' has unknown kind '\(kindName)'")
            }
            return Entity(
                kind: kind, label: try string(e, "label", path), id: id,
                aliases: try strings(e, "aliases", path), mentions: try int(e, "mentions", path),
                sources: try strings(e, "sources", path))
        }

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
            guard case .number(let n)? = try member(value, key, path) else { return try Self.integer(nil, key, path) }
            return try Self.integer(n, key, path)
        }

        /// `number` as an integer, or an error naming `key` when it is missing or not one.
        static func integer(_ number: Double?, _ key: String, _ path: () -> String) throws(FormatError) -> Int {
            guard let n = number, n == n.rounded(), abs(n) < 1e15 else {
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

/// The parts of a graph's JSON.
extension ByteWriter {
    fileprivate mutating func records<T>(
        _ name: String, _ items: [T], _ layout: JSONFormat.RecordLayout, _ write: (inout ByteWriter, T) -> Void
    ) {
        self.write(layout.top)
        jsonString(name)
        self.write(": [")
        for (k, item) in items.enumerated() {
            if k > 0 { self.write(",") }
            self.write(layout.open)
            write(&self, item)
        }
        self.write(items.isEmpty ? "]," : layout.close + "],")
    }

    fileprivate mutating func document(_ d: Document) {
        write("{")
        if let date = d.date { write("\"date\": "); jsonString(date); write(", ") }
        write("\"name\": "); jsonString(d.name)
        if let title = d.title { write(", \"title\": "); jsonString(title) }
        write("}")
    }

    fileprivate mutating func entity(_ e: Entity) {
        write("{\"aliases\": "); jsonStrings(e.aliases)
        write(", \"id\": "); jsonString(e.id.rawValue)
        write(", \"kind\": "); jsonString(e.kind.rawValue)
        write(", \"label\": "); jsonString(e.label)
        write(", \"mentions\": \(e.mentions), \"sources\": "); jsonStrings(e.sources)
        write("}")
    }

    fileprivate mutating func relation(_ r: Relation) {
        write("{\"evidence\": [")
        for (k, e) in r.evidence.enumerated() {
            if k > 0 { write(", ") }
            write("{\"cue\": "); jsonString(e.cue)
            write(", \"end\": \(e.end), \"sentence\": "); jsonString(e.sentence)
            write(", \"source\": "); jsonString(e.source)
            write(", \"start\": \(e.start)}")
        }
        let sources = r.sources
        write("], \"id\": "); jsonString(r.id)
        write(", \"kind\": "); jsonString(r.kind.rawValue)
        write(", \"source\": "); jsonString(r.source.rawValue)
        write(", \"sources\": "); jsonStrings(sources)
        write(", \"status\": "); jsonString(r.status.rawValue)
        write(", \"symmetric\": \(r.isSymmetric), \"target\": "); jsonString(r.target.rawValue)
        write(", \"weight\": \(max(1, sources.count))}")
    }
}
