import Foundation
import NetmapFormats
import NetmapGraph
import Testing

@Test func graphMLMatchesTheHandCheckedSnapshot() throws {
    let xml = String(decoding: GraphMLFormat.encode(SampleGraph.graph), as: UTF8.self)
    try expectSnapshot(xml, named: "sample.graphml")
}

@Test func graphMLRoundTripsWithoutLoss() throws {
    let graph = SampleGraph.graph
    let decoded = try GraphMLFormat.decode(GraphMLFormat.encode(graph))
    #expect(decoded.entities == graph.entities)
    #expect(decoded.relations == graph.relations)
}

@Test func hostileNamesStayInsideTheirQuotesInGraphML() throws {
    let data = GraphMLFormat.encode(SampleGraph.hostile)
    #expect(isWellFormedXML(data))
    let decoded = try GraphMLFormat.decode(data)
    #expect(decoded.entities.count == SampleGraph.hostileNames.count)
    // Characters XML cannot hold become U+FFFD; everything else comes back as it was.
    let labels = Set(decoded.entities.map(\.label))
    for name in SampleGraph.hostileNames where !name.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
        #expect(labels.contains(name), "lost \(name.debugDescription)")
    }
}

@Test func graphMLIsValidAgainstTheSchema() throws {
    for graph in [SampleGraph.graph, SampleGraph.hostile] {
        guard let (ok, output) = try xmllint(GraphMLFormat.encode(graph), schema: "graphml/graphml-flat.xsd") else {
            return
        }
        #expect(ok, "\(output)")
    }
}

@Test func graphMLThatIsNotXMLIsRefusedWithItsLine() {
    do {
        _ = try GraphMLFormat.decode(Data("<graphml>\n<graph>\n<node id=\"a\">\n</graphml>".utf8))
        Issue.record("decoded broken XML")
    } catch {
        #expect(error.description.contains("line"))
    }
}

@Test func graphMLOfAnotherToolIsRefused() {
    let foreign = """
        <?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <graph edgedefault="directed"><node id="a"/></graph></graphml>
        """
    #expect(throws: FormatError.invalid(format: "GraphML", reason: "node 'a' has no netmap kind")) {
        try GraphMLFormat.decode(Data(foreign.utf8))
    }
}

@Test func graphMLNeverResolvesExternalEntities() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent("netmap-secret.txt")
    try "TOPSECRET".write(to: secret, atomically: true, encoding: .utf8)
    let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [<!ENTITY x SYSTEM "file://\(secret.path)">]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/>
        <graph edgedefault="directed"><node id="a"><data key="k">person</data><data key="l">&x;</data></node></graph></graphml>
        """
    let graph = try? GraphMLFormat.decode(Data(xxe.utf8))
    #expect(graph?.entities.first?.label.contains("TOPSECRET") != true)
}
