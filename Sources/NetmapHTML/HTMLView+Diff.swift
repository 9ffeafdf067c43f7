public import NetmapDiff
import NetmapGraph

extension HTMLView {
    /// The page of a diff: the union of both graphs, with presence and each side's statements.
    ///
    ///     HTMLView(diff: GraphDiff(a, b, names: ("before", "after")))
    public init(diff: GraphDiff) {
        let union = diff.union
        self.init(graph: union.graph, title: "\(diff.names.a) vs \(diff.names.b)")
        mode = .diff
        sources = [diff.names.a, diff.names.b]
        entityPresence = union.entities
        relationPresence = union.relations
        let graphs = [diff.graphs.a, diff.graphs.b]
        let tables = graphs.map(PairTable.init)
        for relation in union.graph.relations {
            statements[relation.id] = Self.statements(of: relation, in: graphs, tables: tables)
        }
    }
}
