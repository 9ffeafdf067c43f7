public import NetmapFormats
import NetmapGraph

/// Where an entity or relation of a diff stands, and how every presentation of a diff shows
/// it: the mark the text and the drawing put before it, the line and border a drawing gives it,
/// the colour and name the page and the legends give it.
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

extension Presence {
    /// The colour a drawing gives this presence (Okabe–Ito): vermillion for A only, blue for
    /// B only, grey for both, purple for changed.
    public var colour: String {
        switch self {
        case .a: "#D55E00"
        case .b: "#0072B2"
        case .both: "#999999"
        case .changed: "#CC79A7"
        }
    }

    /// The Graphviz line style of this presence: dashed for A only, dotted for changed.
    public var line: String {
        switch self {
        case .a: "dashed"
        case .b, .both: "solid"
        case .changed: "dotted"
        }
    }

    /// What a legend calls this presence, given the names of the two sources.
    ///
    ///     Presence.a.name(("before", "after"))  // "only in before"
    public func name(_ names: (a: String, b: String)) -> String {
        switch self {
        case .a: "only in \(names.a)"
        case .b: "only in \(names.b)"
        case .both: "in both"
        case .changed: "in both, different"
        }
    }
}

extension Presence {
    /// The line of a relation of this presence in a drawing coloured by relation kind: dashed
    /// for only in A (gone), thick for only in B (new), plain for both, double for both with
    /// another status.
    public var pattern: Style.Pattern {
        switch self {
        case .a: Style.Pattern(style: "dashed")
        case .b, .both: Style.Pattern(style: "solid")
        case .changed: Style.Pattern(style: "solid", double: true)
        }
    }

    /// The width of such a line, in points.
    public var width: Double {
        switch self {
        case .a: 2
        case .b: 3.5
        case .both, .changed: 1.6
        }
    }

    /// The mark before a relation's label, as in the text diff: `−` only in A, `+` only in B,
    /// `~` in both with another status, none for both alike.
    public var mark: String {
        switch self {
        case .a: "−"
        case .b: "+"
        case .both: ""
        case .changed: "~"
        }
    }

    /// The legend's sections for presence in a drawing coloured by kind: the lines of the
    /// relations' presences and the borders of the entities', for those in `relations` and
    /// `entities` only.
    public static func legend(_ names: (a: String, b: String), relations: Set<Presence>, entities: Set<Presence>) -> [Legend.Section] {
        let lines = allCases.filter(relations.contains).map { p in
            Legend.Row(.line(colour: Legend.neutral, pattern: p.pattern, width: p.width), (p.mark.isEmpty ? "" : p.mark + " ") + p.name(names))
        }
        let borders = [Presence.a, .b].filter(entities.contains).map { p in
            Legend.Row(.border(.person, colour: p.colour, style: p == .a ? "dashed" : "", width: 3), p.name(names))
        }
        return [Legend.Section("Relation found", lines), Legend.Section("Entity found", borders)]
    }
}
