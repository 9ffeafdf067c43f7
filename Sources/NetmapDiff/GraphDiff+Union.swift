public import NetmapGraph

/// Where an entity or relation of a diff stands.
public enum Presence: String, CaseIterable, Sendable {
    /// Only in the first source.
    case a
    /// Only in the second source.
    case b
    /// In both, alike.
    case both
    /// In both, but different (status, aliases, mentions).
    case changed
}

extension GraphDiff {
    /// Both graphs in one, with the presence of every entity (by id) and relation (by ``Relation/id``).
    public var union: (graph: Graph, entities: [EntityID: Presence], relations: [String: Presence]) {
        let graph = Graph.merging([graphs.a, graphs.b])
        var entityPresence: [EntityID: Presence] = [:]
        for e in entities.onlyA { entityPresence[e.id] = .a }
        for e in entities.onlyB { entityPresence[e.id] = .b }
        for e in entities.both { entityPresence[e.id] = .both }
        for c in entities.changed { entityPresence[c.a.id] = .changed }
        var pairPresence: [Relation.Pair: Presence] = [:]
        for r in relations.onlyA { pairPresence[r.key] = .a }
        for r in relations.onlyB { pairPresence[r.key] = .b }
        for r in relations.both { pairPresence[r.key] = .both }
        for c in relations.changed { pairPresence[c.a.key] = .changed }
        var relationPresence: [String: Presence] = [:]
        for relation in graph.relations {
            let pair = pairPresence[Relation.Pair(relation)] ?? .both
            if pair == .changed {
                relationPresence[relation.id] = .changed
            } else {
                relationPresence[relation.id] = pair
            }
        }
        return (graph, entityPresence, relationPresence)
    }
}
