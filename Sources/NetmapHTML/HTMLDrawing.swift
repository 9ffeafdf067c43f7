import NetmapDiff
public import NetmapFormats
public import NetmapGraph

/// What the page draws of its graph, as DOT for Graphviz: the entities that take part in a
/// relation (the tables list the others), and above ``entityLimit`` entities or
/// ``relationLimit`` relations only the largest connected component, cut to the limits.
///
///     let drawing = HTMLDrawing(view)
///     let svg = try Renderer.render(drawing.dot, engine: .auto, format: .svg)
///
/// Every node and edge gets an SVG id the page's script finds it by: `n` and the entity's
/// index in the graph's order, `r` and the relation's index. Tooltips are left out: the page
/// shows its own.
public struct HTMLDrawing: Sendable {
    /// Above this many entities to draw, the page draws the largest component and says so.
    public static let entityLimit = 2_500
    /// Above this many relations to draw, likewise.
    public static let relationLimit = 6_000

    /// Ids of the entities drawn.
    public let entities: Set<EntityID>
    /// Ids of the relations drawn.
    public let relations: Set<String>
    /// What is left out of the drawing and why, or nil when it shows every relation.
    public let note: String?
    /// The drawing, for Graphviz.
    public let dot: DOTDrawing
    /// Number of entities drawn, for choosing the layout engine.
    public var entityCount: Int { entities.count }

    public init(_ view: HTMLView) {
        let graph = view.graph
        let related = graph.droppingUnrelated()
        var drawn = related
        var note: String? = nil
        if related.entityCount > Self.entityLimit || related.relationCount > Self.relationLimit {
            drawn = Self.largestComponent(of: related)
            note = "This graph has \(graph.entityCount) entities and \(graph.relationCount) relations, more than a "
                + "drawing can show (\(Self.entityLimit) entities, \(Self.relationLimit) relations): the drawing shows "
                + "the largest connected part, \(drawn.entityCount) entities and \(drawn.relationCount) relations. "
                + "The tables list everything; filter them first, or draw fewer sources."
        }
        entities = Set(drawn.entities.map(\.id))
        relations = Set(drawn.relations.map(\.id))
        self.note = note
        dot = Self.dot(drawn, view: view)
    }

    /// The largest connected component of `graph` (ties: the one holding the smallest id), cut
    /// to the entities with most relations and the relations with most sources when it is
    /// still above the limits.
    static func largestComponent(of graph: Graph) -> Graph {
        let ids = graph.entities.map(\.id), all = graph.relations
        var parent = Dictionary(uniqueKeysWithValues: ids.map { ($0, $0) })
        func root(_ id: EntityID) -> EntityID {
            var id = id
            while parent[id]! != id {
                parent[id] = parent[parent[id]!]!
                id = parent[id]!
            }
            return id
        }
        for relation in all {
            let a = root(relation.source), b = root(relation.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var sizes: [EntityID: Int] = [:]
        for id in ids { sizes[root(id), default: 0] += 1 }
        let biggest = sizes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var keep = Set(ids.filter { root($0) == biggest })
        if keep.count > entityLimit {
            var degree: [EntityID: Int] = [:]
            for relation in all {
                degree[relation.source, default: 0] += 1
                degree[relation.target, default: 0] += 1
            }
            let ranked = keep.sorted { (degree[$0] ?? 0, $1) > (degree[$1] ?? 0, $0) }
            keep = Set(ranked.prefix(entityLimit))
        }
        var relations = all.filter { keep.contains($0.source) && keep.contains($0.target) }
        if relations.count > relationLimit {
            let ranked = relations.sorted { ($0.weight, $1.pair, $1.status) > ($1.weight, $0.pair, $0.status) }
            relations = Array(ranked.prefix(relationLimit)).sorted { ($0.pair, $0.status) < ($1.pair, $1.status) }
        }
        return Graph(
            entities: graph.entities.filter { keep.contains($0.id) }, relations: relations,
            documents: Array(graph.documents.values)
        ).droppingUnrelated()
    }

    /// The DOT of `drawn`, styled as `render` draws it, with presence or agreement on top for a
    /// comparison, and page ids on every node and edge.
    static func dot(_ drawn: Graph, view: HTMLView) -> DOTDrawing {
        let entityIndex = Dictionary(uniqueKeysWithValues: view.graph.entities.enumerated().map { ($1.id, $0) })
        let relationIndex = Dictionary(uniqueKeysWithValues: view.graph.relations.enumerated().map { ($1.id, $0) })
        var overlay = DOTFormat.Overlay()
        for entity in drawn.entities {
            var attributes = ["id": "n\(entityIndex[entity.id]!)", "tooltip": ""]
            if view.mode == .diff, let presence = view.entityPresence[entity.id] {
                attributes["color"] = presence.colour
                attributes["penwidth"] = presence == .both ? "1.5" : "3"
            }
            overlay.nodes[entity.id] = attributes
        }
        for relation in drawn.relations {
            var attributes = ["id": "r\(relationIndex[relation.id]!)", "tooltip": ""]
            switch view.mode {
            case .graph: break
            case .diff:
                let presence = view.relationPresence[relation.id] ?? .both
                attributes["color"] = presence.colour
                attributes["fontcolor"] = presence.colour
                attributes["style"] = presence.line
            case .matrix:
                let count = view.statements[relation.id]?.count ?? 1
                let share = Double(count) / Double(max(1, view.sources.count))
                attributes["color"] = CoverageMatrix.agreementColour(share)
                attributes["fontcolor"] = CoverageMatrix.agreementColour(share)
                attributes["penwidth"] = String(1 + 1.5 * Double(count))
            }
            overlay.edges[relation.id] = attributes
        }
        // The page colours a comparison's edges by presence or agreement (a control recolours
        // them by kind), so its legend names those colours.
        func line(_ colour: String, _ text: String, _ style: String = "solid") -> Legend.Row {
            Legend.Row(.line(colour: colour, pattern: Style.Pattern(style: style), width: 2.5), text)
        }
        switch view.mode {
        case .graph: break
        case .diff:
            let names = (a: view.sources[0], b: view.sources[1])
            overlay.legend = Legend([
                Legend.entities(of: drawn), Legend.Section("Relations", Presence.allCases.map { line($0.colour, $0.name(names), $0.line) }),
            ])
        case .matrix:
            overlay.legend = Legend([
                Legend.entities(of: drawn),
                Legend.Section("Relations", [
                    line(CoverageMatrix.agreementColour(1), "stated by every source"),
                    line(CoverageMatrix.agreementColour(0.5), "by at least half"),
                    line(CoverageMatrix.agreementColour(0), "by fewer than half"),
                ]),
            ])
        }
        return DOTFormat.drawing(drawn, options: .init(overlay: overlay, combinesParallel: false))
    }
}
