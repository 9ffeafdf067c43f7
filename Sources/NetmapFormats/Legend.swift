public import NetmapGraph

/// What a drawing's legend shows: sections of rows, each a sample drawn as in the drawing and
/// the words that name it.
///
///     let legend = Legend.standard(for: graph)
///     legend.sections.map(\.title)  // ["Entities", "Relations", "Status"]
///
/// A legend names only what the drawing holds. ``DOTFormat`` writes it as a small graph of its
/// own, laid out beside the drawing (``dot(name:)``), or in a one-file DOT as a table
/// (``table()``).
public struct Legend: Sendable, Equatable {
    /// How a row's sample is drawn.
    public enum Sample: Sendable, Equatable {
        /// A node of this entity kind.
        case entity(Entity.Kind)
        /// A line in this colour and pattern, `width` points wide.
        case line(colour: String, pattern: Style.Pattern, width: Double)
        /// An entity kind's node with its border drawn in this colour and style, `width` points wide.
        case border(Entity.Kind, colour: String, style: String, width: Double)
    }

    public struct Row: Sendable, Equatable {
        public var sample: Sample
        public var text: String

        public init(_ sample: Sample, _ text: String) {
            self.sample = sample
            self.text = text
        }
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var rows: [Row]

        public init(_ title: String, _ rows: [Row]) {
            self.title = title
            self.rows = rows
        }
    }

    public var sections: [Section]

    public init(_ sections: [Section]) {
        self.sections = sections.filter { !$0.rows.isEmpty }
    }

    /// The grey in which samples that show a pattern, not a kind, are drawn.
    public static let neutral = "#555555"

    /// The entity kinds present in `graph`, each with its node.
    public static func entities(of graph: Graph) -> Section {
        Section("Entities", Set(graph.entities.map(\.kind)).sorted().map { Row(.entity($0), $0.rawValue) })
    }

    /// The relation kinds present in `graph`, each with its colour.
    public static func kinds(of graph: Graph) -> Section {
        Section(
            "Relations",
            Set(graph.relations.map(\.kind)).sorted().map {
                Row(.line(colour: Style.colour($0), pattern: Style.pattern(.occurred), width: 2.5), $0.rawValue.replacingUnderscores())
            })
    }

    /// The statuses present in `graph`, each with its line pattern, drawn in grey.
    public static func statuses(of graph: Graph) -> Section {
        Section(
            "Status",
            Set(graph.relations.map(\.status)).sorted().map {
                Row(.line(colour: neutral, pattern: Style.pattern($0), width: 2), $0.rawValue)
            })
    }

    /// Entities, relation kinds and statuses of `graph`: the legend of `render`.
    public static func standard(for graph: Graph) -> Legend {
        Legend([entities(of: graph), kinds(of: graph), statuses(of: graph)])
    }

    /// The legend as an HTML-like table for a node's `label=<...>`: samples as characters, for
    /// a one-file DOT that Graphviz's own tools lay out.
    public func table() -> String {
        var rows = ""
        for section in sections {
            rows += "<TR><TD ALIGN=\"LEFT\"><B>\(XMLEscape.escape(section.title))</B></TD></TR>"
            for row in section.rows {
                let text = XMLEscape.escape(row.text)
                switch row.sample {
                case let .entity(kind):
                    rows += "<TR><TD BGCOLOR=\"\(Style.fill(kind))\" COLOR=\"\(Style.border(kind))\">\(text)</TD></TR>"
                case let .line(colour, pattern, _):
                    rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(XMLEscape.escape(colour))\">\(glyphs(pattern))</FONT> \(text)</TD></TR>"
                case let .border(kind, colour, style, _):
                    rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(XMLEscape.escape(colour))\">\(style == "dashed" ? "╍" : "▭")</FONT> \(XMLEscape.escape(kind.rawValue)) \(text)</TD></TR>"
                }
            }
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows)</TABLE>"
    }

    private func glyphs(_ pattern: Style.Pattern) -> String {
        switch (pattern.style, pattern.double) {
        case ("dashed", true): "═ ═"
        case ("dashed", false): "╍╍╍"
        case ("dotted", _): "┈┈┈"
        case (_, true): "═══"
        default: "━━━"
        }
    }
}
