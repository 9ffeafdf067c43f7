public import NetmapGraph

/// How netmap draws kinds: a shape and colour per entity kind, a colour per relation kind, a
/// line style per status. Colours are from the Okabe–Ito palette, safe for colour-blind readers.
public enum Style {
    public static func shape(_ kind: Entity.Kind) -> String {
        switch kind {
        case .person: "ellipse"
        case .state: "box"
        case .organisation: "hexagon"
        }
    }

    /// Fill colour of an entity kind.
    public static func fill(_ kind: Entity.Kind) -> String {
        switch kind {
        case .person: "#F9DDA4"
        case .state: "#BFE3F6"
        case .organisation: "#B3E2D4"
        }
    }

    /// Border colour of an entity kind.
    public static func border(_ kind: Entity.Kind) -> String {
        switch kind {
        case .person: "#E69F00"
        case .state: "#0072B2"
        case .organisation: "#009E73"
        }
    }

    public static func colour(_ kind: Relation.Kind) -> String {
        switch kind {
        case .met: "#0072B2"
        case .alliedWith: "#009E73"
        case .demandedOf: "#D55E00"
        case .leaderOf: "#000000"
        case .memberOf: "#888888"
        case .supports, .praised, .invited: "#56B4E9"
        case .criticised, .threatened, .sanctioned, .atWarWith, .rejected: "#CC79A7"
        case .proposedTo: "#E69F00"
        }
    }

    /// Graphviz line style of a status: dashed for planned and proposed, dotted for negated.
    public static func line(_ status: Relation.Status) -> String {
        switch status {
        case .occurred: "solid"
        case .planned: "dashed"
        case .proposed: "dashed"
        case .negated: "dotted"
        }
    }
}
