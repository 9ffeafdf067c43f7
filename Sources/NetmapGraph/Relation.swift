/// A typed, evidenced link between two entities.
///
/// Symmetric kinds (`met`, `allied_with`) keep their endpoints in id order, so "A met B" and
/// "B met A" are one relation.
///
///     let r = Relation(kind: .met, source: "person:b", target: "person:a", status: .planned)
///     r.source  // EntityID("person:a")
///
/// A graph holds one relation for each ``Pair`` and status.
public struct Relation: Hashable, Sendable {
    /// Relation kinds: the five core kinds first, then the extended ones.
    public enum Kind: String, CaseIterable, Comparable, Sendable {
        case met
        case alliedWith = "allied_with"
        case demandedOf = "demanded_of"
        case leaderOf = "leader_of"
        case memberOf = "member_of"
        case supports, criticised, threatened, sanctioned
        case atWarWith = "at_war_with"
        case praised, invited, rejected
        case proposedTo = "proposed_to"

        /// Whether "A kind B" says the same as "B kind A".
        public var isSymmetric: Bool {
            self == .met || self == .alliedWith
        }

        /// Whether the kind is one of the five core kinds.
        public var isCore: Bool {
            switch self {
            case .met, .alliedWith, .demandedOf, .leaderOf, .memberOf: true
            default: false
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            let order = Kind.allCases
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// Whether the relation happened, is planned, was only proposed, or is denied.
    public enum Status: String, CaseIterable, Comparable, Sendable {
        case occurred, planned, proposed, negated

        public static func < (lhs: Status, rhs: Status) -> Bool {
            let order = Status.allCases
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    /// Id of the source entity (the smaller id for symmetric kinds).
    public var source: EntityID
    /// Id of the target entity.
    public var target: EntityID
    public var status: Status
    /// The sentences that state it, sorted and without repeats.
    public var evidence: [Evidence]

    public init(
        kind: Kind, source: EntityID, target: EntityID, status: Status = .occurred,
        evidence: [Evidence] = []
    ) {
        self.kind = kind
        let pair = Pair(kind: kind, source: source, target: target)
        self.source = pair.source
        self.target = pair.target
        self.status = status
        // Most relations come with one sentence, or sorted already (as netmap writes them):
        // those are kept as they are, without a set made and every sentence hashed.
        let inOrder = zip(evidence, evidence.dropFirst()).allSatisfy { $0 < $1 }
        self.evidence = inOrder ? evidence : Array(Set(evidence)).sorted()
    }

    /// A relation whose endpoints are given as text, as extraction keeps its ids: the same as
    /// `Relation(kind:source:target:...)` with `EntityID(source)` and `EntityID(target)`.
    public init(kind: Kind, source: String, target: String, status: Status = .occurred, evidence: [Evidence] = []) {
        self.init(kind: kind, source: EntityID(source), target: EntityID(target), status: status, evidence: evidence)
    }

    public var isSymmetric: Bool { kind.isSymmetric }

    /// What the relation is matched and counted by: its kind and endpoints.
    public var pair: Pair { Pair(self) }

    /// A stable id for the relation: `kind:source--target:status`, its pair's id and status.
    public var id: String { pair.id + ":" + status.rawValue }

    /// The documents that state it, sorted.
    public var sources: [String] {
        // The evidence is sorted by source first, so its sources come in order: each is kept
        // once, without a set (one is made only if the order was broken).
        var sources: [String] = []
        for item in evidence where item.source != sources.last {
            guard sources.last.map({ $0 < item.source }) ?? true else { return Set(evidence.map(\.source)).sorted() }
            sources.append(item.source)
        }
        return sources
    }

    /// The number of distinct sources that state it; at least 1.
    public var weight: Int { max(1, sources.count) }

    /// Adds the evidence of `other`, the same relation seen elsewhere.
    public mutating func absorb(_ other: Relation) {
        evidence.formSortedUnion(other.evidence)
    }
}
