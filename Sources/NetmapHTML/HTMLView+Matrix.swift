public import NetmapDiff
import NetmapGraph

extension HTMLView {
    /// The page of three or more sources: the merged graph, and for every relation which
    /// sources state its pair, with what status and in which sentences.
    ///
    ///     HTMLView(matrix: CoverageMatrix(sources: [("bbc", g1), ("cnn", g2), ("rt", g3)]))
    public init(matrix: CoverageMatrix) {
        self.init(graph: matrix.merged, title: matrix.sources.joined(separator: ", "))
        mode = .matrix
        sources = matrix.sources
        for relation in matrix.merged.relations {
            statements[relation.id] = Self.statements(of: relation, in: matrix.graphs, tables: matrix.tables)
        }
    }
}
