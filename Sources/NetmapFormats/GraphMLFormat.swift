public import Foundation
public import NetmapGraph

/// GraphML (http://graphml.graphdrawing.org), valid against the GraphML 1.0 schema and read by
/// NetworkX, igraph, Gephi, Cytoscape and yEd.
///
/// One directed graph; a symmetric relation is one edge with `symmetric` true. Each status of a pair is its own edge (`status`): netmap counts a
/// pair as one relation, so a pair both planned and occurred is one relation in two edges. Node keys:
/// `label`, `name` (the same, for Cytoscape), `kind`, `aliases`, `mentions`, `sources`. Edge
/// keys: `kind`, `interaction` (the same, for Cytoscape), `status`, `symmetric`, `weight` (the
/// number of sources, at least 1: Gephi deletes edges of weight 0), `sources`, and the evidence
/// as four parallel newline-separated columns `evidence` (sentences), `evidence_sources`,
/// `evidence_spans` (`start-end`) and `cues`, so that reading it back loses nothing.
/// Gephi's display keys (`size`, `color`, `x`, `y`, `r`, `g`, `b`) are not used.
///
/// Not supported on reading: hyperedges, ports, nested graphs, and graphs netmap did not write.
public enum GraphMLFormat {
    struct Key {
        var id: String
        var target: String
        var type: String
    }

    static let nodeKeys = [
        Key(id: "label", target: "node", type: "string"),
        Key(id: "name", target: "node", type: "string"),
        Key(id: "kind", target: "node", type: "string"),
        Key(id: "aliases", target: "node", type: "string"),
        Key(id: "mentions", target: "node", type: "int"),
        Key(id: "sources", target: "node", type: "string"),
    ]

    static let edgeKeys = [
        Key(id: "kind", target: "edge", type: "string"),
        Key(id: "interaction", target: "edge", type: "string"),
        Key(id: "status", target: "edge", type: "string"),
        Key(id: "symmetric", target: "edge", type: "boolean"),
        Key(id: "weight", target: "edge", type: "double"),
        Key(id: "sources", target: "edge", type: "string"),
        Key(id: "evidence", target: "edge", type: "string"),
        Key(id: "evidence_sources", target: "edge", type: "string"),
        Key(id: "evidence_spans", target: "edge", type: "string"),
        Key(id: "cues", target: "edge", type: "string"),
    ]

    /// Extra attributes for nodes and edges, by id: used by `diff` to add `presence`.
    public struct Extras: Sendable {
        public var name: String
        public var nodes: [EntityID: String]
        public var edges: [String: String]

        public init(name: String, nodes: [EntityID: String], edges: [String: String]) {
            self.name = name
            self.nodes = nodes
            self.edges = edges
        }
    }

    public static func encode(_ graph: Graph, extras: [Extras] = []) -> Data {
        // Room for a node or an edge of a few hundred bytes each, so that a large graph's
        // buffer seldom grows (pages reserved and not written cost nothing).
        var out = ByteWriter(capacity: 1 << 16 + 512 * (graph.entityCount + 2 * graph.relationCount))
        out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in nodeKeys + edgeKeys {
            out.write("  <key id=\"\(key.target)_\(key.id)\" for=\"\(key.target)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n")
        }
        for extra in extras {
            out.write("  <key id=\"node_\(extra.name)\" for=\"node\" attr.name=\"\(extra.name)\" attr.type=\"string\"/>\n")
            out.write("  <key id=\"edge_\(extra.name)\" for=\"edge\" attr.name=\"\(extra.name)\" attr.type=\"string\"/>\n")
        }
        out.write("  <graph id=\"netmap\" edgedefault=\"directed\">\n")
        for e in graph.entities {
            out.write("    <node id=\"")
            out.escaped(NameToken.encode(e.id.rawValue), attribute: true)
            out.write("\">\n")
            data(&out, "node_label", e.label)
            data(&out, "node_name", e.label)
            data(&out, "node_kind", e.kind.rawValue)
            data(&out, "node_aliases", ListColumn.join(e.aliases))
            data(&out, "node_mentions", String(e.mentions))
            data(&out, "node_sources", ListColumn.join(e.sources))
            for extra in extras { if let v = extra.nodes[e.id] { data(&out, "node_\(extra.name)", v) } }
            out.write("    </node>\n")
        }
        for r in graph.relations {
            out.write("    <edge id=\"")
            out.escaped(NameToken.encode(r.id), attribute: true)
            out.write("\" source=\"")
            out.escaped(NameToken.encode(r.source.rawValue), attribute: true)
            out.write("\" target=\"")
            out.escaped(NameToken.encode(r.target.rawValue), attribute: true)
            out.write("\">\n")
            data(&out, "edge_kind", r.kind.rawValue)
            data(&out, "edge_interaction", r.kind.rawValue)
            data(&out, "edge_status", r.status.rawValue)
            data(&out, "edge_symmetric", r.isSymmetric ? "true" : "false")
            data(&out, "edge_weight", "\(r.weight).0")
            data(&out, "edge_sources", ListColumn.join(r.sources))
            for column in EvidenceColumns.encode(r.evidence) { data(&out, "edge_" + column.name, column.value) }
            for extra in extras { if let v = extra.edges[r.id] { data(&out, "edge_\(extra.name)", v) } }
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
        return Data(out.bytes)
    }

    private static func data(_ out: inout ByteWriter, _ key: String, _ value: String) {
        out.write("      <data key=\"")
        out.write(key)
        out.write("\">")
        out.escaped(value)
        out.write("</data>\n")
    }


    /// Reads a graph that ``encode(_:extras:)`` wrote. Document type declarations are refused,
    /// so no entity is ever expanded or fetched.
    ///
    /// - Throws: ``FormatError`` saying what is wrong, with the line for XML errors.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        var reader = GraphMLReader()
        try reader.read(data)
        guard reader.sawGraphML else {
            throw .notAGraph(format: "GraphML", reason: "no <graphml> element")
        }
        return try reader.graph()
    }
}
