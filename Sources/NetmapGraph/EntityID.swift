/// The identifier of an entity: its kind and the slug of its canonical name, written
/// `<kind>:<slug>`.
///
/// Ids are content-derived, so the same entity gets the same id in every document, and they
/// order as their text does (the order of every file netmap writes).
///
///     let id = EntityID(kind: .state, name: "North Korea")
///     id.rawValue  // "state:north-korea"
///     id.kind      // .state
///     id.slug      // "north-korea"
///
/// An id read from a file is kept as it is written, even when it is not of this form (its
/// ``kind`` is then `nil`).
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The id as text: `person:vladimir-putin`.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// An id as read from text, kept as it is.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { rawValue = value }

    /// The id of an entity of `kind` whose slug is `slug`, taken as it is.
    ///
    ///     EntityID(kind: .person, slug: "keir-starmer").rawValue  // "person:keir-starmer"
    public init(kind: Entity.Kind, slug: some StringProtocol) {
        rawValue = kind.rawValue + ":" + slug
    }

    /// The id an entity of `kind` called `name` gets: its kind and the ``Slug`` of the name.
    ///
    ///     EntityID(kind: .person, name: "António Costa").rawValue  // "person:antonio-costa"
    ///
    /// - Complexity: O(n) in the length of `name`.
    public init(kind: Entity.Kind, name: String) {
        self.init(kind: kind, slug: Slug.make(name))
    }

    /// The kind named before the first `:`, or `nil` when there is none netmap knows.
    public var kind: Entity.Kind? {
        colon.flatMap { Entity.Kind(rawValue: String(rawValue[..<$0])) }
    }

    /// What follows the first `:`, or the whole id when it has none.
    public var slug: Substring {
        guard let colon else { return rawValue[...] }
        return rawValue[rawValue.index(after: colon)...]
    }

    /// Where the first colon is, the end of the kind's name (found among the UTF-8 bytes, much
    /// faster than among characters).
    private var colon: String.Index? {
        rawValue.utf8.firstIndex(of: 0x3A)
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}
