import CGraphviz

extension Renderer {
    /// What Graphviz read from a DOT text: its node names, in file order, and its edge count.
    public struct Parsed: Equatable, Sendable {
        public var nodes: [String]
        public var edges: Int
    }

    /// Reads `dot` with Graphviz's own parser, without laying it out.
    ///
    ///     try Renderer.parse(dot: "digraph { a -> b }").nodes  // ["a", "b"]
    ///
    /// Used to check that what netmap writes is read back as meant: no name breaks out of its
    /// quotes, and two entities never become one node.
    ///
    /// - Throws: ``RenderError/parse(_:)`` with Graphviz's message.
    public static func parse(dot: String) throws(RenderError) -> Parsed {
        let result: Result<Parsed, RenderError> = locked { _ in
            _ = agseterr(AGMAX)
            _ = agreseterrors()
            guard let graph = dot.withCString({ agmemread($0) }) else {
                return .failure(.parse(lastError()))
            }
            defer { agclose(graph) }
            var parsed = Parsed(nodes: [], edges: 0)
            var node = agfstnode(graph)
            while let current = node {
                parsed.nodes.append(agnameof(UnsafeMutableRawPointer(current)).map { String(cString: $0) } ?? "")
                var edge = agfstout(graph, current)
                while let e = edge {
                    parsed.edges += 1
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, current)
            }
            return .success(parsed)
        }
        return try result.get()
    }
}
