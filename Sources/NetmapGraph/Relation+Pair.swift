extension Relation {
    /// What a relation is matched on between sources and counted by: its kind and
    /// endpoints, not its status. Symmetric kinds have their endpoints in id order already.
    ///
    ///     Relation.Pair(relation).id  // "met:person:a--person:b"
    public struct Pair: Hashable, Comparable, Sendable {
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

        public static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
        }
    }
}

extension Graph {
    /// The relations as netmap counts them: kinds between two entities, whatever their
    /// statuses (a pair both planned and occurred is one relation).
    ///
    ///     graph.pairs.count  // the "relations" of the summary line and of a diff's header
    ///
    /// - Complexity: O(*n*) in the number of relation statuses.
    public var pairs: Set<Relation.Pair> { Set(relations.map(Relation.Pair.init)) }
}
