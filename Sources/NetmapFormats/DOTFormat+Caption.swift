public import NetmapGraph

extension DOTFormat {
    /// What the caption says of the entities without relations left out, or nil when none are.
    public static func unrelatedCaption(_ graph: Graph, allEntities: Bool) -> String? {
        guard !allEntities else { return nil }
        let left = graph.entityCount - graph.droppingUnrelated().entityCount
        guard left > 0 else { return nil }
        return "\(left) more \(left == 1 ? "entity" : "entities") without relations; --all-entities draws \(left == 1 ? "it" : "them")"
    }
}

extension DOTFormat {
    /// The drawing `netmap render` makes of `graph`: titled `title`, its entities without
    /// relations counted in the caption, or drawn in a box apart with `allEntities`.
    ///
    ///     DOTFormat.drawing(graph, title: "Alaska", allEntities: false).parts.count  // its connected parts
    public static func drawing(_ graph: Graph, title: String?, allEntities: Bool) -> DOTDrawing {
        drawing(
            graph,
            options: .init(title: title, caption: unrelatedCaption(graph, allEntities: allEntities), allEntities: allEntities))
    }
}
