extension Relation {
    /// The key of a relation: its kind and endpoints, not its status. Relations are matched on it
    /// between sources and counted by it; a graph holds one relation for each pair and status.
    /// Symmetric kinds have their endpoints in id order already.
    ///
    ///     Relation.Pair(relation).id  // "met:person:a--person:b"
    public struct Pair: Hashable, Comparable, Sendable {
        public var kind: Relation.Kind
        public var source: EntityID
        public var target: EntityID

        public init(_ relation: Relation) {
            kind = relation.kind
            source = relation.source
            target = relation.target
        }

        /// The pair of `kind` from `source` to `target`, put in id order for a symmetric kind.
        public init(kind: Relation.Kind, source: EntityID, target: EntityID) {
            self.kind = kind
            if kind.isSymmetric, target < source {
                self.source = target
                self.target = source
            } else {
                self.source = source
                self.target = target
            }
        }

        public var isSymmetric: Bool { kind.isSymmetric }

        /// `met:person:a--person:b`
        public var id: String { kind.rawValue + ":" + source.rawValue + "--" + target.rawValue }

        public static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
        }
    }
}
