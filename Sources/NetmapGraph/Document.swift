/// A source document that went into a graph: its name and, where known, its date and title.
///
///     Document(name: "guardian-2025-08-15", date: "2025-08-15")
public struct Document: Hashable, Sendable {
    /// The name relations and entities cite as their source (a file stem by default).
    public var name: String
    /// ISO 8601 date (`YYYY-MM-DD`) when the text or a manifest gives one.
    public var date: String?
    public var title: String?

    public init(name: String, date: String? = nil, title: String? = nil) {
        self.name = name
        self.date = date
        self.title = title
    }

    /// This document with its missing fields taken from `other`.
    ///
    /// Deterministic whatever the order: where both have a value, the smaller one wins.
    func filling(from other: Document) -> Document {
        Document(name: name, date: Self.pick(date, other.date), title: Self.pick(title, other.title))
    }

    private static func pick(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (a?, b?): min(a, b)
        case let (a?, nil): a
        case let (nil, b): b
        }
    }
}
