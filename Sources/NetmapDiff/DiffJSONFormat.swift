public import Foundation
import NetmapGraph

/// A diff as JSON: `{names, entities: {onlyA, onlyB, both, changed}, relations: {...}, summary}`;
/// `changed` items give the differing fields as `{field: {a, b}}`. Keys are sorted.
public enum DiffJSONFormat {
    struct EntityRecord: Encodable {
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

    struct EvidenceRecord: Encodable {
        var source: String
        var sentence: String
        var cue: String
    }

    struct RelationRecord: Encodable {
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

    struct Field: Encodable {
        var a: String
        var b: String
    }

    struct EntityChange: Encodable {
        var id: String
        var label: String
        var fields: [String: Field]
    }

    struct RelationChange: Encodable {
        var kind: String
        var source: String
        var target: String
        var fields: [String: Field]
        var evidenceA: [EvidenceRecord]
        var evidenceB: [EvidenceRecord]
    }

    struct Group<Item: Encodable, Change: Encodable>: Encodable {
        var onlyA: [Item]
        var onlyB: [Item]
        var both: [Item]
        var changed: [Change]
    }

    struct Summary: Encodable {
        var entitiesOnlyA, entitiesOnlyB, entitiesBoth, entitiesChanged: Int
        var relationsOnlyA, relationsOnlyB, relationsBoth, relationsChanged: Int
        var entityJaccard, relationJaccard: Double
    }

    struct File: Encodable {
        var names: [String: String]
        var entities: Group<EntityRecord, EntityChange>
        var relations: Group<RelationRecord, RelationChange>
        var summary: Summary
    }

    public static func encode(_ diff: GraphDiff) -> Data {
        func fields(_ changes: [GraphDiff.Change]) -> [String: Field] {
            Dictionary(uniqueKeysWithValues: changes.map { ($0.field.rawValue, Field(a: $0.old.text, b: $0.new.text)) })
        }
        func evidence(_ side: GraphDiff.RelationSide) -> [EvidenceRecord] {
            side.evidence.map { EvidenceRecord(source: $0.source, sentence: $0.sentence, cue: $0.cue) }
        }
        let s = diff.summary
        let file = File(
            names: ["a": diff.names.a, "b": diff.names.b],
            entities: Group(
                onlyA: diff.entities.onlyA.map(EntityRecord.init), onlyB: diff.entities.onlyB.map(EntityRecord.init),
                both: diff.entities.both.map(EntityRecord.init),
                changed: diff.entities.changed.map { EntityChange(id: $0.a.id.rawValue, label: $0.a.label, fields: fields($0.changes)) }),
            relations: Group(
                onlyA: diff.relations.onlyA.map(RelationRecord.init), onlyB: diff.relations.onlyB.map(RelationRecord.init),
                both: diff.relations.both.map(RelationRecord.init),
                changed: diff.relations.changed.map {
                    RelationChange(
                        kind: $0.a.key.kind.rawValue, source: $0.a.key.source.rawValue, target: $0.a.key.target.rawValue,
                        fields: fields($0.changes), evidenceA: evidence($0.a), evidenceB: evidence($0.b))
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
