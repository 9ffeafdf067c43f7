public import Foundation
public import NetmapGraph
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// GraphML (http://graphml.graphdrawing.org), valid against the GraphML 1.0 schema and read by
/// NetworkX, igraph, Gephi, Cytoscape and yEd.
///
/// One directed graph; a symmetric relation is one edge with `symmetric` true. Node keys:
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
        public var nodes: [String: String]
        public var edges: [String: String]

        public init(name: String, nodes: [String: String], edges: [String: String]) {
            self.name = name
            self.nodes = nodes
            self.edges = edges
        }
    }

    public static func encode(_ graph: Graph, extras: [Extras] = []) -> Data {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in nodeKeys + edgeKeys {
            out += "  <key id=\"\(key.target)_\(key.id)\" for=\"\(key.target)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        for extra in extras {
            out += "  <key id=\"node_\(extra.name)\" for=\"node\" attr.name=\"\(extra.name)\" attr.type=\"string\"/>\n"
            out += "  <key id=\"edge_\(extra.name)\" for=\"edge\" attr.name=\"\(extra.name)\" attr.type=\"string\"/>\n"
        }
        out += "  <graph id=\"netmap\" edgedefault=\"directed\">\n"
        for e in graph.entities {
            out += "    <node id=\"\(XMLEscape.escape(e.id))\">\n"
            data(&out, "node_label", e.label)
            data(&out, "node_name", e.label)
            data(&out, "node_kind", e.kind.rawValue)
            data(&out, "node_aliases", e.aliases.joined(separator: "; "))
            data(&out, "node_mentions", String(e.mentions))
            data(&out, "node_sources", e.sources.joined(separator: "; "))
            for extra in extras { if let v = extra.nodes[e.id] { data(&out, "node_\(extra.name)", v) } }
            out += "    </node>\n"
        }
        for r in graph.relations {
            out += "    <edge id=\"\(XMLEscape.escape(r.id))\" source=\"\(XMLEscape.escape(r.source))\" target=\"\(XMLEscape.escape(r.target))\">\n"
            data(&out, "edge_kind", r.kind.rawValue)
            data(&out, "edge_interaction", r.kind.rawValue)
            data(&out, "edge_status", r.status.rawValue)
            data(&out, "edge_symmetric", r.isSymmetric ? "true" : "false")
            data(&out, "edge_weight", "\(r.weight).0")
            data(&out, "edge_sources", r.sources.joined(separator: "; "))
            data(&out, "edge_evidence", r.evidence.map { oneLine($0.sentence) }.joined(separator: "\n"))
            data(&out, "edge_evidence_sources", r.evidence.map { oneLine($0.source) }.joined(separator: "\n"))
            data(&out, "edge_evidence_spans", r.evidence.map { "\($0.start)-\($0.end)" }.joined(separator: " "))
            data(&out, "edge_cues", r.evidence.map { oneLine($0.cue) }.joined(separator: "\n"))
            for extra in extras { if let v = extra.edges[r.id] { data(&out, "edge_\(extra.name)", v) } }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Data(out.utf8)
    }

    private static func data(_ out: inout String, _ key: String, _ value: String) {
        out += "      <data key=\"\(key)\">\(XMLEscape.escape(value))</data>\n"
    }

    /// Newlines separate evidence items, so none may stand inside one.
    static func oneLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }

    /// Reads a graph that ``encode(_:extras:)`` wrote. External entities are never resolved.
    ///
    /// - Throws: ``FormatError`` saying what is wrong, with the line for XML errors.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        let reader = GraphMLReader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        if let problem = reader.problem { throw problem }
        if !ok || parser.parserError != nil || reader.xmlError != nil {
            let (code, line) = reader.xmlError ?? ((parser.parserError as? NSError)?.code ?? -1, parser.lineNumber)
            throw .notAGraph(format: "GraphML", reason: "XML error at line \(line): \(XMLErrors.describe(code))")
        }
        guard reader.sawGraphML else {
            throw .notAGraph(format: "GraphML", reason: "no <graphml> element")
        }
        return try reader.graph()
    }
}
