import Foundation
public import NetmapGraph

/// How netmap draws kinds: a shape and colour per entity kind, a colour per relation kind, a
/// line pattern per status.
///
///     Style.colour(.met)        // "#0077BB"
///     Style.pattern(.proposed)  // Pattern(style: "dashed", double: true)
///
/// The fourteen relation colours are fourteen different colours taken from two palettes made
/// for colour-blind readers, Okabe–Ito and Paul Tol's (bright, vibrant, muted, medium and
/// high contrast), with CIE L* at most 75 so that a thin line shows on white.
/// `Scripts/lib/palette.py` chose them: the set whose closest two colours are furthest apart
/// (CAM02-UCS ΔE) in normal vision and in simulated deuteranopia, protanopia and tritanopia.
/// The closest pair is ΔE 8.6 (invited's light blue and criticised's pink under protanopia);
/// in normal vision no two are closer than ΔE 12.6. Kinds of one family share a hue family:
/// cooperation in blues and greens, hostility in reds and purples, demands in yellows,
/// structure in black and grey. Fourteen colours cannot all be far apart: the closest pairs
/// after the first (supports and invited, threatened and at war with, allied with and at war
/// with under protanopia, demanded of and proposed to) are ΔE 8.7 to 9.4, so small drawings
/// also label every edge with its kind.
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

    /// The colour of a relation kind: no two kinds share one.
    public static func colour(_ kind: Relation.Kind) -> String {
        switch kind {
        case .met: "#0077BB"  // Tol vibrant blue
        case .alliedWith: "#117733"  // Tol muted green
        case .supports: "#33BBEE"  // Tol vibrant cyan
        case .praised: "#332288"  // Tol muted indigo
        case .invited: "#6699CC"  // Tol medium-contrast light blue
        case .demandedOf: "#DDAA33"  // Tol high-contrast yellow
        case .proposedTo: "#999933"  // Tol muted olive
        case .leaderOf: "#000000"  // Okabe–Ito black
        case .memberOf: "#777777"  // grey
        case .criticised: "#CC79A7"  // Okabe–Ito reddish purple
        case .threatened: "#EE3377"  // Tol vibrant magenta
        case .sanctioned: "#882255"  // Tol muted wine
        case .atWarWith: "#CC3311"  // Tol vibrant red
        case .rejected: "#AA4499"  // Tol muted purple
        }
    }

    /// A line pattern: a Graphviz `style`, drawn once or as two parallel lines.
    public struct Pattern: Hashable, Sendable {
        /// `solid`, `dashed` or `dotted`.
        public var style: String
        /// Two parallel lines instead of one.
        public var double: Bool

        public init(style: String, double: Bool = false) {
            self.style = style
            self.double = double
        }

        /// The Graphviz `color` that draws this pattern in `colour`: a double line is two
        /// strokes of the colour either side of a transparent one.
        public func colour(_ colour: String) -> String {
            double ? "\(colour):transparent:\(colour)" : colour
        }
    }

    /// The line pattern of a status: no two statuses share one. Occurred is solid, planned
    /// dashed, proposed a double dashed line, negated dotted.
    public static func pattern(_ status: Relation.Status) -> Pattern {
        switch status {
        case .occurred: Pattern(style: "solid")
        case .planned: Pattern(style: "dashed")
        case .proposed: Pattern(style: "dashed", double: true)
        case .negated: Pattern(style: "dotted")
        }
    }

    /// Graphviz line style of a status (the pattern's `style`; proposed is also drawn double).
    public static func line(_ status: Relation.Status) -> String { pattern(status).style }

    /// The font size of a name mentioned once, in points.
    public static let nameSize = 14.0
    /// The font size of an edge's label, in points.
    public static let labelSize = 12.0

    /// The font size of an entity's name, in points: ``nameSize`` for one mention, growing
    /// with the logarithm of its mentions to 10 points more for the most mentioned entity of
    /// the drawing.
    ///
    ///     Style.fontSize(mentions: 64, most: 64)  // 24
    public static func fontSize(mentions: Int, most: Int) -> Double {
        guard most > 1, mentions > 1 else { return nameSize }
        let share = log2(Double(min(mentions, most))) / log2(Double(most))
        return ((nameSize + 10 * share) * 10).rounded() / 10
    }
}

