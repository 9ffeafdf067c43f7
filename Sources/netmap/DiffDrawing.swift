import NetmapDiff
import NetmapFormats
import NetmapGraph
import NetmapRender

/// DOT for diffs: presence (or agreement) drawn in colour and line style, with a legend.
enum DiffDrawing {
    /// Okabe–Ito colours: vermillion for A only, blue for B only, grey for both, purple for changed.
    static let colours = Dictionary(uniqueKeysWithValues: Presence.allCases.map { ($0, $0.colour) })
    static let lines = Dictionary(uniqueKeysWithValues: Presence.allCases.map { ($0, $0.line) })

    static func dot(_ diff: GraphDiff) -> String {
        let union = diff.union
        let documentsA = Set(diff.graphs.a.documents.keys), documentsB = Set(diff.graphs.b.documents.keys)
        var overlay = DOTFormat.Overlay()
        for (id, presence) in union.entities {
            overlay.nodes[id] = ["color": colours[presence]!, "penwidth": presence == .both ? "1.5" : "3"]
        }
        for relation in union.graph.relations {
            let presence = union.relations[relation.id] ?? .both
            let side: (Evidence) -> String = { e in
                documentsA.contains(e.source) ? (documentsB.contains(e.source) ? "a+b" : "a") : "b"
            }
            let tooltip = "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(presenceName(presence, diff.names))\n"
                + relation.evidence.map { "\(side($0)) \($0.source): \($0.sentence)" }.joined(separator: "\n")
            overlay.edges[relation.id] = [
                "color": colours[presence]!, "style": lines[presence]!, "tooltip": tooltip, "fontcolor": colours[presence]!,
            ]
        }
        overlay.legend = Presence.allCases.map { (presenceName($0, diff.names), colours[$0]!) }
        return DOTFormat.encode(
            union.graph, overlay: overlay, title: "\(diff.names.a) vs \(diff.names.b)",
            curved: union.graph.entities.count <= Renderer.autoLimit)
    }

    static func presenceName(_ presence: Presence, _ names: (a: String, b: String)) -> String {
        presence.name(names)
    }

    /// The merged graph of many sources: edge width by the number of sources, colour by agreement.
    static func dot(_ matrix: CoverageMatrix) -> String {
        let merged = matrix.merged
        var overlay = DOTFormat.Overlay()
        let count = matrix.sources.count
        for relation in merged.graph.relations {
            let share = merged.agreement[relation.id] ?? 0
            let sources = Int((share * Double(count)).rounded())
            overlay.edges[relation.id] = [
                "color": agreementColour(share), "penwidth": String(1 + 1.5 * Double(sources)),
                "tooltip": "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(sources) of \(count) sources\n"
                    + relation.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n"),
            ]
        }
        overlay.legend = [
            ("reported by every source", agreementColour(1)), ("by at least half", agreementColour(0.5)),
            ("by fewer than half", agreementColour(0)),
        ]
        return DOTFormat.encode(
            merged.graph, overlay: overlay, title: matrix.sources.joined(separator: ", "),
            curved: merged.graph.entities.count <= Renderer.autoLimit)
    }

    static func agreementColour(_ share: Double) -> String {
        CoverageMatrix.agreementColour(share)
    }
}
