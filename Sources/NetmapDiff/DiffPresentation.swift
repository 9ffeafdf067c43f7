public import NetmapGraph

/// What a diff of two sources shows, worked out once from the ``GraphDiff``: both graphs in one
/// (the union), where every entity and relation of it stands (``Presence``), the entities and
/// relation pairs in the order every listing gives them, and the summary. The text, JSON,
/// GraphML, GEXF and drawing of a diff (`DiffPresentation+Formats.swift`) and its page
/// (`NetmapHTML`) are all read from it.
///
///     let shown = DiffPresentation(GraphDiff(before, after, names: ("before", "after")))
///     print(shown.text(evidence: false))
///     shown.entityPresence["state:chile"]    // .a: only before names Chile
///
/// - Complexity: O((n + m) log(n + m)) for graphs of n and m items, once; the formats then
///   read it in linear time.
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
    /// Each graph's relations by pair.
    public let tables: (a: PairTable, b: PairTable)
    /// Both graphs merged: every entity and relation either source states.
    public let union: Graph
    /// The presence of every entity of ``union``, by id.
    public let entityPresence: [EntityID: Presence]
    /// The presence of every relation of ``union``, by ``NetmapGraph/Relation/id``: its pair's.
    public let relationPresence: [String: Presence]
    /// The entities of both sources: A's in A's order, then those only B names, in B's.
    public let entities: [EntityItem]
    /// The relation pairs of both sources, in pair order.
    public let relations: [RelationItem]
    public let summary: GraphDiff.Summary

    public init(_ diff: GraphDiff) {
        names = diff.names
        graphs = diff.graphs
        tables = diff.tables
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

        var relations: [RelationItem] = []
        relations += diff.relations.onlyA.map { RelationItem(pair: $0.key, presence: .a, a: $0, b: nil, changes: []) }
        relations += diff.relations.onlyB.map { RelationItem(pair: $0.key, presence: .b, a: nil, b: $0, changes: []) }
        relations += diff.relations.both.map { RelationItem(pair: $0.key, presence: .both, a: $0, b: nil, changes: []) }
        relations += diff.relations.changed.map { RelationItem(pair: $0.a.key, presence: .changed, a: $0.a, b: $0.b, changes: $0.changes) }
        self.relations = relations.sorted { $0.pair < $1.pair }

        union = Graph.merging([diff.graphs.a, diff.graphs.b])
        entityPresence = Dictionary(uniqueKeysWithValues: entities.map { ($0.entity.id, $0.presence) })
        let pairs = Dictionary(uniqueKeysWithValues: self.relations.map { ($0.pair, $0.presence) })
        relationPresence = Dictionary(uniqueKeysWithValues: union.relations.map { ($0.id, pairs[Relation.Pair($0)] ?? .both) })
    }

    /// The label of an entity of either source: A's, else B's, else its id.
    public func label(_ id: EntityID) -> String {
        graphs.a[entity: id]?.label ?? graphs.b[entity: id]?.label ?? id.rawValue
    }
}
