public import Foundation
import NetmapGraph

extension DiffPresentation {
    /// The diff as JSON: `{names, entities: {onlyA, onlyB, both, changed}, relations: {...},
    /// summary}`; `changed` items give the differing fields as `{field: {a, b}}`, and a relation
    /// in both alike A's evidence. Keys are sorted; the Jaccard ratios have three decimals.
    public var json: Data {
        func fields(_ changes: [GraphDiff.Change]) -> [String: Field] {
            Dictionary(uniqueKeysWithValues: changes.map { ($0.field.rawValue, Field(a: $0.old.text, b: $0.new.text)) })
        }
        func evidence(_ side: GraphDiff.RelationSide) -> [EvidenceRecord] {
            side.evidence.map { EvidenceRecord(source: $0.source, sentence: $0.sentence, cue: $0.cue) }
        }
        func entities(_ presence: Presence) -> [EntityRecord] {
            self.entities.filter { $0.presence == presence }.map { EntityRecord($0.entity) }
        }
        func relations(_ presence: Presence) -> [RelationItem] { self.relations.filter { $0.presence == presence } }
        let s = summary
        let file = File(
            names: ["a": names.a, "b": names.b],
            entities: Group(
                onlyA: entities(.a), onlyB: entities(.b), both: entities(.both),
                changed: self.entities.filter { $0.presence == .changed }.map {
                    EntityChange(id: $0.entity.id.rawValue, label: $0.entity.label, fields: fields($0.changes))
                }),
            relations: Group(
                onlyA: relations(.a).map { RelationRecord($0.a!) }, onlyB: relations(.b).map { RelationRecord($0.b!) },
                both: relations(.both).map { RelationRecord($0.a!) },
                changed: relations(.changed).map {
                    RelationChange(
                        kind: $0.pair.kind.rawValue, source: $0.pair.source.rawValue, target: $0.pair.target.rawValue,
                        fields: fields($0.changes), evidenceA: evidence($0.a!), evidenceB: evidence($0.b!))
                }),
            summary: Summary(
                entitiesOnlyA: s.entitiesOnlyA, entitiesOnlyB: s.entitiesOnlyB, entitiesBoth: s.entitiesBoth,
                entitiesChanged: s.entitiesChanged, relationsOnlyA: s.relationsOnlyA, relationsOnlyB: s.relationsOnlyB,
                relationsBoth: s.relationsBoth, relationsChanged: s.relationsChanged,
                entityJaccard: rounded(s.entityJaccard), relationJaccard: rounded(s.relationJaccard)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(file)) ?? Data()
        data.append(0x0A)
        return data
    }
}

/// Rounds to three decimals, so that JSON numbers read the same everywhere.
func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

// The JSON file's records.

private struct EntityRecord: Encodable {
    var id: String
    var label: String
    var kind: String
    var aliases: [String]
    var mentions: Int
    init(_ e: Entity) {
        id = e.id.rawValue
        label = e.label
        kind = e.kind.rawValue
        aliases = e.aliases
        mentions = e.mentions
    }
}

private struct EvidenceRecord: Encodable {
    var source: String
    var sentence: String
    var cue: String
}

private struct RelationRecord: Encodable {
    var kind: String
    var source: String
    var target: String
    var symmetric: Bool
    var statuses: [String]
    var evidence: [EvidenceRecord]
    init(_ side: GraphDiff.RelationSide) {
        kind = side.key.kind.rawValue
        source = side.key.source.rawValue
        target = side.key.target.rawValue
        symmetric = side.key.isSymmetric
        statuses = side.statuses.map(\.rawValue)
        evidence = side.evidence.map { EvidenceRecord(source: $0.source, sentence: $0.sentence, cue: $0.cue) }
    }
}

private struct Field: Encodable {
    var a: String
    var b: String
}

private struct EntityChange: Encodable {
    var id: String
    var label: String
    var fields: [String: Field]
}

private struct RelationChange: Encodable {
    var kind: String
    var source: String
    var target: String
    var fields: [String: Field]
    var evidenceA: [EvidenceRecord]
    var evidenceB: [EvidenceRecord]
}

private struct Group<Item: Encodable, Change: Encodable>: Encodable {
    var onlyA: [Item]
    var onlyB: [Item]
    var both: [Item]
    var changed: [Change]
}

private struct Summary: Encodable {
    var entitiesOnlyA, entitiesOnlyB, entitiesBoth, entitiesChanged: Int
    var relationsOnlyA, relationsOnlyB, relationsBoth, relationsChanged: Int
    var entityJaccard, relationJaccard: Double
}

private struct File: Encodable {
    var names: [String: String]
    var entities: Group<EntityRecord, EntityChange>
    var relations: Group<RelationRecord, RelationChange>
    var summary: Summary
}
