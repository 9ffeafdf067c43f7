public import NetmapFormats
import NetmapGraph

/// Drawings of comparisons. Edges keep their relation kind's colour, as `render` draws them;
/// a diff shows presence by line (dashed only in A, thick only in B, double for another
/// status) and a mark on the label (`−`, `+`, `~`), and by the border of entities; a coverage
/// matrix shows by line width and label how many sources state each relation.
///
///     let drawing = DiffDrawing.drawing(GraphDiff(a, b, names: ("a", "b")), allEntities: false)
///     // drawn by NetmapRender's Renderer.render(drawing, ...)
public enum DiffDrawing {
    /// The union of both graphs, styled by presence, titled `A vs B`.
    public static func drawing(_ diff: GraphDiff, allEntities: Bool) -> DOTDrawing {
        let union = diff.union
        let shown = allEntities ? union.graph : union.graph.droppingUnrelated()
        let documentsA = Set(diff.graphs.a.documents.keys), documentsB = Set(diff.graphs.b.documents.keys)
        var overlay = DOTFormat.Overlay()
        for entity in shown.entities {
            guard let presence = union.entities[entity.id], presence == .a || presence == .b else { continue }
            let style = ["filled"] + (entity.kind == .state ? ["rounded"] : []) + (presence == .a ? ["dashed"] : [])
            overlay.nodes[entity.id] = ["color": presence.colour, "penwidth": "3", "style": style.joined(separator: ",")]
        }
        for relation in shown.relations {
            let presence = union.relations[relation.id] ?? .both
            let side: (Evidence) -> String = { e in
                documentsA.contains(e.source) ? (documentsB.contains(e.source) ? "a+b" : "a") : "b"
            }
            let tooltip = "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(presence.name(diff.names))\n"
                + relation.evidence.map { "\(side($0)) \($0.source): \($0.sentence)" }.joined(separator: "\n")
            overlay.edges[relation.id] = [
                "color": presence.pattern.colour(Style.colour(relation.kind)), "style": presence.pattern.style,
                "penwidth": String(presence.width), "tooltip": tooltip,
            ]
            if !presence.mark.isEmpty { overlay.marks[relation.id] = presence.mark }
        }
        let relations = Set(shown.relations.map { union.relations[$0.id] ?? .both })
        let entities = Set(shown.entities.compactMap { union.entities[$0.id] })
        overlay.legend = Legend(
            [Legend.entities(of: shown), Legend.kinds(of: shown)]
                + Presence.legend(diff.names, relations: relations, entities: entities))
        return DOTFormat.drawing(
            union.graph,
            options: .init(
                overlay: overlay, title: "\(diff.names.a) vs \(diff.names.b)",
                caption: DOTFormat.unrelatedCaption(union.graph, allEntities: allEntities), allEntities: allEntities,
                combinesParallel: false))
    }

    /// The merged graph of many sources: edge width and label by the number of sources.
    public static func drawing(_ matrix: CoverageMatrix, allEntities: Bool) -> DOTDrawing {
        let merged = matrix.merged
        var overlay = DOTFormat.Overlay()
        let count = matrix.sources.count
        for relation in merged.graph.relations {
            let sources = Int(((merged.agreement[relation.id] ?? 0) * Double(count)).rounded())
            overlay.edges[relation.id] = [
                "penwidth": String(width(sources)),
                "tooltip": "\(relation.kind.rawValue) (\(relation.status.rawValue)): \(sources) of \(count) sources\n"
                    + relation.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n"),
            ]
            overlay.marks[relation.id] = "\(sources)/\(count)"
        }
        let shown = allEntities ? merged.graph : merged.graph.droppingUnrelated()
        let widths = Array(Set([1, (count + 1) / 2, count])).sorted().map {
            Legend.Row(.line(colour: Legend.neutral, pattern: Style.pattern(.occurred), width: width($0)), "\($0) of \(count) sources")
        }
        overlay.legend = Legend(Legend.standard(for: shown).sections + [Legend.Section("Stated by", widths)])
        return DOTFormat.drawing(
            merged.graph,
            options: .init(
                overlay: overlay, title: matrix.sources.joined(separator: ", "),
                caption: DOTFormat.unrelatedCaption(merged.graph, allEntities: allEntities), allEntities: allEntities,
                combinesParallel: false))
    }

    /// The width of an edge stated by `sources` sources.
    static func width(_ sources: Int) -> Double { 1 + 1.2 * Double(sources) }
}
