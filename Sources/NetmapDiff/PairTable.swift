public import NetmapGraph

/// A graph's relations grouped by ``Relation.Pair``: every status a source gives one pair.
public struct PairTable: Sendable {
    public private(set) var statuses: [Relation.Pair: Set<Relation.Status>] = [:]
    public private(set) var evidence: [Relation.Pair: [Evidence]] = [:]

    public init(_ graph: Graph) {
        for relation in graph.relations {
            let key = Relation.Pair(relation)
            statuses[key, default: []].insert(relation.status)
            evidence[key, default: []].append(contentsOf: relation.evidence)
        }
    }

    public var keys: Set<Relation.Pair> { Set(statuses.keys) }
}
