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
    for (ext, schema, flag) in [("graphml", Schemas.graphML, "--schema"), ("gexf", Schemas.gexf, "--relaxng")] {
        guard let schema else {
            Issue.record("no \(ext) schema: the shared folder is expected beside the checkout")
            continue
        }
        let paths = files.filter { $0.hasSuffix(ext) }.map { folder.appendingPathComponent($0).path }
        let (status, output) = try xmllint([flag, schema] + paths)
        #expect(status == 0, "\(output.split(separator: "\n").filter { !$0.hasSuffix("validates") }.prefix(5).joined(separator: "\n"))")
    }
}

/// The published schemas, from the shared folder beside the checkout.
enum Schemas {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/schemas")
    static let graphML = existing("graphml/graphml-flat.xsd")
    static let gexf = existing("gexf-1.3/gexf.rng")

    private static func existing(_ path: String) -> String? {
        let url = root.appendingPathComponent(path)
        return FileManager.default.fileExists(atPath: url.path) ? url.standardizedFileURL.path : nil
    }
}

private func xmllint(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xmllint", "--nonet", "--noout"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}
