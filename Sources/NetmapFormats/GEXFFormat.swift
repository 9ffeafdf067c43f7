public import Foundation
public import NetmapGraph

/// GEXF 1.3 (https://gexf.net), for Gephi; valid against the GEXF 1.3 RELAX NG schema.
///
/// Written for Gephi's importer:
/// - `defaultedgetype="directed"`, and symmetric relations are directed edges flagged
///   `symmetric` (Gephi drops undirected edges from a directed graph);
/// - one edge per relation kind and pair, with the kind in the edge's `kind` attribute, which
///   keeps kinds apart (Gephi merges parallel edges of one kind); the statuses of the pair are
///   listed in `status`, and `evidence_statuses` says which status each evidence item supports;
/// - nodes coloured by kind and sized by mentions (`viz:color`, `viz:size`; Gephi ignores
///   `viz:shape` and `viz:thickness`, so they are not written);
/// - when documents carry dates, the graph is dynamic and every node and edge has a spell
///   starting at the first date it is reported, so Gephi's timeline plays the story;
/// - no `xsi:schemaLocation` (the RELAX NG grammar forbids it).
///
/// Reading takes back what this writer wrote; hierarchy, phylogenics and dynamic attribute
/// values are not supported.
public enum GEXFFormat {
    static let nodeAttributes: [(String, String)] = [
        ("kind", "string"), ("aliases", "string"), ("mentions", "integer"), ("sources", "string"),
    ]
    static let edgeAttributes: [(String, String)] = [
        ("kind", "string"), ("status", "string"), ("symmetric", "boolean"), ("sources", "string"),
        ("evidence", "string"), ("evidence_sources", "string"), ("evidence_spans", "string"),
        ("evidence_statuses", "string"), ("cues", "string"),
    ]

    /// One edge of the file: a relation kind and pair, with every status it has.
    struct Edge {
        var pair: Relation.Pair
        var relations: [Relation]

        var id: String { pair.id }
    }

    static func edges(_ graph: Graph) -> [Edge] {
        var order: [String] = []
        var byId: [String: Edge] = [:]
        for relation in graph.relations {
            let edge = Edge(pair: relation.pair, relations: [relation])
            if byId[edge.id] == nil {
                order.append(edge.id)
                byId[edge.id] = edge
            } else {
                byId[edge.id]!.relations.append(relation)
            }
        }
        return order.map { byId[$0]! }
    }

    /// `extras` adds a string attribute to nodes and edges, by entity id and by relation id
    /// (the first relation of an edge decides): `diff` uses it for `presence`.
    public static func encode(_ graph: Graph, extras: [GraphMLFormat.Extras] = []) -> Data {
        let dates = graph.documents.compactMapValues(\.date)
        let dynamic = !dates.isEmpty
        func firstDate(_ sources: [String]) -> String? { sources.compactMap { dates[$0] }.min() }
        // Each kind's colour, written out once.
        let borders = Dictionary(uniqueKeysWithValues: Entity.Kind.allCases.map { ($0, rgb(Style.border($0))) })
        let colours = Dictionary(uniqueKeysWithValues: Relation.Kind.allCases.map { ($0, rgb(Style.colour($0))) })

        var out = ByteWriter(capacity: 1 << 16 + 512 * (graph.entityCount + 2 * graph.relationCount))
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        out.write("  <meta>\n    <creator>netmap</creator>\n")
        out.write("    <description>people, states and organisations and the relations between them</description>\n  </meta>\n")
        out.write("  <graph defaultedgetype=\"directed\" idtype=\"string\"")
        out.write(dynamic ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n")
        out.write("    <attributes class=\"node\" mode=\"static\">\n")
        for (id, type) in nodeAttributes + extras.map({ ($0.name, "string") }) {
            out.write("      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n")
        }
        out.write("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
        for (id, type) in edgeAttributes + extras.map({ ($0.name, "string") }) {
            out.write("      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n")
        }
        out.write("    </attributes>\n")
        let entities = graph.entities
        out.write("    <nodes count=\"\(entities.count)\">\n")
        for e in entities {
            out.write("      <node id=\"")
            out.escaped(e.id.rawValue, attribute: true)
            out.write("\" label=\"")
            out.escaped(e.label, attribute: true)
            out.write("\">\n")
            out.write("        <attvalues>\n")
            value(&out, "kind", e.kind.rawValue)
            value(&out, "aliases", ListColumn.join(e.aliases))
            value(&out, "mentions", String(e.mentions))
            value(&out, "sources", ListColumn.join(e.sources))
            for extra in extras { if let v = extra.nodes[e.id] { value(&out, extra.name, v) } }
            out.write("        </attvalues>\n")
            if dynamic, let start = firstDate(e.sources) {
                out.write("        <spells>\n          <spell start=\"\(start)\"/>\n        </spells>\n")
            }
            out.write("        <viz:color \(borders[e.kind]!)/>\n")
            out.write("        <viz:size value=\"\(size(e.mentions))\"/>\n")
            out.write("      </node>\n")
        }
        out.write("    </nodes>\n")
        let edges = edges(graph)
        out.write("    <edges count=\"\(edges.count)\">\n")
        for edge in edges {
            let evidence = edge.relations.flatMap { r in r.evidence.map { (r.status, $0) } }
            let sources = Set(evidence.map(\.1.source))
            out.write("      <edge id=\"")
            out.escaped(edge.id, attribute: true)
            out.write("\" source=\"")
            out.escaped(edge.pair.source.rawValue, attribute: true)
            out.write("\" target=\"")
            out.escaped(edge.pair.target.rawValue, attribute: true)
            out.write("\" kind=\"\(edge.pair.kind.rawValue)\" label=\"\(edge.pair.kind.rawValue)\" weight=\"\(max(1, sources.count)).0\">\n")
            out.write("        <attvalues>\n")
            value(&out, "kind", edge.pair.kind.rawValue)
            value(&out, "status", edge.relations.map(\.status.rawValue).joined(separator: "; "))
            value(&out, "symmetric", edge.pair.kind.isSymmetric ? "true" : "false")
            value(&out, "sources", ListColumn.join(sources.sorted()))
            let columns = EvidenceColumns.encode(evidence.map(\.1))
            for column in columns.prefix(3) { value(&out, column.name, column.value) }
            value(&out, "evidence_statuses", evidence.map(\.0.rawValue).joined(separator: " "))
            value(&out, columns[3].name, columns[3].value)
            for extra in extras {
                if let v = edge.relations.lazy.compactMap({ extra.edges[$0.id] }).first { value(&out, extra.name, v) }
            }
            out.write("        </attvalues>\n")
            if dynamic, let start = firstDate(Array(sources)) {
                out.write("        <spells>\n          <spell start=\"\(start)\"/>\n        </spells>\n")
            }
            out.write("        <viz:color \(colours[edge.pair.kind]!)/>\n")
            out.write("      </edge>\n")
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
        return Data(out.bytes)
    }

    private static func value(_ out: inout ByteWriter, _ key: String, _ value: String) {
        out.write("          <attvalue for=\"")
        out.write(key)
        out.write("\" value=\"")
        out.escaped(value, attribute: true)
        out.write("\"/>\n")
    }

    /// `r="230" g="159" b="0"` from `#E69F00`.
    static func rgb(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Int { Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0 }
        return "r=\"\(channel(0))\" g=\"\(channel(2))\" b=\"\(channel(4))\""
    }

    /// Node size: 10 for one mention, growing with the square root of the count.
    static func size(_ mentions: Int) -> String {
        let value = 8 + 4 * Double(max(1, mentions)).squareRoot()
        return String(Double(Int(value * 10)) / 10)
    }

    /// Reads a graph that ``encode(_:extras:)`` wrote. Document type declarations are refused,
    /// so no entity is ever expanded or fetched.
    ///
    /// - Throws: ``FormatError`` saying what is wrong.
    public static func decode(_ data: Data) throws(FormatError) -> Graph {
        var reader = GEXFReader()
        try reader.parse(data)
        return try reader.graph()
    }
}
