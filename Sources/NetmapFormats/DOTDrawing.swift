/// A drawing as Graphviz takes it from netmap: each connected part of the graph as a DOT graph
/// of its own, the legend as another, and a header with the drawing's title.
///
///     let drawing = DOTFormat.drawing(graph, options: .init(title: "Alaska"))
///     let png = try Renderer.render(drawing, engine: .auto, format: .png)
///
/// Laying the parts out one by one and packing them (``Renderer``, in NetmapRender) keeps a
/// graph of many small parts from being drawn as one long strip, and puts the legend beside
/// the drawing; `dot`'s own packing drops edge labels.
public struct DOTDrawing: Sendable, Equatable {
    /// One connected part of the graph, or the box of entities without relations.
    public struct Part: Sendable, Equatable {
        /// A complete DOT graph.
        public var dot: String
        /// How many entities it draws.
        public var entities: Int
        /// Whether its edges carry labels (`dot` places them best).
        public var labelled: Bool

        public init(dot: String, entities: Int, labelled: Bool) {
            self.dot = dot
            self.entities = entities
            self.labelled = labelled
        }
    }

    /// A DOT graph without nodes: the drawing's graph attributes and its title.
    public var header: String
    /// The parts, the largest first.
    public var parts: [Part]
    /// The legend's DOT graph, drawn beside the parts; nil for an empty drawing.
    public var legend: String?

    public init(header: String, parts: [Part], legend: String?) {
        self.header = header
        self.parts = parts
        self.legend = legend
    }

    /// How many entities the drawing holds.
    public var entityCount: Int { parts.reduce(0) { $0 + $1.entities } }

    /// Every graph of the drawing, one after the other: for reading and for tests.
    public var text: String { ([header] + parts.map(\.dot) + (legend.map { [$0] } ?? [])).joined() }
}
