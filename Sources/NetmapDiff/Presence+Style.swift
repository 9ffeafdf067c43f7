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

extension CoverageMatrix {
    /// The colour of a relation stated by `share` of the sources: dark blue for all, sky blue
    /// for at least half, grey for fewer.
    public static func agreementColour(_ share: Double) -> String {
        share >= 0.999 ? "#0072B2" : share >= 0.5 ? "#56B4E9" : "#BBBBBB"
    }
}
