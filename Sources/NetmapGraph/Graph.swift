/// A typed graph of entities and relations, from one document or merged from many.
///
/// Entities are unified by ``EntityID`` and relations by ``Relation/Pair`` and status; every accessor returns them
/// in a deterministic order, so the same input always gives the same output.
///
///     var graph = Graph()
///     graph.add(Entity(kind: .person, label: "Emmanuel Macron", sources: ["a"]))
///     graph.merge(otherGraph)
public struct Graph: Hashable, Sendable {
    /// Where a relation is kept: its pair, then its status (the order of ``relations``).
    private struct Slot: Hashable, Comparable {
        var pair: Relation.Pair
        var status: Relation.Status
        init(_ relation: Relation) { (pair, status) = (relation.pair, relation.status) }
        init(pair: Relation.Pair, status: Relation.Status) { (self.pair, self.status) = (pair, status) }
        static func < (lhs: Slot, rhs: Slot) -> Bool {
            // Field by field, each compared once: comparing the pairs whole first would compare
            // their ids twice (this order sorts every relation list).
            if lhs.pair.source != rhs.pair.source { return lhs.pair.source < rhs.pair.source }
            if lhs.pair.target != rhs.pair.target { return lhs.pair.target < rhs.pair.target }
            if lhs.pair.kind != rhs.pair.kind { return lhs.pair.kind < rhs.pair.kind }
            return lhs.status < rhs.status
        }
    }

    private var entityTable: [EntityID: Entity] = [:]
    private var relationTable: [Slot: Relation] = [:]
    /// Source documents that went into the graph, by name.
    public private(set) var documents: [String: Document] = [:]

    public init() {}

    public init(entities: [Entity], relations: [Relation], documents: [Document] = []) {
        for entity in entities { add(entity) }
        for relation in relations { add(relation) }
        for document in documents { add(document) }
    }

    /// Entities sorted by kind, then id.
    public var entities: [Entity] {
        // Sorting small (kind, id) pairs, not whole entities, keeps this fast on large graphs.
        entityTable.map { ($0.value.kind, $0.key) }.sorted { $0 < $1 }.map { entityTable[$0.1]! }
    }

    /// Relations sorted by source, target, kind and status.
    public var relations: [Relation] {
        relationTable.keys.sorted().map { relationTable[$0]! }
    }

    /// Documents sorted by name.
    public var sortedDocuments: [Document] {
        documents.values.sorted { $0.name < $1.name }
    }

    public var isEmpty: Bool { entityTable.isEmpty && relationTable.isEmpty }

    /// The number of entities, without sorting them.
    public var entityCount: Int { entityTable.count }

    /// The number of relations (a relation for each pair and status), without sorting them.
    public var relationCount: Int { relationTable.count }

    /// The relations as netmap counts them: kinds between two entities, whatever their
    /// statuses (a pair both planned and occurred is one relation).
    ///
    ///     graph.pairs.count  // the "relations" of the summary line and of a diff's header
    ///
    /// - Complexity: O(*n*) in the number of relation statuses.
    public var pairs: Set<Relation.Pair> { Set(relationTable.keys.lazy.map(\.pair)) }

    public subscript(entity id: EntityID) -> Entity? { entityTable[id] }

    /// Whether the graph holds an entity with this id (without copying it out).
    public func contains(entity id: EntityID) -> Bool { entityTable.index(forKey: id) != nil }

    /// Makes room for this many entities and relations in all, so that adding them does not
    /// grow the tables step by step.
    public mutating func reserveCapacity(entities: Int, relations: Int) {
        entityTable.reserveCapacity(entities)
        relationTable.reserveCapacity(relations)
    }

    /// The relation of `pair` with `status`, if the graph holds it.
    public subscript(relation pair: Relation.Pair, status status: Relation.Status) -> Relation? {
        relationTable[Slot(pair: pair, status: status)]
    }

    /// Adds an entity, or folds it into the entity with the same id.
    public mutating func add(_ entity: Entity) {
        // Folded in place, so that the entity's arrays are not copied for each addition.
        if let index = entityTable.index(forKey: entity.id) {
            entityTable.values[index].absorb(entity)
        } else {
            entityTable[entity.id] = entity
        }
    }

    /// Adds a relation, or folds its evidence into the relation with the same pair and status.
    public mutating func add(_ relation: Relation) {
        let slot = Slot(relation)
        if let index = relationTable.index(forKey: slot) {
            relationTable.values[index].absorb(relation)
        } else {
            relationTable[slot] = relation
        }
    }

    /// The graph without the entities that take part in no relation.
    public func droppingUnrelated() -> Graph {
        var related = Set<EntityID>(minimumCapacity: entityTable.count)
        for slot in relationTable.keys {
            related.insert(slot.pair.source)
            related.insert(slot.pair.target)
        }
        var graph = self
        graph.entityTable = entityTable.filter { related.contains($0.key) }
        return graph
    }

    /// Puts `entity` in place of the entity with its id, as it is.
    public mutating func replace(_ entity: Entity) {
        entityTable[entity.id] = entity
    }

    /// Puts `relation` in place of the relation with its pair and status, evidence and all.
    public mutating func replace(_ relation: Relation) {
        relationTable[Slot(relation)] = relation
    }

    /// Records a source document.
    public mutating func add(_ document: Document) {
        if let existing = documents[document.name] {
            documents[document.name] = existing.filling(from: document)
        } else {
            documents[document.name] = document
        }
    }

    /// Folds `other` into this graph: entities by id, relations by pair and status, evidence accumulated.
    ///
    /// The merge is associative and commutative: any grouping or order of the same graphs gives
    /// the same result.
    public mutating func merge(_ other: Graph) {
        for entity in other.entityTable.values { add(entity) }
        for relation in other.relationTable.values { add(relation) }
        for document in other.documents.values { add(document) }
    }

    /// The merge of many graphs.
    public static func merging(_ graphs: some Sequence<Graph>) -> Graph {
        // The first graph is the start: folding it into an empty graph would give it back.
        var rest = graphs.makeIterator()
        guard var result = rest.next() else { return Graph() }
        while let graph = rest.next() { result.merge(graph) }
        return result
    }
}
