public import NetmapGraph

extension DOTFormat {
    /// What the caption says of the entities without relations left out, or nil when none are.
    public static func unrelatedCaption(_ graph: Graph, allEntities: Bool) -> String? {
        guard !allEntities else { return nil }
        let left = graph.entities.count - graph.droppingUnrelated().entities.count
        guard left > 0 else { return nil }
        return "\(left) more \(left == 1 ? "entity" : "entities") without relations; --all-entities draws \(left == 1 ? "it" : "them")"
    }
}
