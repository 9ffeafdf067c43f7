/// A person, state or organisation named in the news.
///
/// The `id` is derived from the kind and the canonical name, so the same entity gets the same id
/// in every document: `person:donald-trump`, `state:russia`, `organisation:nato`.
///
///     let putin = Entity(kind: .person, label: "Vladimir Putin")
///     putin.id  // "person:vladimir-putin"
public struct Entity: Hashable, Sendable {
    /// The closed set of entity kinds netmap draws.
    public enum Kind: String, CaseIterable, Comparable, Sendable {
        case person, state, organisation

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .person: 0
            case .state: 1
            case .organisation: 2
            }
        }
    }

    /// Stable, content-derived identifier: `<kind>:<slug>`.
    public var id: EntityID
    /// The canonical name shown in drawings.
    public var label: String
    public var kind: Kind
    /// Every other surface form seen for this entity, sorted, without the label.
    public var aliases: [String]
    /// How many times the entity is mentioned, over all sources.
    public var mentions: Int
    /// Names of the source documents it appears in, sorted.
    public var sources: [String]

    /// - Parameter id: the entity's id; by default the one `label` gives (``EntityID/init(kind:name:)``).
    public init(
        kind: Kind, label: String, id: EntityID? = nil, aliases: [String] = [],
        mentions: Int = 1, sources: [String] = []
    ) {
        self.kind = kind
        self.label = label
        self.id = id ?? EntityID(kind: kind, name: label)
        self.aliases = Self.sortedUnique(aliases, except: label)
        self.mentions = mentions
        self.sources = Self.sortedUnique(sources)
    }

    /// The strings of `names` in order, each once, without `excluded`: what a set of them
    /// sorted gives, without hashing them.
    private static func sortedUnique(_ names: [String], except excluded: String? = nil) -> [String] {
        var result: [String] = []
        result.reserveCapacity(names.count)
        for name in names.sorted() where name != result.last && name != excluded {
            result.append(name)
        }
        return result
    }

    /// An entity whose id is given as text, as extraction keeps its ids: the same as
    /// `Entity(kind:label:id:...)` with `EntityID(id)`.
    public init(kind: Kind, label: String, id: String, aliases: [String] = [], mentions: Int = 1, sources: [String] = []) {
        self.init(kind: kind, label: label, id: EntityID(id), aliases: aliases, mentions: mentions, sources: sources)
    }

    /// The id an entity of `kind` called `name` gets, as text.
    ///
    ///     Entity.id(kind: .state, name: "North Korea")  // "state:north-korea"
    public static func id(kind: Kind, name: String) -> String {
        EntityID(kind: kind, name: name).rawValue
    }

    /// Folds `other`, the same entity seen elsewhere, into this one.
    ///
    /// Commutative and associative: of two different labels the smaller one stays the label and
    /// the other becomes an alias, whatever the order of the merge.
    public mutating func absorb(_ other: Entity) {
        if other.label != label || !other.aliases.isEmpty {
            var names = aliases
            names.formSortedUnion(other.aliases)
            names.formSortedUnion(other.label < label ? [other.label, label] : other.label == label ? [label] : [label, other.label])
            label = min(label, other.label)
            names.removeAll { $0 == label }
            aliases = names
        }
        mentions += other.mentions
        sources.formSortedUnion(other.sources)
    }
}
