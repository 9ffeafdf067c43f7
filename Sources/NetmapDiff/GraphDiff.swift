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
/// - Complexity: O(n log n + m log m) for graphs of n and m items.
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
    public var entities = Entities()
    public var relations = Relations()

    /// Each graph's relations by pair, made from ``graphs`` on each access (the HTML view's
    /// statements read them; the diff itself does not).
    ///
    /// - Complexity: O(n log n) in the relations of both graphs.
    public var tables: (a: PairTable, b: PairTable) { (PairTable(graphs.a), PairTable(graphs.b)) }

    public init(_ a: Graph, _ b: Graph, names: (a: String, b: String)) {
        self.names = names
        self.graphs = (a, b)
        // Both sides' pairs in pair order, and the entities each side names, gathered on two
        // threads; the pairs are then walked together as in a merge.
        let halves = Parallel.map([0, 1], jobs: 2) { k in
            k == 0 ? (sides: Self.sides(a), entities: Self.entities(a, b)) : (sides: Self.sides(b), entities: Entities(onlyB: Self.onlyB(a, b)))
        }
        entities = halves[0].entities
        entities.onlyB = halves[1].entities.onlyB
        let (sidesA, sidesB) = (halves[0].sides, halves[1].sides)
        var i = 0, j = 0
        while i < sidesA.count || j < sidesB.count {
            if j == sidesB.count || (i < sidesA.count && sidesA[i].key < sidesB[j].key) {
                relations.onlyA.append(sidesA[i])
                i += 1
            } else if i == sidesA.count || sidesB[j].key < sidesA[i].key {
                relations.onlyB.append(sidesB[j])
                j += 1
            } else {
                let (sa, sb) = (sidesA[i], sidesB[j])
                if sa.statuses == sb.statuses {
                    relations.both.append(sa)
                } else {
                    relations.changed.append(
                        RelationChange(a: sa, b: sb, changes: [Change(.status, old: .statuses(sa.statuses), new: .statuses(sb.statuses))]))
                }
                i += 1
                j += 1
            }
        }
    }

    /// The entities of `a`, each only in A, in both alike, or changed in B.
    static func entities(_ a: Graph, _ b: Graph) -> Entities {
        var entities = Entities()
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
        return entities
    }

    /// The entities only B names.
    static func onlyB(_ a: Graph, _ b: Graph) -> [Entity] {
        b.entities.filter { !a.contains(entity: $0.id) }
    }

    /// A graph's relations gathered by pair, in pair order: every status the graph gives a pair,
    /// sorted, and the evidence of all of them, sorted.
    static func sides(_ graph: Graph) -> [RelationSide] {
        var sides: [RelationSide] = []
        // `relations` come by pair, then status: a pair's statuses are adjacent and in order.
        for relation in graph.relations {
            let key = relation.pair
            if let last = sides.indices.last, sides[last].key == key {
                sides[last].statuses.append(relation.status)
                sides[last].evidence += relation.evidence
            } else {
                sides.append(RelationSide(key: key, statuses: [relation.status], evidence: relation.evidence))
            }
        }
        for k in sides.indices { sides[k].evidence.sort() }
        return sides
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
