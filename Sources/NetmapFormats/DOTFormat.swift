public import NetmapGraph

/// Graphviz DOT, styled by kind, with a legend and an evidence tooltip on every edge.
///
///     let dot = DOTFormat.encode(graph)                           // one file, for Graphviz's tools
///     let drawing = DOTFormat.drawing(graph, options: .init())    // parts, for ``DOTDrawing``
///
/// Every string is quoted and escaped (``DOTFormat/quote(_:)``), so no name can break out of
/// its quotes. Node ids are the entity ids. Entity names grow with their mentions; edges are
/// coloured by relation kind and patterned by status (``Style``); on graphs of at most
/// ``edgeLabelLimit`` relations every edge is labelled with its kind and, unless it occurred,
/// its status, so that parallel relations of one pair are told apart.
public enum DOTFormat {
    /// Extra styling for one node or edge, by entity id and by relation id: used by `diff` to show presence.
    public struct Overlay: Sendable {
        public var nodes: [EntityID: [String: String]]
        public var edges: [String: [String: String]]
        /// A mark put before an edge's label, by relation id, when edges are labelled (`+`, `−`).
        public var marks: [String: String]
        /// The legend, when the overlay changes what lines or borders mean; nil for the standard one.
        public var legend: Legend?

        public init(
            nodes: [EntityID: [String: String]] = [:], edges: [String: [String: String]] = [:],
            marks: [String: String] = [:], legend: Legend? = nil
        ) {
            self.nodes = nodes
            self.edges = edges
            self.marks = marks
            self.legend = legend
        }
    }

    /// What a drawing shows and how.
    public struct Options: Sendable {
        public var overlay: Overlay
        /// Drawn above the graph, large.
        public var title: String?
        /// Drawn under the title: what is left out and how to draw it.
        public var caption: String?
        /// Also draw the entities without relations, in a box apart.
        public var allEntities: Bool
        /// Edges are labelled on graphs of at most this many relations.
        public var labelLimit: Int
        /// On a graph too large for labels, the relations of one pair are one edge, its label
        /// naming them all; each relation keeps its own edge otherwise (the page needs them).
        public var combinesParallel: Bool

        public init(
            overlay: Overlay = Overlay(), title: String? = nil, caption: String? = nil, allEntities: Bool = false,
            labelLimit: Int = DOTFormat.edgeLabelLimit, combinesParallel: Bool = true
        ) {
            self.overlay = overlay
            self.title = title
            self.caption = caption
            self.allEntities = allEntities
            self.labelLimit = labelLimit
            self.combinesParallel = combinesParallel
        }
    }

    /// Edge labels are drawn only on graphs with at most this many relations.
    public static let edgeLabelLimit = 100

    /// One DOT file of the whole graph, for Graphviz's own tools: every entity (those without
    /// relations in a box apart), every relation its own edge, the legend as a table.
    ///
    /// - Parameter curved: edges routed around nodes (`splines=true`); straight lines otherwise,
    ///   which large force-directed layouts need (curved routing takes them minutes).
    public static func encode(_ graph: Graph, overlay: Overlay = Overlay(), title: String? = nil, curved: Bool = true) -> String {
        var out = "digraph netmap {\n"
        out += "  graph [\(graphAttributes(curved: curved))"
        if let title { out += ", label=\(quote(title)), labelloc=\"t\", fontsize=\"22\"" }
        out += "];\n"
        out += defaults
        let statements = Statements(graph, overlay: overlay, labelled: graph.relationCount <= edgeLabelLimit, combined: false)
        for e in graph.entities where statements.related.contains(e.id) { out += "  " + statements.nodes[e.id]! + "\n" }
        out += grid(graph.entities.map(\.id).filter { !statements.related.contains($0) }, statements: statements.nodes)
        for edge in statements.edges { out += "  " + edge.statement + "\n" }
        if !graph.isEmpty {
            let legend = overlay.legend ?? Legend.standard(for: graph)
            out += "  \(name(legendName(graph))) [shape=\"plaintext\", style=\"\", fontsize=\"11\", tooltip=\"legend\", label=<\(legend.table())>];\n"
        }
        return out + "}\n"
    }

    /// The graph attributes of every drawing.
    static func graphAttributes(curved: Bool) -> String {
        "overlap=\"prism\", splines=\"\(curved ? "true" : "line")\", outputorder=\"edgesfirst\", fontname=\"Helvetica\", pad=\"0.3\", "
            + "nodesep=\"0.2\", ranksep=\"0.45\""
    }

    /// Node and edge defaults.
    static let defaults = """
          node [style="filled", fontname="Helvetica", fontsize="\(fixed(Style.nameSize))", penwidth="1.5", margin="0.08,0.04"];
          edge [fontname="Helvetica", fontsize="\(fixed(Style.labelSize))", penwidth="1.6", arrowsize="0.8"];

        """

    /// Entities without relations, drawn apart in a dashed box as a grid, so that they do not
    /// stretch the drawing into one long row.
    static func grid(_ ids: [EntityID], statements: [EntityID: String]) -> String {
        guard !ids.isEmpty else { return "" }
        var out = "  subgraph \"cluster_unrelated\" {\n"
        out += "    label=\"mentioned, no relation found\"; style=\"dashed\"; color=\"#AAAAAA\"; fontsize=\"16\"; fontcolor=\"#666666\";\n"
        for id in ids { out += "    " + statements[id]! + "\n" }
        var width = 1
        while width * width < ids.count * 2 { width += 1 }
        let names = ids.map(name)
        let rows = stride(from: 0, to: names.count, by: width).map { Array(names[$0..<min($0 + width, names.count)]) }
        for row in rows {
            out += "    { rank=\"same\"; \(row.joined(separator: "; ")); }\n"
        }
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            out += "    \(upper[0]) -> \(lower[0]) [style=\"invis\"];\n"
        }
        return out + "  }\n"
    }

    static func merge(_ attrs: inout [(String, String)], _ extra: [String: String]?) {
        guard let extra else { return }
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
            if let i = attrs.firstIndex(where: { $0.0 == key }) { attrs[i].1 = value } else { attrs.append((key, value)) }
        }
    }

    static func list(_ attrs: [(String, String)]) -> String {
        attrs.map { "\($0.0)=\(quote($0.0 == "tooltip" ? tooltipText($0.1) : $0.1))" }.joined(separator: ", ")
    }

    /// Graphviz expands `\\N`, `\\G`, `\\E` and the like in tooltips even when the backslash
    /// is escaped (a name with a thousand `\\N` became an 18 MB SVG), so a backslash in a
    /// tooltip is written as the look-alike U+29F5 (⧵). Labels keep real backslashes.
    static func tooltipText(_ text: String) -> String {
        text.contains("\\") ? String(text.map { $0 == "\\" ? "\u{29F5}" : $0 }) : text
    }

    /// The prefix of the legend's node names: `netmap:legend`, or with a number added when an
    /// entity id of a graph from elsewhere starts with it.
    static func legendName(_ graph: Graph) -> String {
        var name = "netmap:legend"
        var n = 1
        while graph.entities.contains(where: { $0.id.rawValue.hasPrefix(name) }) {
            n += 1
            name = "netmap:legend\(n)"
        }
        return name
    }

    /// A node name: quoted like ``quote(_:)``, but control characters and the non-characters
    /// U+FFFE and U+FFFF are written as `\x{hex}` (a lone backslash, which is never written for
    /// a backslash of the text) instead of a space, so two different ids stay two nodes.
    static func name(_ id: String) -> String { quoted(id, exact: true) }

    /// The node name of an entity.
    static func name(_ id: EntityID) -> String { name(id.rawValue) }

    /// A DOT double-quoted string: backslashes, quotes and newlines escaped, and `&` written as
    /// an entity, since Graphviz reads entities in labels; control characters become spaces.
    ///
    ///     DOTFormat.quote("say \"hi\"")  // "\"say \\\"hi\\\"\""
    public static func quote(_ text: String) -> String { quoted(text, exact: false) }

    private static func quoted(_ text: String, exact: Bool) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default:
                let control = c.value < 0x20 || c.value == 0x7F, nonCharacter = c.value == 0xFFFE || c.value == 0xFFFF
                if exact, control || nonCharacter {
                    out += "\\x{" + String(c.value, radix: 16) + "}"
                } else if c == "\r" {
                    continue
                } else if control {
                    out += " "
                } else if nonCharacter {
                    out += "\u{FFFD}"  // not characters: SVG could not carry them
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    static func htmlEscape(_ text: String) -> String { XMLEscape.escape(text) }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
