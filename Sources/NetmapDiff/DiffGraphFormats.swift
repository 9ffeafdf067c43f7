public import Foundation
import NetmapFormats
import NetmapGraph

/// A comparison as one graph file for Gephi, Cytoscape and friends: a diff as the union of
/// both graphs with each node's and edge's `presence` (`a`, `b`, `both`, `changed`), a
/// coverage matrix as the merged graph with each edge's `agreement` (the share of sources
/// that state it, `0.000` to `1.000`).
///
///     DiffGraphFormats.graphML(GraphDiff(a, b, names: ("a", "b")))  // GraphML with a presence key
public enum DiffGraphFormats {
    public static func graphML(_ diff: GraphDiff) -> Data {
        let (graph, extras) = presence(diff)
        return GraphMLFormat.encode(graph, extras: extras)
    }

    public static func gexf(_ diff: GraphDiff) -> Data {
        let (graph, extras) = presence(diff)
        return GEXFFormat.encode(graph, extras: extras)
    }

    public static func graphML(_ matrix: CoverageMatrix) -> Data {
        let (graph, extras) = agreement(matrix)
        return GraphMLFormat.encode(graph, extras: extras)
    }

    public static func gexf(_ matrix: CoverageMatrix) -> Data {
        let (graph, extras) = agreement(matrix)
        return GEXFFormat.encode(graph, extras: extras)
    }

    private static func presence(_ diff: GraphDiff) -> (Graph, [GraphMLFormat.Extras]) {
        let union = diff.union
        return (union.graph, [GraphMLFormat.Extras(
            name: "presence", nodes: union.entities.mapValues(\.rawValue), edges: union.relations.mapValues(\.rawValue))])
    }

    private static func agreement(_ matrix: CoverageMatrix) -> (Graph, [GraphMLFormat.Extras]) {
        let merged = matrix.merged
        return (merged.graph, [GraphMLFormat.Extras(name: "agreement", nodes: [:], edges: merged.agreement.mapValues { fixed($0) })])
    }
}
