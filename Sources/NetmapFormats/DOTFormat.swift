public import NetmapGraph

/// Graphviz DOT, styled by kind, with a legend and an evidence tooltip on every edge.
///
/// Every string is quoted and escaped (``DOTFormat/quote(_:)``), so no name can break out of
/// its quotes. Node ids are the entity ids.
public enum DOTFormat {
    /// Extra styling for one node or edge, by id: used by `diff` to colour presence.
    public struct Overlay: Sendable {
        public var nodes: [String: [String: String]]
        public var edges: [String: [String: String]]
        /// Rows of the legend: label and colour.
        public var legend: [(String, String)]

        public init(nodes: [String: [String: String]] = [:], edges: [String: [String: String]] = [:], legend: [(String, String)] = []) {
            self.nodes = nodes
            self.edges = edges
            self.legend = legend
        }
    }

    /// Edge labels are drawn only on graphs with at most this many relations.
    public static let edgeLabelLimit = 60

    /// - Parameter curved: edges routed around nodes (`splines=true`); straight lines otherwise,
    ///   which large force-directed layouts need (curved routing takes them minutes).
    public static func encode(_ graph: Graph, overlay: Overlay = Overlay(), title: String? = nil, curved: Bool = true) -> String {
        var out = "digraph netmap {\n"
        out += "  graph [overlap=\"scale\", splines=\"\(curved ? "true" : "line")\", outputorder=\"edgesfirst\", fontname=\"Helvetica\", pad=\"0.3\""
        if let title { out += ", label=\(quote(title)), labelloc=\"t\", fontsize=\"18\"" }
        out += "];\n"
        out += "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"1.5\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"8\", penwidth=\"1.4\"];\n"
        let related = Set(graph.relations.flatMap { [$0.source, $0.target] })
        var isolated: [String] = []
        for e in graph.entities {
            var attrs: [(String, String)] = [
                ("label", e.label), ("shape", Style.shape(e.kind)), ("fillcolor", Style.fill(e.kind)),
                ("color", Style.border(e.kind)),
                ("tooltip", "\(e.label) (\(e.kind.rawValue))\nmentions: \(e.mentions)"
                    + (e.aliases.isEmpty ? "" : "\nalso: \(e.aliases.joined(separator: ", "))")
                    + "\nsources: \(e.sources.joined(separator: ", "))"),
            ]
            if e.kind == .state { attrs.append(("style", "filled,rounded")) }
            merge(&attrs, overlay.nodes[e.id])
            let statement = "\(name(e.id)) [\(list(attrs))];\n"
            if related.contains(e.id) {
                out += "  " + statement
            } else {
                isolated.append(statement)
            }
        }
        out += grid(isolated, ids: graph.entities.map(\.id).filter { !related.contains($0) })
        let labelled = graph.relations.count <= edgeLabelLimit
        for r in graph.relations {
            let tooltip = "\(r.kind.rawValue) (\(r.status.rawValue))\n"
                + r.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n")
            var attrs: [(String, String)] = [
                ("color", Style.colour(r.kind)), ("style", Style.line(r.status)),
                ("tooltip", tooltip), ("penwidth", String(1.2 + Double(min(r.weight, 8)) * 0.4)),
            ]
            if labelled { attrs.append(("label", r.kind.rawValue.replacingUnderscores())) }
            if labelled { attrs.append(("fontcolor", Style.colour(r.kind))) }
            if r.isSymmetric { attrs.append(("dir", "none")) }
            merge(&attrs, overlay.edges[r.id])
            out += "  \(name(r.source)) -> \(name(r.target)) [\(list(attrs))];\n"
        }
        out += legend(graph, overlay: overlay, name: legendName(graph))
        out += "}\n"
        return out
    }

    /// Entities without relations, drawn apart in a dashed box as a grid, so that they do not
    /// stretch the drawing into one long row.
    private static func grid(_ statements: [String], ids: [String]) -> String {
        guard !statements.isEmpty else { return "" }
        var out = "  subgraph \"cluster_unrelated\" {\n"
        out += "    label=\"mentioned, no relation found\"; style=\"dashed\"; color=\"#AAAAAA\"; fontsize=\"10\"; fontcolor=\"#666666\";\n"
        for statement in statements { out += "    " + statement }
        var width = 1
        while width * width < statements.count * 2 { width += 1 }
        let rows = stride(from: 0, to: ids.count, by: width).map { Array(ids[$0..<min($0 + width, ids.count)]) }
        for row in rows {
            out += "    { rank=\"same\"; \(row.map(name).joined(separator: "; ")); }\n"
        }
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            out += "    \(name(upper[0])) -> \(name(lower[0])) [style=\"invis\"];\n"
        }
        return out + "  }\n"
    }

    private static func merge(_ attrs: inout [(String, String)], _ extra: [String: String]?) {
        guard let extra else { return }
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) {
            if let i = attrs.firstIndex(where: { $0.0 == key }) { attrs[i].1 = value } else { attrs.append((key, value)) }
        }
    }

    private static func list(_ attrs: [(String, String)]) -> String {
        attrs.map { "\($0.0)=\(quote($0.0 == "tooltip" ? tooltipText($0.1) : $0.1))" }.joined(separator: ", ")
    }

    /// Graphviz expands `\N`, `\G`, `\E` and the like in tooltips even when the backslash
    /// is escaped (a name with a thousand `\N` became an 18 MB SVG), so a backslash in a
    /// tooltip is written as the look-alike U+29F5 (⧵). Labels keep real backslashes.
    static func tooltipText(_ text: String) -> String {
        text.contains("\\") ? String(text.map { $0 == "\\" ? "\u{29F5}" : $0 }) : text
    }

    /// An HTML-like table naming the kinds and statuses that appear in the graph.
    private static func legend(_ graph: Graph, overlay: Overlay, name: String) -> String {
        guard !graph.isEmpty else { return "" }
        var rows = ""
        for kind in Set(graph.entities.map(\.kind)).sorted() {
            rows += "<TR><TD BGCOLOR=\"\(Style.fill(kind))\" COLOR=\"\(Style.border(kind))\">\(kind.rawValue)</TD></TR>"
        }
        // An overlay with its own legend (a diff) gives edges its own colours and lines.
        let ownEdges = !overlay.legend.isEmpty
        for kind in Set(graph.relations.map(\.kind)).sorted() where !ownEdges {
            rows += "<TR><TD><FONT COLOR=\"\(Style.colour(kind))\">━━ \(kind.rawValue.replacingUnderscores())</FONT></TD></TR>"
        }
        let statuses = ownEdges ? [] : Set(graph.relations.map(\.status)).subtracting([.occurred]).sorted()
        for status in statuses {
            let line = status == .negated ? "┈┈" : "╌╌"
            rows += "<TR><TD>\(line) \(status.rawValue)</TD></TR>"
        }
        for (label, colour) in overlay.legend {
            rows += "<TR><TD><FONT COLOR=\"\(htmlEscape(colour))\">━━ \(htmlEscape(label))</FONT></TD></TR>"
        }
        return "  \(quote(name)) [shape=\"plaintext\", style=\"\", fontsize=\"9\", tooltip=\"legend\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows)</TABLE>>];\n"
    }

    /// The legend's node name: `netmap:legend`, or with a number added when an entity of a
    /// graph from elsewhere already has that id.
    static func legendName(_ graph: Graph) -> String {
        var name = "netmap:legend"
        var n = 1
        while graph[entity: name] != nil {
            n += 1
            name = "netmap:legend:\(n)"
        }
        return name
    }

    /// A node name: quoted like ``quote(_:)``, but control characters and the non-characters
    /// U+FFFE and U+FFFF are written as `\x{hex}` (a lone backslash, which is never written for
    /// a backslash of the text) instead of a space, so two different ids stay two nodes.
    static func name(_ id: String) -> String { quoted(id, exact: true) }

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
