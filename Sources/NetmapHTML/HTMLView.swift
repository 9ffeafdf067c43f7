public import NetmapDiff
public import NetmapGraph

/// What an interactive page shows: one graph, or the comparison of two or more sources.
///
///     let view = HTMLView(graph: graph, title: "alaska-2025")
///     let page = HTMLPage.encode(view, svg: svg)
///
/// A comparison keeps, for every relation, what each source says of its pair (``Statement``),
/// so that the page can show which sources state an edge and in which words.
public struct HTMLView: Sendable {
    public enum Mode: String, Sendable {
        /// One graph, however many documents it was read from.
        case graph
        /// Two sources: presence (only A, only B, both, changed) on every entity and relation.
        case diff
        /// Three or more sources: which of them state each relation.
        case matrix
    }

    /// What one source says of a relation's pair.
    public struct Statement: Hashable, Sendable {
        /// Index into ``HTMLView/sources``.
        public var source: Int
        /// Every status the source gives the pair (kind and endpoints).
        public var statuses: [Relation.Status]
        /// Indices into the relation's evidence of the items this source gives.
        public var evidence: [Int]
    }

    public var title: String
    public var mode: Mode
    public var graph: Graph
    /// The compared sources, in order (empty for one graph).
    public var sources: [String] = []
    /// Presence of entity ids and relation ids in a diff.
    public var entityPresence: [EntityID: Presence] = [:]
    public var relationPresence: [String: Presence] = [:]
    /// What each source says of a relation, by relation id, in source order (comparisons only).
    public var statements: [String: [Statement]] = [:]

    public init(graph: Graph, title: String) {
        self.title = title
        self.mode = .graph
        self.graph = graph
    }

    /// The statements of `relation` in the graphs of `sources`, in order: every source that
    /// gives the relation's pair a status, with the evidence items of the relation it gives.
    static func statements(of relation: Relation, in graphs: [Graph], tables: [PairTable]) -> [Statement] {
        let pair = Relation.Pair(relation)
        let position = Dictionary(relation.evidence.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Statement] = []
        for (index, graph) in graphs.enumerated() {
            guard let statuses = tables[index].statuses[pair] else { continue }
            let items = graph[relation: relation.pair, status: relation.status]?.evidence.compactMap { position[$0] } ?? []
            result.append(Statement(source: index, statuses: statuses.sorted(), evidence: items.sorted()))
        }
        return result
    }
}
