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
    struct File: Codable {
        var format: String
        var version: Int
        var documents: [DocumentRecord]
        var entities: [EntityRecord]
        var relations: [RelationRecord]
    }

    struct DocumentRecord: Codable {
        var name: String
        var date: String?
        var title: String?
    }

    struct EntityRecord: Codable {
        var id: String
        var label: String
        var kind: String
        var aliases: [String]
        var mentions: Int
        var sources: [String]
    }

    struct EvidenceRecord: Codable {
        var source: String
        var sentence: String
        var start: Int
        var end: Int
        var cue: String
    }

    struct RelationRecord: Codable {
        var id: String?
        var kind: String
        var source: String
        var target: String
        var symmetric: Bool?
        var status: String
        var weight: Int?
        var sources: [String]?
        var evidence: [EvidenceRecord]
    }

    /// - Parameter compact: one line, for JSON Lines (`--format jsonl`).
    public static func encode(_ graph: Graph, compact: Bool = false) -> Data {
        let file = File(
            format: "netmap-graph", version: 1,
            documents: graph.sortedDocuments.map { DocumentRecord(name: $0.name, date: $0.date, title: $0.title) },
            entities: graph.entities.map {
                EntityRecord(
                    id: $0.id, label: $0.label, kind: $0.kind.rawValue, aliases: $0.aliases,
                    mentions: $0.mentions, sources: $0.sources)
            },
            relations: graph.relations.map { r in
                RelationRecord(
                    id: r.id, kind: r.kind.rawValue, source: r.source, target: r.target,
                    symmetric: r.isSymmetric, status: r.status.rawValue, weight: r.weight,
                    sources: r.sources,
                    evidence: r.evidence.map {
                        EvidenceRecord(
                            source: $0.source, sentence: $0.sentence, start: $0.start, end: $0.end,
                            cue: $0.cue)
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain records of strings and integers cannot fail.
        var data = (try? encoder.encode(file)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Reads a graph that ``encode(_:)`` wrote.
    ///
    /// - Throws: ``FormatError`` saying what is wrong.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw .notAGraph(format: "JSON", reason: describe(error))
        } catch {
            throw .notAGraph(format: "JSON", reason: "\(error)")
        }
        guard file.format == "netmap-graph" else {
            throw .notAGraph(format: "JSON", reason: "format is '\(file.format)', expected 'netmap-graph'")
        }
        guard file.version == 1 else {
            throw .invalid(format: "JSON", reason: "version \(file.version) is not supported (1 is)")
        }
        var graph = Graph()
        for d in file.documents { graph.add(Document(name: d.name, date: d.date, title: d.title)) }
        for e in file.entities {
            guard let kind = Entity.Kind(rawValue: e.kind) else {
                throw .invalid(format: "JSON", reason: "entity '\(e.id)' has unknown kind '\(e.kind)'")
            }
            graph.add(
                Entity(
                    kind: kind, label: e.label, id: e.id, aliases: e.aliases, mentions: e.mentions,
                    sources: e.sources))
        }
        for r in file.relations {
            guard let kind = Relation.Kind(rawValue: r.kind) else {
                throw .invalid(format: "JSON", reason: "relation has unknown kind '\(r.kind)'")
            }
            guard let status = Relation.Status(rawValue: r.status) else {
                throw .invalid(format: "JSON", reason: "relation has unknown status '\(r.status)'")
            }
            for end in [r.source, r.target] where graph[entity: end] == nil {
                throw .invalid(format: "JSON", reason: "relation names unknown entity '\(end)'")
            }
            graph.add(
                Relation(
                    kind: kind, source: r.source, target: r.target, status: status,
                    evidence: r.evidence.map {
                        Evidence(source: $0.source, sentence: $0.sentence, start: $0.start, end: $0.end, cue: $0.cue)
                    }))
        }
        return graph
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case let .dataCorrupted(context): return "not valid JSON (\(context.debugDescription))"
        case let .keyNotFound(key, context): return "missing '\(key.stringValue)' at \(path(context))"
        case let .typeMismatch(_, context): return "wrong type at \(path(context))"
        case let .valueNotFound(_, context): return "missing value at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
