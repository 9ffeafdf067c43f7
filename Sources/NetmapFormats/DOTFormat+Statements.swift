public import NetmapGraph

extension DOTFormat {
    /// The DOT statements of a graph's entities and relations, styled, before they are put
    /// into one file or into parts.
    struct Statements {
        /// Node statement by entity id.
        var nodes: [EntityID: String] = [:]
        /// Edge statements in the graph's relation order, with their two ends.
        var edges: [(source: EntityID, target: EntityID, statement: String)] = []
        /// Ids of the entities that take part in a relation.
        var related: Set<EntityID> = []

        /// - Parameters:
        ///   - labelled: every edge gets a label naming its kind and, unless it occurred, its status.
        ///   - combined: the relations of one pair become one edge (used when not labelled).
        init(_ graph: Graph, overlay: Overlay, labelled: Bool, combined: Bool) {
            let related = Set(graph.relations.flatMap { [$0.source, $0.target] })
            self.related = related
            let most = graph.entities.lazy.filter { related.contains($0.id) }.map(\.mentions).max() ?? 1
            for e in graph.entities {
                nodes[e.id] = DOTFormat.node(e, most: most, overlay: overlay.nodes[e.id])
            }
            let minlen = DOTFormat.staggeredLeaves(graph.relations)
            var groups: [[Relation]] = []
            if combined {
                var index: [PairKey: Int] = [:]
                for r in graph.relations {
                    let key = PairKey(r.source, r.target)
                    if let i = index[key] { groups[i].append(r) } else {
                        index[key] = groups.count
                        groups.append([r])
                    }
                }
            } else {
                groups = graph.relations.map { [$0] }
            }
            for group in groups {
                var (attrs, ends) = group.count == 1
                    ? DOTFormat.edge(group[0], label: labelled ? DOTFormat.label(group[0], mark: overlay.marks[group[0].id]) : nil)
                    : DOTFormat.edge(combining: group)
                let leaf = minlen[ends.source] ?? minlen[ends.target] ?? 1
                if leaf > 1 { attrs.append(("minlen", String(leaf))) }
                if group.count == 1 { DOTFormat.merge(&attrs, overlay.edges[group[0].id]) }
                edges.append((ends.source, ends.target, "\(DOTFormat.name(ends.source)) -> \(DOTFormat.name(ends.target)) [\(DOTFormat.list(attrs))];"))
            }
        }
    }

    /// Two entity ids in either order.
    struct PairKey: Hashable {
        var low: EntityID, high: EntityID
        init(_ a: EntityID, _ b: EntityID) { (low, high) = a < b ? (a, b) : (b, a) }
    }

    static func node(_ e: Entity, most: Int, overlay: [String: String]?) -> String {
        var attrs: [(String, String)] = [
            ("label", e.label), ("shape", Style.shape(e.kind)), ("fillcolor", Style.fill(e.kind)),
            ("color", Style.border(e.kind)),
            ("tooltip", "\(e.label) (\(e.kind.rawValue))\nmentions: \(e.mentions)"
                + (e.aliases.isEmpty ? "" : "\nalso: \(e.aliases.joined(separator: ", "))")
                + "\nsources: \(e.sources.joined(separator: ", "))"),
        ]
        let size = Style.fontSize(mentions: e.mentions, most: most)
        if size != Style.nameSize { attrs.append(("fontsize", fixed(size))) }
        if e.kind == .state { attrs.append(("style", "filled,rounded")) }
        merge(&attrs, overlay)
        return "\(name(e.id)) [\(list(attrs))];"
    }

    /// What an edge's label says of a relation: its kind and, unless it occurred, its status,
    /// after an overlay's mark.
    ///
    ///     DOTFormat.label(Relation(kind: .met, source: "a", target: "b", status: .planned))  // "met (planned)"
    public static func label(_ r: Relation, mark: String? = nil) -> String {
        (mark.map { $0 + " " } ?? "") + r.kind.rawValue.replacingUnderscores()
            + (r.status == .occurred ? "" : " (\(r.status.rawValue))")
    }

    static func tooltip(_ r: Relation) -> String {
        "\(r.kind.rawValue) (\(r.status.rawValue))\n" + r.evidence.map { "\($0.source): \($0.sentence)" }.joined(separator: "\n")
    }

    static func penwidth(_ r: Relation) -> Double { 1.2 + Double(min(r.weight, 8)) * 0.45 }

    static func edge(_ r: Relation, label: String?) -> ([(String, String)], (source: EntityID, target: EntityID)) {
        let pattern = Style.pattern(r.status)
        var attrs: [(String, String)] = [
            ("color", pattern.colour(Style.colour(r.kind))), ("style", pattern.style),
            ("tooltip", tooltip(r)), ("penwidth", fixed(penwidth(r))),
        ]
        if let label {
            attrs.append(("label", label))
            attrs.append(("fontcolor", Style.colour(r.kind)))
        }
        if r.isSymmetric { attrs.append(("dir", "none")) }
        return (attrs, (r.source, r.target))
    }

    /// One edge for the relations of one pair: a strand in each relation's colour, the pattern
    /// they share (solid if they differ), arrowheads where the directed ones point, and a label
    /// naming each relation on a line of its own.
    static func edge(combining group: [Relation]) -> ([(String, String)], (source: EntityID, target: EntityID)) {
        let first = group[0]
        let directed = group.filter { !$0.isSymmetric }
        let forward = directed.contains { $0.source == first.source }, backward = directed.contains { $0.source != first.source }
        // Drawn from the end the directed relations start at.
        let ends = backward && !forward ? (first.target, first.source) : (first.source, first.target)
        let patterns = Set(group.map { Style.pattern($0.status).style })
        let kinds = Set(group.map(\.kind))
        var attrs: [(String, String)] = [
            ("color", group.prefix(4).map { Style.colour($0.kind) }.joined(separator: ":")),
            ("style", patterns.count == 1 ? patterns.first! : "solid"),
            ("tooltip", group.map(tooltip).joined(separator: "\n\n")),
            ("penwidth", fixed(group.map(penwidth).max()! * 0.8)),
            ("label", group.map { label($0) }.joined(separator: "\n")),
            ("fontcolor", kinds.count == 1 ? Style.colour(first.kind) : "#333333"),
        ]
        if forward && backward { attrs.append(("dir", "both")) } else if directed.isEmpty { attrs.append(("dir", "none")) }
        return (attrs, ends)
    }

    /// `dot` puts every leaf of a hub on one rank, a wide row when there are many. As
    /// Graphviz's `unflatten -l` does, the leaves of an entity with more than eight are spread
    /// over up to four ranks: the minimum length of each leaf's edges, by leaf id.
    static func staggeredLeaves(_ relations: [Relation]) -> [EntityID: Int] {
        var neighbours: [EntityID: Set<EntityID>] = [:]
        for r in relations where r.source != r.target {
            neighbours[r.source, default: []].insert(r.target)
            neighbours[r.target, default: []].insert(r.source)
        }
        var minlen: [EntityID: Int] = [:]
        for (_, around) in neighbours.sorted(by: { $0.key < $1.key }) {
            let leaves = around.filter { neighbours[$0]?.count == 1 }.sorted()
            guard leaves.count > 8 else { continue }
            let levels = min(4, (leaves.count + 7) / 8)
            for (k, leaf) in leaves.enumerated() { minlen[leaf] = 1 + k % levels }
        }
        return minlen
    }
}
