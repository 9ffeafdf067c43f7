public import NetmapGraph

/// What a relation is matched on between sources: its kind and endpoints, not its status.
/// Symmetric kinds have their endpoints in id order already (see ``Relation``).
public struct PairKey: Hashable, Comparable, Sendable {
    public var kind: Relation.Kind
    public var source: String
    public var target: String

    public init(_ relation: Relation) {
        kind = relation.kind
        source = relation.source
        target = relation.target
    }

    public var isSymmetric: Bool { kind.isSymmetric }

    /// `met:person:a--person:b`
    public var id: String { "\(kind.rawValue):\(source)--\(target)" }

    public static func < (lhs: PairKey, rhs: PairKey) -> Bool {
        (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
    }
}

/// A graph's relations grouped by ``PairKey``: every status a source gives one pair.
public struct PairTable: Sendable {
    public private(set) var statuses: [PairKey: Set<Relation.Status>] = [:]
    public private(set) var evidence: [PairKey: [Evidence]] = [:]

    public init(_ graph: Graph) {
        for relation in graph.relations {
            let key = PairKey(relation)
            statuses[key, default: []].insert(relation.status)
            evidence[key, default: []].append(contentsOf: relation.evidence)
        }
    }

    public var keys: Set<PairKey> { Set(statuses.keys) }
}
