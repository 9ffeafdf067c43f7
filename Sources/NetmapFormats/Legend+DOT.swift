import NetmapGraph

extension Legend {
    /// Points of text in the legend: larger than an entity's name, so that the legend stays
    /// readable when a large drawing is scaled down to fit a screen.
    public static let fontSize = 18.0

    /// The legend as a DOT graph of its own, for `dot` to lay out beside the drawing: one row a
    /// rank, the sample (a real edge or node, drawn as the drawing draws it) on the left, the
    /// words on the right, in a framed box.
    ///
    /// - Parameter name: a prefix for the legend's node names that no entity id starts with.
    public func dot(name: String) -> String {
        let size = Self.fontSize
        // Plain text nodes of one width, their words set to the left (`\l`), line up.
        let longest = sections.flatMap { [$0.title] + $0.rows.map(\.text) }.map(\.count).max() ?? 1
        let width = fixed(Double(longest) * size * 0.6 / 72 + 0.2)
        var out = "digraph \(DOTFormat.quote(name)) {\n"
        out += "  graph [rankdir=\"TB\", nodesep=\"0.3\", ranksep=\"0.08\", fontname=\"Helvetica\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\"\(fixed(size))\", shape=\"plaintext\", style=\"\", label=\"\", "
            + "width=\"\(width)\", height=\"0.32\", margin=\"0.1,0.02\", tooltip=\"legend\"];\n"
        out += "  edge [arrowhead=\"none\", style=\"invis\", tooltip=\"legend\"];\n"
        out += "  subgraph \(DOTFormat.quote("cluster_" + name)) {\n"
        out += "    graph [label=\"\", color=\"#BBBBBB\", style=\"rounded\", margin=\"14\"];\n"
        var row = 0
        func emit(_ sample: String, _ text: String, _ textAttributes: String, _ link: String) {
            let a = DOTFormat.name("\(name):a:\(row)"), t = DOTFormat.name("\(name):t:\(row)")
            out += "    \(a) [\(sample)];\n"
            // `\l` ends the words' line flush left.
            out += "    \(t) [label=\(DOTFormat.quote(text).dropLast())\\l\"\(textAttributes)];\n"
            out += "    { rank=\"same\"; \(a); \(t); }\n"
            out += "    \(a) -> \(t) [\(link)];\n"
            if row > 0 {
                let pa = DOTFormat.name("\(name):a:\(row - 1)"), pt = DOTFormat.name("\(name):t:\(row - 1)")
                out += "    \(pa) -> \(a) [weight=\"10\"]; \(pt) -> \(t) [weight=\"10\"];\n"
            }
            row += 1
        }
        // Every sample is as wide as an entity's, so that the words line up; a line starts at
        // the middle of its sample (tailclip) and ends where the words begin.
        let blank = "shape=\"box\", width=\"0.6\", height=\"0.3\", fixedsize=\"true\", style=\"invis\""
        for section in sections {
            emit(blank, section.title, ", fontname=\"Helvetica-Bold\", height=\"0.42\", labelloc=\"b\"", "")
            for item in section.rows {
                switch item.sample {
                case let .entity(kind):
                    emit(node(kind, colour: Style.border(kind), style: "", width: 1.5), item.text, "", "")
                case let .border(kind, colour, style, penwidth):
                    emit(node(kind, colour: colour, style: style, width: penwidth), item.text, "", "")
                case let .line(colour, pattern, penwidth):
                    let link = "style=\"\(pattern.style)\", color=\(DOTFormat.quote(pattern.colour(colour))), "
                        + "penwidth=\"\(fixed(penwidth))\", tailclip=\"false\""
                    emit(blank, item.text, "", link)
                }
            }
        }
        return out + "  }\n}\n"
    }

    private func node(_ kind: Entity.Kind, colour: String, style: String, width: Double) -> String {
        let styles = ["filled"] + (kind == .state ? ["rounded"] : []) + (style.isEmpty ? [] : [style])
        return "shape=\"\(Style.shape(kind))\", style=\"\(styles.joined(separator: ","))\", fillcolor=\"\(Style.fill(kind))\", "
            + "color=\(DOTFormat.quote(colour)), penwidth=\"\(fixed(width))\", width=\"0.6\", height=\"0.3\", fixedsize=\"true\""
    }
}

/// A number for DOT with at most two decimals and no trailing zeros: `1.5`, `2`, `0.33`.
func fixed(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100, rest = abs(hundredths % 100)
    let sign = hundredths < 0 && whole == 0 ? "-" : ""
    if rest == 0 { return "\(sign)\(whole)" }
    return rest % 10 == 0 ? "\(sign)\(whole).\(rest / 10)" : "\(sign)\(whole).\(rest < 10 ? "0" : "")\(rest)"
}
