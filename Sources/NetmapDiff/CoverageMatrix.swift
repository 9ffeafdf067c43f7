public import NetmapGraph

/// Which source reports which relation, for three or more sources.
///
/// Rows are relations (kind and endpoints), columns are sources, each cell the statuses that
/// source gives (empty when it does not report the relation). Rows run from most to least
/// agreed, then by id. The merged graph and each relation's agreement are worked out once,
/// here; the text, JSON, CSV, graph files and drawing (`CoverageMatrix+Formats.swift`) and the
/// page (`NetmapHTML`) read them.
///
///     let matrix = CoverageMatrix(sources: [("bbc", g1), ("cnn", g2), ("rt", g3)])
///     matrix.rows.first?.count  // how many sources report the best-agreed relation
public struct CoverageMatrix: Sendable {
    public struct Row: Sendable {
        public var key: Relation.Pair
        /// Statuses per source, in the order of ``CoverageMatrix/sources``.
        public var cells: [[Relation.Status]]
        /// Number of sources that report it.
        public var count: Int { cells.filter { !$0.isEmpty }.count }
    }

    public let sources: [String]
    public let graphs: [Graph]
    /// Each source's relations by pair, in the order of ``sources``.
    public let tables: [PairTable]
    public let rows: [Row]
    /// Every source's graph merged: what the drawing, the graph files and the page show.
    public let merged: Graph
    /// The share of the sources that state each relation's pair, by ``NetmapGraph/Relation/id``
    /// of ``merged``.
    public let agreement: [String: Double]

    public init(sources: [(name: String, graph: Graph)]) {
        self.sources = sources.map(\.name)
        self.graphs = sources.map(\.graph)
        let tables = sources.map { PairTable($0.graph) }
        self.tables = tables
        let keys = tables.reduce(into: Set<Relation.Pair>()) { $0.formUnion($1.keys) }
        rows = keys.map { key in Row(key: key, cells: tables.map { ($0.statuses[key] ?? []).sorted() }) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
        merged = Graph.merging(self.graphs)
        var byPair: [Relation.Pair: Int] = [:]
        for row in rows { byPair[row.key] = row.count }
        var agreement: [String: Double] = [:]
        for relation in merged.relations {
            agreement[relation.id] = Double(byPair[Relation.Pair(relation)] ?? 1) / Double(max(1, sources.count))
        }
        self.agreement = agreement
    }

    /// The label of an entity id in any of the sources.
    public func label(_ id: EntityID) -> String {
        for graph in graphs { if let e = graph[entity: id] { return e.label } }
        return id.rawValue
    }

    /// Relations only source `index` reports.
    public func exclusive(to index: Int) -> [Row] {
        rows.filter { $0.count == 1 && !$0.cells[index].isEmpty }
    }

    /// Jaccard similarity of the relation sets (statuses aside) of two sources.
    public func similarity(_ i: Int, _ j: Int) -> Double {
        let a = Set(rows.filter { !$0.cells[i].isEmpty }.map(\.key))
        let b = Set(rows.filter { !$0.cells[j].isEmpty }.map(\.key))
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }

    /// Entities per source, and entities no other source names.
    public func entityCounts(_ index: Int) -> (all: Int, alone: Int) {
        let mine = Set(graphs[index].entities.map(\.id))
        let others = graphs.indices.filter { $0 != index }
            .reduce(into: Set<EntityID>()) { $0.formUnion(graphs[$1].entities.map(\.id)) }
        return (mine.count, mine.subtracting(others).count)
    }
}
