public import NetmapGraph

/// What a diff of two sources shows, worked out once from the ``GraphDiff``: where every entity
/// and relation pair stands (``Presence``), the entities and relation pairs in the order every
/// listing gives them, the summary, and both graphs in one (the union, made when a format
/// first asks for it). The text, JSON, GraphML, GEXF and drawing of a diff
/// (`DiffPresentation+Formats.swift`) and its page (`NetmapHTML`) are all read from it.
///
///     let shown = DiffPresentation(GraphDiff(before, after, names: ("before", "after")))
///     print(shown.text(evidence: false))
///     shown.entityPresence["state:chile"]    // .a: only before names Chile
///
/// - Complexity: O(n + m) for graphs of n and m items, from the diff; the union O((n + m)
///   log(n + m)), once. The formats then read it in linear time.
public struct DiffPresentation: Sendable {
    /// An entity of either source.
    public struct EntityItem: Sendable {
        /// The entity as the source that has it gives it; A's when both have it.
        public var entity: Entity
        public var presence: Presence
        /// The fields that differ, for a changed entity (``GraphDiff/EntityChange/changes``).
        public var changes: [GraphDiff.Change]
    }

    /// A relation pair (kind and endpoints) of either source, with every status each gives it.
    public struct RelationItem: Sendable {
        public var pair: Relation.Pair
        public var presence: Presence
        /// What A says of the pair (and B alike, for a pair in both); nil when only B states it.
        public var a: GraphDiff.RelationSide?
        /// What B says of the pair when A does not say the same; nil otherwise.
        public var b: GraphDiff.RelationSide?
        /// The `status` change, for a changed pair.
        public var changes: [GraphDiff.Change]
    }

    public let names: (a: String, b: String)
    /// The two graphs compared.
    public let graphs: (a: Graph, b: Graph)
    /// The presence of every entity of either source, by id.
    public let entityPresence: [EntityID: Presence]
    /// The entities of both sources: A's in A's order, then those only B names, in B's.
    public let entities: [EntityItem]
    /// The relation pairs of both sources, in pair order. Made on first use: the JSON of a diff
    /// reads the diff's own lists (``relationLists``).
    public var relations: [RelationItem] { ordered.value }
    private let ordered: Once<[RelationItem]>
    /// The diff's relation pairs, by presence, each list in pair order.
    let relationLists: GraphDiff.Relations
    public let summary: GraphDiff.Summary
    /// The union and the relations' presence, made on first use: the text and JSON of a diff
    /// do without them.
    private let merged: Once<(union: Graph, relationPresence: [String: Presence])>

    /// Both graphs merged: every entity and relation either source states. Made on first use.
    public var union: Graph { merged.value.union }

    /// The presence of every relation of ``union``, by ``NetmapGraph/Relation/id``: its pair's.
    /// Made on first use, with ``union``.
    public var relationPresence: [String: Presence] { merged.value.relationPresence }

    /// Each graph's relations by pair, made from ``graphs`` on each access.
    ///
    /// - Complexity: O(n log n) in the relations of both graphs.
    public var tables: (a: PairTable, b: PairTable) { (PairTable(graphs.a), PairTable(graphs.b)) }

    public init(_ diff: GraphDiff) {
        names = diff.names
        graphs = diff.graphs
        summary = diff.summary
        var entities: [EntityItem] = []
        let onlyA = Set(diff.entities.onlyA.map(\.id)), both = Set(diff.entities.both.map(\.id))
        let changed = Dictionary(uniqueKeysWithValues: diff.entities.changed.map { ($0.a.id, $0) })
        for entity in diff.graphs.a.entities {
            if let change = changed[entity.id] {
                entities.append(EntityItem(entity: entity, presence: .changed, changes: change.changes))
            } else if onlyA.contains(entity.id) || both.contains(entity.id) {
                entities.append(EntityItem(entity: entity, presence: onlyA.contains(entity.id) ? .a : .both, changes: []))
            }
        }
        entities += diff.entities.onlyB.map { EntityItem(entity: $0, presence: .b, changes: []) }
        self.entities = entities
        entityPresence = Dictionary(uniqueKeysWithValues: entities.map { ($0.entity.id, $0.presence) })

        let lists = diff.relations, (a, b) = diff.graphs
        relationLists = lists
        let ordered = Once { Self.merging(lists) }
        self.ordered = ordered
        merged = Once {
            let union = Graph.merging([a, b])
            let pairs = Dictionary(uniqueKeysWithValues: ordered.value.map { ($0.pair, $0.presence) })
            return (union, Dictionary(uniqueKeysWithValues: union.relations.map { ($0.id, pairs[$0.pair] ?? .both) }))
        }
    }

    /// The diff's four lists, each in pair order, merged into one (not sorted again).
    private static func merging(_ diff: GraphDiff.Relations) -> [RelationItem] {
        let lists: [[RelationItem]] = [
            diff.onlyA.map { RelationItem(pair: $0.key, presence: .a, a: $0, b: nil, changes: []) },
            diff.onlyB.map { RelationItem(pair: $0.key, presence: .b, a: nil, b: $0, changes: []) },
            diff.both.map { RelationItem(pair: $0.key, presence: .both, a: $0, b: nil, changes: []) },
            diff.changed.map { RelationItem(pair: $0.a.key, presence: .changed, a: $0.a, b: $0.b, changes: $0.changes) },
        ]
        var relations: [RelationItem] = []
        relations.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var next = [Int](repeating: 0, count: lists.count)
        while true {
            var least: Int?
            for k in lists.indices where next[k] < lists[k].count {
                if let l = least, !(lists[k][next[k]].pair < lists[l][next[l]].pair) { continue }
                least = k
            }
            guard let k = least else { break }
            relations.append(lists[k][next[k]])
            next[k] += 1
        }
        return relations
    }

    /// The label of an entity of either source: A's, else B's, else its id.
    public func label(_ id: EntityID) -> String {
        graphs.a[entity: id]?.label ?? graphs.b[entity: id]?.label ?? id.rawValue
    }
}
