public import NetmapDiff
import NetmapGraph

extension HTMLView {
    /// The page of a diff: the union of both graphs, with presence and each side's statements.
    ///
    ///     HTMLView(diff: DiffPresentation(GraphDiff(a, b, names: ("before", "after"))))
    public init(diff: DiffPresentation) {
        let union = diff.union, tables = diff.tables
        self.init(graph: union, title: "\(diff.names.a) vs \(diff.names.b)")
        mode = .diff
        sources = [diff.names.a, diff.names.b]
        entityPresence = diff.entityPresence
        relationPresence = diff.relationPresence
        let graphs = [diff.graphs.a, diff.graphs.b], byPair = [tables.a, tables.b]
        for relation in union.relations {
            statements[relation.id] = Self.statements(of: relation, in: graphs, tables: byPair)
        }
    }
}
