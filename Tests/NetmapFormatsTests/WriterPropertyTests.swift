import Foundation
import NetmapFormats
import NetmapGraph
import NetmapTestSupport
import PropertyBased
import Testing

// For random graphs with hostile names (NetmapTestSupport.RandomGraph), every writer's output
// reads back as the same graph, and the XML is valid against the published schemas.

@Test func jsonReadsBackAsTheSameGraph() async {
    await propertyCheck(input: RandomGraph.graph) { graph in
        let back = try JSONFormat.decode(JSONFormat.encode(graph))
        #expect(back == graph)
    }
}

@Test func graphMLReadsBackAsTheSameGraph() async {
    await propertyCheck(input: RandomGraph.graph) { graph in
        let back = try GraphMLFormat.decode(GraphMLFormat.encode(graph))
        #expect(back == graph.asCarriedByXML)
    }
}

@Test func gexfReadsBackAsTheSameGraph() async {
    await propertyCheck(input: RandomGraph.graph) { graph in
        let back = try GEXFFormat.decode(GEXFFormat.encode(graph))
        #expect(back == graph.asCarriedByXML)
    }
}

@Test func graphMLAndGEXFAreValidAgainstTheirSchemas() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var n = 0
    await propertyCheck(count: 60, input: RandomGraph.graph) { graph in
        n += 1
        try GraphMLFormat.encode(graph).write(to: folder.appendingPathComponent("\(n).graphml"))
        try GEXFFormat.encode(graph).write(to: folder.appendingPathComponent("\(n).gexf"))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    for (ext, schema, relaxNG) in [("graphml", "graphml/graphml-flat.xsd", false), ("gexf", "gexf-1.3/gexf.rng", true)] {
        let paths = files.filter { $0.hasSuffix(ext) }.map { folder.appendingPathComponent($0).path }
        guard let (valid, output) = try xmllint(files: paths, schema: schema, relaxNG: relaxNG) else {
            Issue.record("xmllint or the \(ext) schema is missing: Scripts/setup installs xmllint; the shared folder is expected beside the checkout")
            continue
        }
        #expect(valid, "\(output.split(separator: "\n").filter { !$0.hasSuffix("validates") }.prefix(5).joined(separator: "\n"))")
    }
}
