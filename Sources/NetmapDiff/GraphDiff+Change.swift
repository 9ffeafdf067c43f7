public import NetmapGraph

extension GraphDiff {
    /// A field that two sources give differently: of an entity (`label`, `aliases`,
    /// `mentions`) or of a relation (`status`).
    public enum Field: String, Comparable, Sendable {
        case aliases, label, mentions, status

        public static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One side's value of a ``Field``.
    public enum Value: Hashable, Sendable {
        case label(String)
        case names([String])
        case count(Int)
        case statuses([Relation.Status])

        /// The value as the text and JSON diffs write it: names joined by `; `, statuses by `, `.
        ///
        ///     Value.statuses([.occurred, .planned]).text  // "occurred, planned"
        public var text: String {
            switch self {
            case let .label(label): label
            case let .names(names): names.joined(separator: "; ")
            case let .count(count): String(count)
            case let .statuses(statuses): statuses.map(\.rawValue).joined(separator: ", ")
            }
        }
    }

    /// A field, its value in A (`old`) and in B (`new`).
    public struct Change: Hashable, Sendable {
        public var field: Field
        public var old: Value
        public var new: Value

        public init(_ field: Field, old: Value, new: Value) {
            self.field = field
            self.old = old
            self.new = new
        }
    }
}
