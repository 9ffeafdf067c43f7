public import NetmapGraph

/// What one source reports and another leaves out.
///
/// Entities are matched by id, relations by kind and endpoints (``Relation.Pair``), symmetric kinds
/// whatever their order. An entity in both is *changed* when its label, aliases or mention count
/// differ; a relation in both is changed when the sources give it different statuses.
///
///     let diff = GraphDiff(a, b, names: ("guardian", "bbc"))
///     diff.relations.onlyA   // relations only the Guardian reports
///
/// - Complexity: O((n + m) log(n + m)) for graphs of n and m items.
public struct GraphDiff: Sendable {
    public struct EntityChange: Sendable {
        public var a: Entity
        public var b: Entity
        /// The fields that differ (`aliases`, `label`, `mentions`), in that order.
        public var changes: [Change]
    }

    public struct RelationSide: Sendable {
        public var key: Relation.Pair
        public var statuses: [Relation.Status]
        public var evidence: [Evidence]
    }

    public struct RelationChange: Sendable {
        public var a: RelationSide
        public var b: RelationSide
        /// The `status` change: the sides give the pair different statuses.
        public var changes: [Change]
    }

    public struct Entities: Sendable {
        public var onlyA: [Entity] = []
        public var onlyB: [Entity] = []
        /// In both and alike (the entity from A).
        public var both: [Entity] = []
        public var changed: [EntityChange] = []
    }

    public struct Relations: Sendable {
        public var onlyA: [RelationSide] = []
        public var onlyB: [RelationSide] = []
        public var both: [RelationSide] = []
        public var changed: [RelationChange] = []
    }

    public struct Summary: Hashable, Sendable {
        public var entitiesOnlyA, entitiesOnlyB, entitiesBoth, entitiesChanged: Int
        public var relationsOnlyA, relationsOnlyB, relationsBoth, relationsChanged: Int
        /// |A ∩ B| / |A ∪ B| of the entity ids.
        public var entityJaccard: Double
        /// |A ∩ B| / |A ∪ B| of the relation pairs, statuses aside.
        public var relationJaccard: Double
    }

    public var names: (a: String, b: String)
    public var graphs: (a: Graph, b: Graph)
    /// Each graph's relations by pair.
    public let tables: (a: PairTable, b: PairTable)
    public var entities = Entities()
    public var relations = Relations()

    public init(_ a: Graph, _ b: Graph, names: (a: String, b: String)) {
        self.names = names
        self.graphs = (a, b)
        let pa = PairTable(a), pb = PairTable(b)
        tables = (pa, pb)
        for entity in a.entities {
            guard let other = b[entity: entity.id] else {
                entities.onlyA.append(entity)
                continue
            }
            var changes: [Change] = []
            if entity.aliases != other.aliases { changes.append(Change(.aliases, old: .names(entity.aliases), new: .names(other.aliases))) }
            if entity.label != other.label { changes.append(Change(.label, old: .label(entity.label), new: .label(other.label))) }
            if entity.mentions != other.mentions {
                changes.append(Change(.mentions, old: .count(entity.mentions), new: .count(other.mentions)))
            }
            if changes.isEmpty {
                entities.both.append(entity)
            } else {
                entities.changed.append(EntityChange(a: entity, b: other, changes: changes))
            }
        }
        entities.onlyB = b.entities.filter { a[entity: $0.id] == nil }

        func side(_ table: PairTable, _ key: Relation.Pair) -> RelationSide {
            RelationSide(key: key, statuses: table.statuses[key]!.sorted(), evidence: table.evidence[key]!.sorted())
        }
        for key in pa.keys.union(pb.keys).sorted() {
            switch (pa.statuses[key], pb.statuses[key]) {
            case let (sa?, sb?):
                if sa == sb {
                    relations.both.append(side(pa, key))
                } else {
                    relations.changed.append(
                        RelationChange(
                            a: side(pa, key), b: side(pb, key),
                            changes: [Change(.status, old: .statuses(sa.sorted()), new: .statuses(sb.sorted()))]))
                }
            case (_?, nil): relations.onlyA.append(side(pa, key))
            case (nil, _?): relations.onlyB.append(side(pb, key))
            case (nil, nil): break
            }
        }
    }

    public var summary: Summary {
        let entityUnion = entities.onlyA.count + entities.onlyB.count + entities.both.count + entities.changed.count
        let relationUnion = relations.onlyA.count + relations.onlyB.count + relations.both.count + relations.changed.count
        func ratio(_ shared: Int, _ union: Int) -> Double { union == 0 ? 1 : Double(shared) / Double(union) }
        return Summary(
            entitiesOnlyA: entities.onlyA.count, entitiesOnlyB: entities.onlyB.count,
            entitiesBoth: entities.both.count, entitiesChanged: entities.changed.count,
            relationsOnlyA: relations.onlyA.count, relationsOnlyB: relations.onlyB.count,
            relationsBoth: relations.both.count, relationsChanged: relations.changed.count,
            entityJaccard: ratio(entities.both.count + entities.changed.count, entityUnion),
            relationJaccard: ratio(relations.both.count + relations.changed.count, relationUnion))
    }
}
