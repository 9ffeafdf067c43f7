public import NetmapGraph

extension DOTFormat {
    /// The drawing of `graph` in parts: each connected part of its related entities as a DOT
    /// graph, the entities without relations as one more (only with
    /// ``Options/allEntities``), the legend, and a header with the title and caption.
    ///
    ///     let drawing = DOTFormat.drawing(graph, options: .init(title: "Alaska", caption: "41 more entities without relations"))
    ///     drawing.parts.count  // 7: a story's main cast and six pairs
    ///
    /// Parts come largest first (ties: the part holding the smallest id).
    public static func drawing(_ graph: Graph, options: Options = Options()) -> DOTDrawing {
        let labelled = graph.relationCount <= options.labelLimit
        let statements = Statements(
            graph, overlay: options.overlay, labelled: labelled, combined: options.combinesParallel && !labelled)
        let header = "digraph netmap {\n  graph [outputorder=\"edgesfirst\", fontname=\"Helvetica\", pad=\"0.3\"\(titleLabel(options.title, options.caption))];\n}\n"
        var parts = components(graph, statements: statements).map { component -> DOTDrawing.Part in
            var out = "digraph netmap {\n  graph [\(graphAttributes(curved: true))];\n" + defaults
            for id in component.entities { out += "  " + statements.nodes[id]! + "\n" }
            for k in component.edges { out += "  " + statements.edges[k].statement + "\n" }
            return DOTDrawing.Part(dot: out + "}\n", entities: component.entities.count, labelled: labelled)
        }
        let unrelated = graph.entities.map(\.id).filter { !statements.related.contains($0) }
        if options.allEntities, !unrelated.isEmpty {
            let dot = "digraph netmap {\n  graph [\(graphAttributes(curved: true))];\n" + defaults
                + grid(unrelated, statements: statements.nodes) + "}\n"
            parts.append(DOTDrawing.Part(dot: dot, entities: unrelated.count, labelled: false))
        }
        var shown = graph
        if !options.allEntities { shown = graph.droppingUnrelated() }
        let legend = shown.isEmpty ? nil : (options.overlay.legend ?? Legend.standard(for: shown)).dot(name: legendName(graph))
        return DOTDrawing(header: header, parts: parts, legend: legend)
    }

    /// The title, large, and the caption under it, both set left, as an HTML-like label.
    static func titleLabel(_ title: String?, _ caption: String?) -> String {
        var lines: [String] = []
        for line in (title ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
            lines.append("<FONT POINT-SIZE=\"30\">\(XMLEscape.escape(String(line)))</FONT>")
        }
        for line in (caption ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
            lines.append("<FONT POINT-SIZE=\"18\" COLOR=\"#444444\">\(XMLEscape.escape(String(line)))</FONT>")
        }
        guard !lines.isEmpty else { return "" }
        let label = lines.map { $0 + "<BR ALIGN=\"LEFT\"/>" }.joined()
        return ", label=<\(label)>, labelloc=\"t\", labeljust=\"l\""
    }

    /// The connected parts of the related entities: entity ids in graph order and the indexes
    /// of their edges, largest part first.
    static func components(_ graph: Graph, statements: Statements) -> [(entities: [EntityID], edges: [Int])] {
        var parent: [EntityID: EntityID] = [:]
        func root(_ id: EntityID) -> EntityID {
            var id = id
            while let up = parent[id], up != id {
                parent[id] = parent[up] ?? up
                id = up
            }
            return id
        }
        for edge in statements.edges {
            for end in [edge.source, edge.target] where parent[end] == nil { parent[end] = end }
            let a = root(edge.source), b = root(edge.target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var order: [EntityID] = []
        var members: [EntityID: [EntityID]] = [:]
        for e in graph.entities where statements.related.contains(e.id) {
            let r = root(e.id)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(e.id)
        }
        var edges: [EntityID: [Int]] = [:]
        for (k, edge) in statements.edges.enumerated() { edges[root(edge.source), default: []].append(k) }
        return order.map { (members[$0]!, edges[$0] ?? []) }
            .sorted { ($0.entities.count, $1.entities.min()!) > ($1.entities.count, $0.entities.min()!) }
    }
}
